using System.Buffers;
using System.Text.Json;

namespace BelarusForces.Export;

/// <summary>
/// The <c>datapackage.json</c> of a Frictionless Data Package v2 (https://datapackage.org), made from the tidy tables'
/// columns: every field with its type, description and constraints, and the keys the columns declare.
/// </summary>
internal static class DataPackageDescriptor
{
    private const string Profiles = "https://datapackage.org/profiles/2.0/";
    private const string Repository = "https://github.com/belarus-forces/belarus-forces";

    public static ReadOnlyMemory<byte> Write(BelarusForcesDataset data, IReadOnlyList<TidyTable> tables, IReadOnlyList<string> files)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var manifest = data.Manifest;
            w.WriteStartObject();
            w.WriteString("$schema", Profiles + "datapackage.json");
            w.WriteString("name", "belarus-forces");
            // The content hash names this version's data and nothing else: a globally unique identifier, as v2 asks.
            w.WriteString("id", "sha256:" + data.ContentHash);
            w.WriteString("title", manifest.Title);
            w.WriteString("description", manifest.Description);
            w.WriteString("version", manifest.Version);
            // The release's day, so that the same version always exports the same descriptor.
            w.WriteString("created", TidyTable.Format(manifest.Released.Earliest) + "T00:00:00Z");
            w.WriteString("homepage", Repository);
            w.WriteString("contentHash", "sha256:" + data.ContentHash);
            w.WriteStartArray("keywords");
            foreach (var keyword in new[] { "belarus", "military", "defence", "arms-transfers", "osint" })
            {
                w.WriteStringValue(keyword);
            }

            w.WriteEndArray();
            w.WriteStartArray("licenses");
            Licence(w, manifest.DataLicence, "https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0 (the data)");
            Licence(w, manifest.CodeLicence, "https://opensource.org/licenses/MIT", "MIT (the code that made the package)");
            w.WriteEndArray();
            w.WriteStartArray("sources");
            foreach (var source in data.Sources.Values.OrderBy(s => s.SeedFile, StringComparer.Ordinal).ThenBy(s => s.FirstLine))
            {
                w.WriteStartObject();
                // v2 gives a source a title, path, email and version; the article's outlet is not recorded in the data, so
                // the title is the headline and the path the seed file in the repository that holds the article's text.
                w.WriteString("title", source.Headline);
                w.WriteString("path", $"{Repository}/blob/v{manifest.Version}/seeds/{source.SeedFile}");
                w.WriteString("description", $"Published {source.Published}; lines {source.FirstLine}-{source.LastLine} of seeds/{source.SeedFile} in the dataset's repository.");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("resources");
            for (int i = 0; i < tables.Count; i++)
            {
                Resource(w, tables[i], files[i]);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private static void Licence(Utf8JsonWriter w, string name, string path, string title)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("path", path);
        w.WriteString("title", title);
        w.WriteEndObject();
    }

    private static void Resource(Utf8JsonWriter w, TidyTable table, string file)
    {
        w.WriteStartObject();
        w.WriteString("name", table.Name);
        w.WriteString("type", "table");
        w.WriteString("path", Path.GetFileName(file));
        w.WriteString("description", table.Description);
        w.WriteString("format", "csv");
        w.WriteString("mediatype", "text/csv");
        w.WriteString("encoding", "utf-8");
        w.WriteNumber("bytes", new FileInfo(file).Length);
        w.WriteString("hash", "sha256:" + DatasetExport.Sha256(file));
        w.WriteStartObject("dialect");
        w.WriteString("$schema", Profiles + "tabledialect.json");
        w.WriteBoolean("header", true);
        w.WriteString("delimiter", ",");
        w.WriteString("lineTerminator", "\r\n");
        w.WriteString("quoteChar", "\"");
        w.WriteBoolean("doubleQuote", true);
        w.WriteEndObject();
        w.WriteStartObject("schema");
        w.WriteString("$schema", Profiles + "tableschema.json");
        w.WriteStartArray("fields");
        foreach (var column in table.Columns)
        {
            Field(w, column, unique: table.PrimaryKey.Count == 1 && table.PrimaryKey[0] == column.Name);
        }

        w.WriteEndArray();
        w.WriteStartArray("missingValues");
        w.WriteStringValue("");
        w.WriteEndArray();
        Names(w, "primaryKey", table.PrimaryKey);
        // The profile requires at least one foreign key in the array, so a table that refers to no other has none.
        var references = table.Columns.Where(c => c.ReferencedTable is not null).ToList();
        if (references.Count > 0)
        {
            w.WriteStartArray("foreignKeys");
            foreach (var column in references)
            {
                w.WriteStartObject();
                Names(w, "fields", [column.Name]);
                w.WriteStartObject("reference");
                // Frictionless v2 leaves out the resource of a key into the same table.
                if (column.ReferencedTable != table.Name)
                {
                    w.WriteString("resource", column.ReferencedTable);
                }

                Names(w, "fields", [column.ReferencedColumn!]);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter w, TidyColumn column, bool unique)
    {
        w.WriteStartObject();
        w.WriteString("name", column.Name);
        w.WriteString("type", column.Type.ToString().ToLowerInvariant());
        w.WriteString("description", column.Description);
        if (column.Required || unique || !column.Values.IsEmpty)
        {
            w.WriteStartObject("constraints");
            if (column.Required)
            {
                w.WriteBoolean("required", true);
            }

            if (unique)
            {
                w.WriteBoolean("unique", true);
            }

            if (!column.Values.IsEmpty)
            {
                Names(w, "enum", column.Values);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Names(Utf8JsonWriter w, string property, IEnumerable<string> names)
    {
        w.WriteStartArray(property);
        foreach (var name in names)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
    }
}
