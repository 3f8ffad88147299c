using System.Buffers;
using System.Text;
using System.Text.Json;
using BelarusForces.Model;

namespace BelarusForces.Versioning;

/// <summary>Renders citations for the dataset and for single records; every citation names the version and the content hash.</summary>
internal static class Citations
{
    private const string Author = "BelarusForces contributors";
    private const string Url = "https://github.com/belarus-forces/belarus-forces";

    public static string Dataset(BelarusForcesDataset data, CitationFormat format) => Render(data, format, record: null);

    public static string Record(BelarusForcesDataset data, IRecord record, CitationFormat format) => Render(data, format, record);

    private static string Render(BelarusForcesDataset data, CitationFormat format, IRecord? record)
    {
        var m = data.Manifest;
        var year = m.Released.Earliest!.Value.Year;
        var date = m.Released.ToString();
        var title = record is null ? m.Title : $"{Label(record)} ({record.CitationKey}). In {m.Title}";
        var note = $"Version {m.Version}, sha256:{data.ContentHash}";
        var key = "belarusforces_" + m.Version.Replace('.', '_') + (record is null ? "" : "_" + record.CitationKey.Replace('/', '_').Replace('-', '_'));
        return format switch
        {
            CitationFormat.BibTex => new StringBuilder()
                .Append("@misc{").Append(key).AppendLine(",")
                .Append("  author = {{").Append(Author).AppendLine("}},")
                .Append("  title = {").Append(title).AppendLine("},")
                .Append("  year = {").Append(year).AppendLine("},")
                .Append("  version = {").Append(m.Version).AppendLine("},")
                .Append("  howpublished = {Dataset, ").Append(m.DataLicence).AppendLine("},")
                .Append("  url = {").Append(Url).AppendLine("},")
                .Append("  note = {").Append(note).AppendLine("}")
                .Append('}').ToString(),
            CitationFormat.Apa => $"{Author}. ({year}). {title} (Version {m.Version}) [Data set]. {Url} (sha256:{data.ContentHash})",
            CitationFormat.Ris => string.Join("\n",
                "TY  - DATA", $"AU  - {Author}", $"TI  - {title}", $"PY  - {year}", $"DA  - {date}", $"ET  - {m.Version}",
                $"UR  - {Url}", $"N1  - {note}", $"ID  - {key}", "ER  - "),
            CitationFormat.CslJson => CslJson(key, title, year, m.Version, note),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown citation format."),
        };
    }

    private static string CslJson(string key, string title, int year, string version, string note)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("id", key);
            w.WriteString("type", "dataset");
            w.WriteString("title", title);
            w.WriteStartArray("author");
            w.WriteStartObject();
            w.WriteString("literal", Author);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("issued");
            w.WriteStartArray("date-parts");
            w.WriteStartArray();
            w.WriteNumberValue(year);
            w.WriteEndArray();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteString("version", version);
            w.WriteString("URL", Url);
            w.WriteString("note", note);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Label(IRecord record) => record.Title;
}
