using System.Buffers;
using System.Text;
using System.Text.Json;
using BelarusForces.Data;
using BelarusForces.Versioning;

namespace BelarusForces.Export;

/// <summary>
/// Writes the dataset for other ecosystems: CSV per collection, JSON Lines, and a Frictionless Data Package that
/// pandas, R, DuckDB and spreadsheets read directly.
/// </summary>
public static class DatasetExport
{
    // Reference fields and the collection they point into, for the data package's foreign keys.
    private static readonly Dictionary<string, string> References = new(StringComparer.Ordinal)
    {
        ["holder"] = "units", ["equipment"] = "equipment", ["recipientUnit"] = "units", ["supplierOrganisation"] = "organisations",
        ["manufacturer"] = "organisations", ["subjectUnit"] = "units", ["variantOf"] = "equipment",
    };

    /// <summary>The collections that are exported, in order: the sources, then every record collection.</summary>
    public static IReadOnlyList<string> Collections { get; } = BelarusForces.Data.Collections.All.Select(c => c.Name).ToArray();

    /// <summary>
    /// Writes one CSV file per collection (<c>units.csv</c>, ...). Each row is a record; nested values (batches,
    /// observations, posts) are written as JSON in their cell; the evidence becomes two columns,
    /// <c>evidence_quotes</c> (joined by <c> | </c>) and <c>evidence_sources</c> (joined by <c>; </c>).
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="directory">The output directory; created if missing.</param>
    /// <param name="progress">Called with each collection's name as it is written.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> WriteCsv(BelarusForcesDataset data, string directory, Action<string>? progress = null)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var collection in Collections)
        {
            progress?.Invoke(collection);
            var table = Table(data, collection);
            var path = Path.Combine(directory, collection + ".csv");
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\r\n" };
            writer.WriteLine(string.Join(",", table.Columns.Select(c => Csv(c.Name))));
            foreach (var row in table.Rows)
            {
                writer.WriteLine(string.Join(",", table.Columns.Select(c => Csv(row.GetValueOrDefault(c.Name)))));
            }

            written.Add(path);
        }

        return written;
    }

    /// <summary>Writes one JSON Lines file per collection: each line is one record as canonical JSON (keys sorted).</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="directory">The output directory; created if missing.</param>
    /// <param name="progress">Called with each collection's name as it is written.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> WriteJsonLines(BelarusForcesDataset data, string directory, Action<string>? progress = null)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var collection in Collections)
        {
            progress?.Invoke(collection);
            var path = Path.Combine(directory, collection + ".jsonl");
            using var stream = File.Create(path);
            using var doc = JsonDocument.Parse(data.RawFile(collection + ".json")!.Value);
            foreach (var record in doc.RootElement.GetProperty("records").EnumerateArray())
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    ContentHash.WriteCanonical(record, writer);
                }

                stream.WriteByte((byte)'\n');
            }

            written.Add(path);
        }

        return written;
    }

    /// <summary>
    /// Writes a Frictionless Data Package: the CSV files and <c>datapackage.json</c>, with a table schema per
    /// resource, primary and foreign keys, the licences, the version, the content hash and the sources.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="directory">The output directory; created if missing.</param>
    /// <param name="progress">Called with each collection's name as it is written.</param>
    /// <returns>The files written, <c>datapackage.json</c> last.</returns>
    public static IReadOnlyList<string> WriteDataPackage(BelarusForcesDataset data, string directory, Action<string>? progress = null)
    {
        var written = WriteCsv(data, directory, progress).ToList();
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("profile", "tabular-data-package");
            w.WriteString("name", "belarus-forces");
            w.WriteString("title", data.Manifest.Title);
            w.WriteString("description", data.Manifest.Description);
            w.WriteString("version", data.Manifest.Version);
            w.WriteString("created", data.Manifest.Released.ToString());
            w.WriteString("homepage", "https://github.com/belarus-forces/belarus-forces");
            w.WriteString("hash", "sha256:" + data.ContentHash);
            w.WriteStartArray("licenses");
            w.WriteStartObject();
            w.WriteString("name", data.Manifest.DataLicence);
            w.WriteString("path", "https://creativecommons.org/licenses/by/4.0/");
            w.WriteString("title", "Creative Commons Attribution 4.0 (the data)");
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString("name", data.Manifest.CodeLicence);
            w.WriteString("path", "https://opensource.org/licenses/MIT");
            w.WriteString("title", "MIT (the code)");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("sources");
            foreach (var source in data.Sources.Values.OrderBy(s => s.FirstLine))
            {
                w.WriteStartObject();
                w.WriteString("title", $"{source.Headline} ({source.Published})");
                w.WriteString("path", $"seeds/{source.SeedFile}#L{source.FirstLine}-L{source.LastLine}");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("resources");
            foreach (var collection in Collections)
            {
                var table = Table(data, collection);
                w.WriteStartObject();
                w.WriteString("profile", "tabular-data-resource");
                w.WriteString("name", collection);
                w.WriteString("path", collection + ".csv");
                w.WriteString("format", "csv");
                w.WriteString("mediatype", "text/csv");
                w.WriteString("encoding", "utf-8");
                w.WriteStartObject("schema");
                w.WriteStartArray("fields");
                foreach (var column in table.Columns)
                {
                    w.WriteStartObject();
                    w.WriteString("name", column.Name);
                    w.WriteString("type", column.Type);
                    if (column.Name == "id")
                    {
                        w.WriteStartObject("constraints");
                        w.WriteBoolean("required", true);
                        w.WriteBoolean("unique", true);
                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteString("primaryKey", "id");
                w.WriteStartArray("foreignKeys");
                foreach (var column in table.Columns)
                {
                    var target = column.Name == "parent" ? collection : References.GetValueOrDefault(column.Name);
                    if (target is null || column.Type != "string")
                    {
                        continue;
                    }

                    w.WriteStartObject();
                    w.WriteString("fields", column.Name);
                    w.WriteStartObject("reference");
                    w.WriteString("resource", target == collection ? "" : target);
                    w.WriteString("fields", "id");
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        var descriptor = Path.Combine(directory, "datapackage.json");
        File.WriteAllBytes(descriptor, buffer.WrittenSpan.ToArray());
        written.Add(descriptor);
        return written;
    }

    private sealed record Column(string Name, string Type);

    private sealed record FlatTable(List<Column> Columns, List<Dictionary<string, string?>> Rows);

    // Flattens a collection file into columns (in order of first appearance) and rows of cell text.
    private static FlatTable Table(BelarusForcesDataset data, string collection)
    {
        using var doc = JsonDocument.Parse(data.RawFile(collection + ".json")!.Value);
        var columns = new List<Column>();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<Dictionary<string, string?>>();
        foreach (var record in doc.RootElement.GetProperty("records").EnumerateArray())
        {
            var row = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in record.EnumerateObject())
            {
                if (property.Name == "evidence")
                {
                    var evidence = property.Value.EnumerateArray().ToList();
                    Set("evidence_quotes", string.Join(" | ", evidence.Select(e => e.GetProperty("quote").GetString())), "string");
                    Set("evidence_sources", string.Join("; ", evidence.Select(e => e.GetProperty("source").GetString())), "string");
                    continue;
                }

                var (text, type) = Cell(property.Value);
                Set(property.Name, text, type);
            }

            rows.Add(row);

            void Set(string name, string? text, string type)
            {
                if (!types.TryGetValue(name, out var known))
                {
                    columns.Add(new Column(name, type));
                    types[name] = type;
                }
                else if (known != type && type != "any")
                {
                    // A column first seen empty takes the first real type; mixed kinds fall back to text.
                    types[name] = known == "any" ? type : "string";
                    columns[columns.FindIndex(c => c.Name == name)] = new Column(name, types[name]);
                }

                row[name] = text;
            }
        }

        return new FlatTable(columns, rows);
    }

    private static (string? Text, string Type) Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => (null, "any"),
        JsonValueKind.String => (value.GetString(), "string"),
        JsonValueKind.Number => (value.GetRawText(), value.TryGetInt64(out _) ? "integer" : "number"),
        JsonValueKind.True => ("true", "boolean"),
        JsonValueKind.False => ("false", "boolean"),
        JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
            (string.Join("; ", value.EnumerateArray().Select(v => v.GetString())), "string"),
        _ => (Compact(value), "string"),
    };

    private static string Compact(JsonElement value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Csv(string? text)
    {
        if (text is null)
        {
            return "";
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
