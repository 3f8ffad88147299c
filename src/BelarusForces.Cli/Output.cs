using System.Buffers;
using System.Text;
using System.Text.Json;

namespace BelarusForces.Cli;

/// <summary>How a listing is printed.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}

/// <summary>A listing: named columns and rows of text, printed as a table, JSON or CSV.</summary>
internal sealed class Listing(params string[] columns)
{
    private readonly List<string?[]> _rows = [];
    private string[]? _tableColumns;

    public string[] Columns { get; } = columns;

    /// <summary>The columns shown in the table view, so that it fits 80 columns; JSON and CSV keep every column.</summary>
    public Listing InTable(params string[] tableColumns)
    {
        _tableColumns = tableColumns;
        return this;
    }

    public int Count => _rows.Count;

    public void Add(params string?[] cells) => _rows.Add(cells);

    public void Write(OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(Json());
                break;
            case OutputFormat.Csv:
                output.WriteLine(string.Join(",", Columns.Select(Csv)));
                foreach (var row in _rows)
                {
                    output.WriteLine(string.Join(",", row.Select(Csv)));
                }

                break;
            default:
                WriteTable(output);
                break;
        }
    }

    // A plain-text table within 80 columns: header, rule, rows. When the natural widths do not fit, the widest column
    // gives way first; its cells wrap at spaces, and a word wider than the column is cut short with an ellipsis.
    private void WriteTable(TextWriter output)
    {
        const int terminalWidth = 80;
        const string gap = "  ";
        var shown = (_tableColumns ?? Columns).Select(c => Array.IndexOf(Columns, c)).ToArray();
        var widths = shown.Select(i => _rows.Select(r => r[i]?.Length ?? 0).Prepend(Columns[i].Length).Max()).ToArray();
        while (widths.Sum() + gap.Length * (widths.Length - 1) > terminalWidth && widths.Max() > 1)
        {
            widths[Array.IndexOf(widths, widths.Max())]--;
        }

        WriteRow(output, shown.Select(i => Columns[i]).ToArray(), widths, gap);
        output.WriteLine(new string('─', widths.Sum() + gap.Length * (widths.Length - 1)));
        foreach (var row in _rows)
        {
            WriteRow(output, shown.Select(i => row[i] ?? "").ToArray(), widths, gap);
        }

        output.WriteLine((_rows.Count == 1 ? "1 row" : $"{_rows.Count} rows") + (_tableColumns is null ? "" : "; --format json or csv shows every column"));
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths, string gap)
    {
        var lines = cells.Select((cell, c) => Wrap(cell, widths[c])).ToArray();
        for (int line = 0; line < lines.Max(l => l.Count); line++)
        {
            var text = string.Join(gap, lines.Select((l, c) => (line < l.Count ? l[line] : "").PadRight(widths[c])));
            output.WriteLine(text.TrimEnd());
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var fitted = word.Length <= width ? word : word[..(width - 1)] + "…";
            if (current.Length > 0 && current.Length + 1 + fitted.Length > width)
            {
                lines.Add(current);
                current = "";
            }

            current = current.Length == 0 ? fitted : current + " " + fitted;
        }

        lines.Add(current);
        return lines;
    }

    // An array of objects whose keys are the column names: the stable shape scripts consume.
    private string Json()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var row in _rows)
            {
                w.WriteStartObject();
                for (int i = 0; i < Columns.Length; i++)
                {
                    if (row[i] is null)
                    {
                        w.WriteNull(Columns[i]);
                    }
                    else
                    {
                        w.WriteString(Columns[i], row[i]);
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Csv(string? text) =>
        text is null ? "" : text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}

/// <summary>Whether a person is watching: progress goes to standard error only then, so that pipes and logs stay clean.</summary>
internal static class Terminal
{
    public static bool Interactive => !Console.IsOutputRedirected && !Console.IsErrorRedirected;
}

/// <summary>A user error: printed as one sentence on standard error, with a non-zero exit code and no stack trace.</summary>
internal sealed class UserError(string message, int exitCode = 2) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>Source-generated JSON for the few values the tool serialises itself (no reflection: the tool is AOT-compiled).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(JsonElement))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = false)]
internal sealed partial class CliJson : System.Text.Json.Serialization.JsonSerializerContext;
