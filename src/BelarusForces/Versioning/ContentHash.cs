using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using BelarusForces.Data;

namespace BelarusForces.Versioning;

/// <summary>
/// The SHA-256 of the data in a canonical form: every collection file, in a fixed order, written as JSON with
/// object keys sorted by ordinal and no insignificant whitespace. Reformatting a file, reordering its keys or
/// changing its line endings leaves the hash unchanged; changing any value changes it.
/// </summary>
internal static class ContentHash
{
    public static string Compute(Func<string, ReadOnlyMemory<byte>?> read)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var file in BelarusForces.Data.Collections.All.Select(c => c.File))
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
