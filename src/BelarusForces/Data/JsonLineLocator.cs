using System.Text.Json;

namespace BelarusForces.Data;

/// <summary>
/// Finds the line of a JSON path in a file. Used only when reporting problems, so loading valid data
/// pays nothing for it.
/// </summary>
internal static class JsonLineLocator
{
    /// <param name="json">The file, which the loader has already read as valid JSON.</param>
    public static Dictionary<string, int> Lines(ReadOnlySpan<byte> json) => Walk(json);

    /// <summary>
    /// What the reader's options do not refuse: nulls that stand as list items (the nullable annotations do not reach
    /// them, and no list of the data may hold a null) and strings over <see cref="DataFiles.MaxTextLength"/>; at most 20.
    /// </summary>
    public static List<(string Path, int Line, Rule Rule, string Message)> Screen(ReadOnlySpan<byte> json)
    {
        var found = new List<(string, int, Rule, string)>();
        Walk(json, found);
        return found;
    }

    private static Dictionary<string, int> Walk(ReadOnlySpan<byte> json, List<(string, int, Rule, string)>? screen = null)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = DataFiles.MaxDepth });
        var path = new List<string>();
        var arrayIndex = new Stack<int>();
        string? pendingProperty = null;
        int line = 1;
        int counted = 0;
        try
        {
            while (reader.Read())
            {
                int start = (int)reader.TokenStartIndex;
                line += json[counted..start].Count((byte)'\n');
                counted = start;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = reader.GetString();
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            arrayIndex.Pop();
                        }

                        if (path.Count > 0)
                        {
                            path.RemoveAt(path.Count - 1);
                        }

                        continue;
                }

                bool inArray = pendingProperty is null && arrayIndex.Count > 0;
                string segment = pendingProperty is not null ? "." + pendingProperty
                    : inArray ? $"[{Next(arrayIndex)}]" : "";
                pendingProperty = null;
                if (screen is null)
                {
                    lines.TryAdd("$" + string.Concat(path) + segment, line);
                }
                else if (inArray && reader.TokenType == JsonTokenType.Null)
                {
                    screen.Add(("$" + string.Concat(path) + segment, line, Rules.NullItem, "the list holds a null item; remove it or give the value"));
                }
                else if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > DataFiles.MaxTextLength && Characters(reader) is var characters and > DataFiles.MaxTextLength)
                {
                    screen.Add(("$" + string.Concat(path) + segment, line, Rules.TextLength, $"the string has {characters} characters; at most {DataFiles.MaxTextLength} are allowed"));
                }

                if (screen?.Count == 20)
                {
                    break;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    path.Add(segment);
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        arrayIndex.Push(-1);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Only files read as JSON get here, but the lines found so far would still be useful.
        }

        return lines;
    }

    // The characters (Unicode scalar values, not UTF-8 bytes) of the string the reader is on.
    private static int Characters(Utf8JsonReader reader)
    {
        int count = 0;
        foreach (var _ in reader.GetString()!.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    public static int LineOf(Dictionary<string, int> lines, string path)
    {
        // Fall back to the nearest enclosing value that has a line (a missing property is reported on its object).
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (lines.TryGetValue(p, out var line))
            {
                return line;
            }
        }

        return 0;
    }

    private static int Next(Stack<int> indexes)
    {
        var i = indexes.Pop() + 1;
        indexes.Push(i);
        return i;
    }

    private static string Parent(string path)
    {
        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? (path == "$" ? "" : "$") : path[..cut];
    }
}
