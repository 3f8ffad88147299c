using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using BelarusForces.Data;

namespace BelarusForces.Versioning;

/// <summary>
/// The SHA-256 of the data in a canonical form: every collection file, in a fixed order, written as JSON with
/// object keys sorted by ordinal and no insignificant whitespace. Reformatting a file, reordering its keys or
/// changing its line endings leaves the hash unchanged; changing any value changes it. The algorithm is versioned
/// (<c>hashAlgorithm</c> of a release in releases.json, absent for 1): version 1 hashes the collections; version 2
/// hashes the manifest (dataset.json: title, licences, description, the pinned seed hashes...) after them, so that
/// the hash covers everything a citation promises. Released hashes are reproduced with the version they were made by.
/// </summary>
internal static class ContentHash
{
    /// <summary>The version of the algorithm that new releases use.</summary>
    public const int Latest = 2;

    /// <summary>The algorithm a dataset of <paramref name="version"/> is hashed with: its release's, or the latest for a version not released yet.</summary>
    public static int AlgorithmOf(IEnumerable<Release> releases, string version) =>
        releases.FirstOrDefault(r => r.Version == version)?.HashAlgorithm ?? Latest;

    public static string Compute(Func<string, ReadOnlyMemory<byte>?> read, int algorithm = 1)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new ArrayBufferWriter<byte>();
        IEnumerable<string> files = BelarusForces.Data.Collections.All.Select(c => c.File);
        if (algorithm >= 2)
        {
            files = files.Append(DataFiles.Manifest);
        }

        foreach (var file in files)
        {
            buffer.Clear();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                using var doc = JsonDocument.Parse(read(file) ?? throw new InvalidOperationException($"'{file}' is missing."));
                WriteCanonical(doc.RootElement, writer);
            }

            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(buffer.WrittenSpan);
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    public static void WriteCanonical(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(property.Value, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
