using System.Text;

namespace BelarusForces.Cli.Site;

/// <summary>
/// A small HTML writer in which every text and attribute value is encoded by construction: tag and attribute names
/// come from the site's own code, values from the data go through <see cref="Text"/> or an attribute and are always
/// escaped. The one exception, <see cref="Trusted"/>, takes markup the tool and the library make themselves.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder _sb = new(16 * 1024);

    /// <summary>Opens an element; attributes whose value is null are left out, an empty value writes a bare attribute.</summary>
    public Html Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _sb.Append(' ').Append(name);
            if (value.Length > 0)
            {
                _sb.Append("=\"");
                Encode(value);
                _sb.Append('"');
            }
        }

        _sb.Append('>');
        return this;
    }

    public Html Close(string tag)
    {
        _sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Text content, HTML-encoded.</summary>
    public Html Text(string? text)
    {
        Encode(text);
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public Html Element(string tag, string? text, params (string Name, string? Value)[] attributes) => Open(tag, attributes).Text(text).Close(tag);

    public Html Link(string href, string text, params (string Name, string? Value)[] attributes) =>
        Open("a", [("href", href), .. attributes]).Text(text).Close("a");

    /// <summary>
    /// Markup that is not data: the doctype, the site's SVG charts (<see cref="Chart"/>, which escapes its own
    /// text) and JSON-LD written by <c>Utf8JsonWriter</c>, whose default encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>.
    /// </summary>
    public Html Trusted(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    public override string ToString() => _sb.ToString();

    /// <summary>Writes what was written so far to <paramref name="writer"/>, chunk by chunk, and starts again empty.</summary>
    public void Flush(TextWriter writer)
    {
        foreach (var chunk in _sb.GetChunks())
        {
            writer.Write(chunk.Span);
        }

        _sb.Clear();
    }

    private void Encode(string? text)
    {
        foreach (var c in text ?? "")
        {
            _ = c switch
            {
                '&' => _sb.Append("&amp;"),
                '<' => _sb.Append("&lt;"),
                '>' => _sb.Append("&gt;"),
                '"' => _sb.Append("&quot;"),
                '\'' => _sb.Append("&#39;"),
                _ => _sb.Append(c),
            };
        }
    }
}
