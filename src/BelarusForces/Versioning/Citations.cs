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
        // Names and titles come from the data: each output gets them on one line (RIS is a tag per line, BibTeX a field
        // per line), and BibTeX gets its braces and TeX's special characters escaped.
        title = OneLine(title);
        return format switch
        {
            CitationFormat.BibTex => new StringBuilder()
                .Append("@misc{").Append(key).AppendLine(",")
                .Append("  author = {{").Append(Author).AppendLine("}},")
                .Append("  title = {").Append(BibTex(title)).AppendLine("},")
                .Append("  year = {").Append(year).AppendLine("},")
                .Append("  version = {").Append(BibTex(m.Version)).AppendLine("},")
                .Append("  howpublished = {Dataset, ").Append(BibTex(OneLine(m.DataLicence))).AppendLine("},")
                .Append("  url = {").Append(Url).AppendLine("},")
                .Append("  note = {").Append(note).AppendLine("}")
                .Append('}').ToString(),
            CitationFormat.Apa => $"{Author}. ({year}). {title} (Version {m.Version}) [Data set]. {Url} (sha256:{data.ContentHash})",
            CitationFormat.Ris => string.Join("\n",
                "TY  - DATA", $"AU  - {Author}", $"TI  - {title}", $"PY  - {year}", $"DA  - {date}", $"ET  - {OneLine(m.Version)}",
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

    // Control characters, line and paragraph separators become spaces.
    private static string OneLine(string text) =>
        string.Create(text.Length, text, (span, t) =>
        {
            for (int i = 0; i < t.Length; i++)
            {
                span[i] = char.IsControl(t[i]) || t[i] is '\u2028' or '\u2029' ? ' ' : t[i];
            }
        });

    // A BibTeX field value between braces: its braces and backslashes, and the characters TeX reads as commands, escaped.
    private static string BibTex(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static string Label(IRecord record) => record.Title;
}
