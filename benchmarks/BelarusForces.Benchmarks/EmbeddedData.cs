using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BelarusForces.Data;

namespace BelarusForces.Benchmarks;

/// <summary>The embedded data files, read once, and the naive ways to read them that the library is measured against.</summary>
internal static class EmbeddedData
{
    public static Dictionary<string, byte[]> Files() => DataFiles.All.ToDictionary(f => f, f => DataFiles.ReadEmbedded(f).ToArray());

    /// <summary>The floor: one bare Utf8JsonReader pass over every file, touching every token.</summary>
    public static long ReaderPass(Dictionary<string, byte[]> files)
    {
        long tokens = 0;
        foreach (var bytes in files.Values)
        {
            var reader = new Utf8JsonReader(bytes);
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    private static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly (string File, Type Type)[] Shapes =
    [
        (DataFiles.Manifest, typeof(ManifestDocument)), .. Collections.All.Select(c => (c.File, c.FileType.Type)), (DataFiles.Releases, typeof(ReleasesDocument)),
    ];

    /// <summary>The naive way: reflection-based JsonSerializer into the same document types, with no checks and no resolving.</summary>
    /// <returns>The number of records read, so that a baseline that silently read nothing would show.</returns>
    public static int ReflectionDeserialize(Dictionary<string, byte[]> files)
    {
        int count = 0;
        foreach (var (file, type) in Shapes)
        {
            var value = JsonSerializer.Deserialize(files[file], type, Reflection);
            count += value is System.Collections.IEnumerable ? 0 : 1;
            count += (value?.GetType().GetProperty("Records")?.GetValue(value) as System.Collections.ICollection)?.Count ?? 0;
        }

        return count;
    }
}
