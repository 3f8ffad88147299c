using System.Buffers;
using System.Text;
using System.Text.Json;
using Spectre.Console;

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
                var shown = (_tableColumns ?? Columns).Select(c => Array.IndexOf(Columns, c)).ToArray();
                var table = new Table().Border(TableBorder.Simple);
                foreach (var i in shown)
                {
                    table.AddColumn(new TableColumn(Markup.Escape(Columns[i])));
                }

                foreach (var row in _rows)
                {
                    table.AddRow(shown.Select(i => new Text(row[i] ?? "") { Overflow = Overflow.Ellipsis }).ToArray());
                }

                Terminal.Out.Write(table);
                Terminal.Out.WriteLine($"{_rows.Count} rows" + (_tableColumns is null ? "" : "; --format json or csv shows every column"));
                break;
        }
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

/// <summary>The console, as Spectre.Console sees it: 80 columns and no colour when output is redirected.</summary>
internal static class Terminal
{
    public static IAnsiConsole Out { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Out),
        Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    });

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
