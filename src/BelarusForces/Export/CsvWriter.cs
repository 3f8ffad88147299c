namespace BelarusForces.Export;

/// <summary>
/// The one CSV dialect of the exports and the tool's <c>--format csv</c>: RFC 4180, a header row, comma-separated,
/// CRLF line ends; a field with a comma, a quote or a line break is quoted and its quotes doubled; null is an empty
/// field and an empty text is <c>""</c>, so that the two stay apart. The encoding is the writer's (UTF-8 here).
/// </summary>
internal sealed class CsvWriter(TextWriter output)
{
    /// <summary>The line end, CRLF, as RFC 4180 gives it.</summary>
    public const string LineEnd = "\r\n";

    /// <summary>Writes one row: its fields, separated by commas, and the line end.</summary>
    public void WriteRow(IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                output.Write(',');
            }

            output.Write(Field(field));
            first = false;
        }

        output.Write(LineEnd);
    }

    /// <summary>A field as it stands in the file.</summary>
    public static string Field(string? text)
    {
        if (text is null)
        {
            return "";
        }

        return text.Length == 0 || text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
