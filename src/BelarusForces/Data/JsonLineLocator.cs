namespace BelarusForces.Data;

/// <summary>
/// Finds the line of a JSON path in a file. Used only when reporting problems, so loading valid data
/// pays nothing for it.
/// </summary>
internal static class JsonLineLocator
{
    /// <param name="json">The file, which the loader has already read as valid JSON.</param>
    public static Dictionary<string, int> Lines(ReadOnlySpan<byte> json)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new JsonCursor(json, maxDepth: 64);
        var path = new List<string>();
        var arrayIndex = new Stack<int>();
        string? pendingProperty = null;
        int line = 1;
        int counted = 0;
        try
        {
            while (reader.Read())
            {
                line += json[counted..reader.TokenStart].Count((byte)'\n');
                counted = reader.TokenStart;
                switch (reader.Token)
                {
                    case JsonToken.PropertyName:
                        pendingProperty = reader.GetString();
                        continue;
                    case JsonToken.EndObject or JsonToken.EndArray:
                        if (reader.Token == JsonToken.EndArray)
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
                var current = "$" + string.Concat(path) + segment;
                lines.TryAdd(current, line);
                if (reader.Token is JsonToken.StartObject or JsonToken.StartArray)
                {
                    path.Add(segment);
                    if (reader.Token == JsonToken.StartArray)
                    {
                        arrayIndex.Push(-1);
                    }
                }
            }
        }
        catch (JsonSyntaxException)
        {
            // Only read files get here, but the lines found so far would still be useful.
        }

        return lines;
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
