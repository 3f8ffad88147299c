using BelarusForces.Data;
using BelarusForces.Model;
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

    /// <summary>The columns shown in the table view, so that it fits the terminal; JSON and CSV keep every column.</summary>
    public Listing InTable(params string[] tableColumns)
    {
        _tableColumns = tableColumns;
        return this;
    }

    /// <summary>
    /// A listing of a collection's records from its declared fields: the id, every field (a reference as its id, a
    /// quantity or a date as the data writes it) and every nested list, its items joined by "; " and each item's
    /// values by "@" (<c>6@2017-11</c>). The table shows the id, the fields declared as listed, the extra column, if any, and with <paramref name="quotes"/> each row's first quote.
    /// </summary>
    public static Listing For(Collection collection, IEnumerable<object> records, string? extraColumn = null, Func<object, string?>? extraCell = null, bool quotes = false)
    {
        (string Column, Func<object, string?> Cell)[] extra = extraColumn is null ? [] : [(extraColumn, extraCell!)];
        if (quotes)
        {
            extra = [.. extra, ("quote", r => ((IRecord)r).Evidence is [var first, ..] ? $"“{first.Quote}” — {first.Source.Id}, line {first.Line}" : null)];
        }

        var fields = collection.Fields;
        var lists = collection.Lists;
        var listing = new Listing([.. fields.Select(f => f.ListingColumn).Prepend("id").Concat(lists.Select(l => l.Table)).Concat(extra.Select(e => e.Column))])
            .InTable([.. fields.Where(f => f.Listed).Select(f => f.ListingColumn).Prepend("id").Concat(extra.Select(e => e.Column))]);
        foreach (var record in records)
        {
            listing.Add([.. fields.Select(f => f.TextOf(record)).Prepend(collection.IdOfRecord(record))
                .Concat(lists.Select(l => Joined(l.ItemsOf(record).Select(item => string.Join("@", l.Fields.Where(f => !f.DescribesClaim).Select(f => f.TextOf(item) ?? "?"))))))
                .Concat(extra.Select(e => e.Cell(record)))]);
        }

        return listing;

        static string? Joined(IEnumerable<string> items) => string.Join("; ", items) is { Length: > 0 } text ? text : null;
    }

    /// <summary>Columns for the table alone (a cell that joins others for reading), left out of JSON and CSV.</summary>
    public Listing TableOnly(params string[] columns)
    {
        _tableOnly = [.. columns];
        return this;
    }

    private HashSet<string> _tableOnly = [];

    private IEnumerable<int> DataColumns => Enumerable.Range(0, Columns.Length).Where(i => !_tableOnly.Contains(Columns[i]));

    public int Count => _rows.Count;

    public void Add(params string?[] cells) => _rows.Add(cells);

    // Keys (id, key, *_id) are what `show` takes: the table never narrows them.
    private static bool IsKey(string column) => column is "id" or "key" || column.EndsWith("_id", StringComparison.Ordinal);

    public void Write(OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(Json());
                break;
            case OutputFormat.Csv:
                var csv = new BelarusForces.Export.CsvWriter(output);
                csv.WriteRow(DataColumns.Select(i => Columns[i]));
                foreach (var row in _rows)
                {
                    csv.WriteRow(DataColumns.Select(i => row[i] is { } c ? Terminal.Clean(c, keepLineBreaks: true) : null));
                }

                break;
            default:
                WriteTable(output);
                break;
        }
    }

    // A plain-text table within 80 columns: header, rule, rows. When the natural widths do not fit, the widest column
    // that is not a key gives way first, down to its longest word, so that its cells wrap at spaces; then the key
    // column gives way, and a key longer than it stands whole on a line of its own above the rest of its row; last,
    // the other columns narrow further, and their longest words go on at the next line. A key is never cut, so that
    // it can be copied into `show`.
    private void WriteTable(TextWriter output)
    {
        int terminalWidth = Terminal.Width;
        const string gap = "  ";
        var shown = (_tableColumns ?? Columns).Select(c => Array.IndexOf(Columns, c)).ToArray();
        var cells = _rows.Select(r => r.Select(c => Terminal.Clean(c ?? "")).ToArray()).ToList();
        var widths = shown.Select(i => cells.Select(r => r[i].Length).Prepend(Columns[i].Length).Max()).ToArray();
        var header = shown.Select(i => Columns[i].Length).ToArray();
        var longestWord = shown.Select(i => cells.SelectMany(r => r[i].Split(' ')).Append(Columns[i]).Max(w => w.Length)).ToArray();
        var isKey = shown.Select(i => IsKey(Columns[i])).ToArray();
        int Total() => widths.Sum() + (gap.Length * (widths.Length - 1));
        foreach (var (keys, floor) in new (bool Keys, Func<int, int> Floor)[] { (false, c => longestWord[c]), (true, c => header[c]), (false, c => Math.Max(header[c], 6)) })
        {
            while (Total() > terminalWidth && Enumerable.Range(0, widths.Length).Where(c => isKey[c] == keys && widths[c] > floor(c)).ToArray() is { Length: > 0 } candidates)
            {
                widths[candidates.MaxBy(c => widths[c])]--;
            }
        }

        WriteRow(output, shown.Select(i => Columns[i]).ToArray(), widths, gap);
        output.WriteLine(new string('─', Total()));
        foreach (var row in cells)
        {
            var line = shown.Select(i => row[i]).ToArray();
            for (int c = 0; c < line.Length; c++)
            {
                if (isKey[c] && line[c].Length > widths[c])
                {
                    output.WriteLine(new string(' ', widths.Take(c).Sum() + (gap.Length * c)) + line[c]);
                    line[c] = "";
                }
            }

            WriteRow(output, line, widths, gap);
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
            var rest = word;
            if (current.Length > 0 && current.Length + 1 + rest.Length > width)
            {
                lines.Add(current);
                current = "";
            }

            while (current.Length == 0 && rest.Length > width)
            {
                lines.Add(rest[..width]);
                rest = rest[width..];
            }

            current = current.Length == 0 ? rest : current + " " + rest;
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
                foreach (int i in DataColumns)
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
}

/// <summary>Whether a person is watching: progress goes to standard error only then, so that pipes and logs stay clean.</summary>
internal static class Terminal
{
    public static bool Interactive => !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>The terminal's width when output goes to one (at least 80), otherwise 80.</summary>
    public static int Width
    {
        get
        {
            try
            {
                return Console.IsOutputRedirected ? 80 : Math.Max(80, Console.WindowWidth);
            }
            catch (IOException)
            {
                return 80;
            }
        }
    }

    /// <summary>
    /// The text with control characters (ESC, BEL, the C1 controls...) and the invisible characters that reorder or hide
    /// text (the bidirectional overrides and isolates such as U+202E, zero-width marks) shown escaped as <c>\x1B</c> or
    /// <c>\u202E</c>, so that a value can neither move the cursor, ring the bell, recolour the terminal nor make text
    /// read backwards. Line breaks (also U+2028 and U+2029) become spaces unless kept.
    /// </summary>
    public static string Clean(string text, bool keepLineBreaks = false)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0000', '\u001f') && !text.AsSpan().ContainsAnyInRange('\u007f', '\u009f') && text.AsSpan().IndexOfAny(Hidden) < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t')
            {
                clean.Append(keepLineBreaks ? c : ' ');
            }
            else if (c is '\u2028' or '\u2029')
            {
                clean.Append(keepLineBreaks ? '\n' : ' ');
            }
            else if (c < ' ' || c is >= '\u007f' and <= '\u009f')
            {
                clean.Append(System.FormattableString.Invariant($"\\x{(int)c:X2}"));
            }
            else if (Hidden.Contains(c))
            {
                clean.Append(System.FormattableString.Invariant($"\\u{(int)c:X4}"));
            }
            else
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    // Bidirectional marks, embeddings, overrides and isolates, zero-width characters, and the line and paragraph separators.
    private static readonly SearchValues<char> Hidden = SearchValues.Create(
        "\u061C\u200B\u200C\u200D\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF");
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
