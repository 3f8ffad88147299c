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
        IncludeFields = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new QuoteAsString() },
    };

    // The library leaves quotes as UTF-8 in the file until they are read; the naive way reads them as strings.
    private sealed class QuoteAsString : System.Text.Json.Serialization.JsonConverter<Utf8Text>
    {
        public override Utf8Text Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(default, reader.GetString());

        public override void Write(Utf8JsonWriter writer, Utf8Text value, JsonSerializerOptions options) => throw new NotSupportedException();
    }

    private static readonly (string File, Type Type)[] Shapes =
    [
        (DataFiles.Manifest, typeof(ManifestDocument)), ("sources.json", typeof(Collection<SourceDocument>)),
        ("organisations.json", typeof(Collection<OrganisationDocument>)), ("units.json", typeof(Collection<UnitDocument>)),
        ("equipment.json", typeof(Collection<EquipmentDocument>)), ("sites.json", typeof(Collection<SiteDocument>)),
        ("inventory.json", typeof(Collection<InventoryDocument>)), ("procurements.json", typeof(Collection<ProcurementDocument>)),
        ("exercises.json", typeof(Collection<ExerciseDocument>)), ("indicators.json", typeof(Collection<IndicatorDocument>)),
        ("people.json", typeof(Collection<PersonDocument>)), ("agreements.json", typeof(Collection<AgreementDocument>)),
        ("events.json", typeof(Collection<EventDocument>)), (DataFiles.Releases, typeof(ReleasesDocument)),
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

/// <summary>A collection file's shape for the reflection baseline; the library reads collection files by hand.</summary>
internal sealed class Collection<T>
{
    public List<T> Records { get; set; } = [];
}
