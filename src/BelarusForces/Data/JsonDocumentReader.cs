using System.Text;

namespace BelarusForces.Data;

/// <summary>Reads one value of a document at the reader's current token.</summary>
internal delegate T ValueReader<T>(JsonDocumentReader reader, ref JsonCursor json);

/// <summary>
/// The strict reader of the data files: one pass of a <see cref="JsonCursor"/> straight into the document types. It refuses unknown and duplicate members, missing required members, nulls where a value is
/// required and values of the wrong type, and stops a file at its first problem, naming the JSON path and line.
/// </summary>
/// <remarks>
/// The library reads its data by hand rather than through <c>JsonSerializer</c>: a fresh process pays for every
/// method it runs the first time, and the serializer's metadata and converters cost several times the parse itself.
/// Every rule the serializer applied (unknown members, duplicates, nulls, types) is checked here instead.
/// </remarks>
internal sealed class JsonDocumentReader
{
    private const int MaxDepth = 16;

    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly StringPool _strings;

    // Collects the items of one array of strings at a time; strings hold no lists, so one serves the whole file.
    private readonly List<string> _stringItems = [];

    // The JSON path of the current value, kept as a stack: a member name, or an array index where the name is null.
    private readonly string?[] _names = new string?[MaxDepth + 2];
    private readonly int[] _indices = new int[MaxDepth + 2];
    private int _depth;

    private JsonDocumentReader(ReadOnlyMemory<byte> bytes, StringPool strings)
    {
        _bytes = bytes;
        _strings = strings;
    }

    /// <summary>Reads a whole file, which must hold exactly one value.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="root">Reads the file's one value.</param>
    /// <param name="strings">The strings made so far in this load, shared by its files.</param>
    /// <exception cref="JsonShapeException">The file is not valid JSON, or not of the expected shape.</exception>
    public static T Read<T>(ReadOnlyMemory<byte> bytes, ValueReader<T> root, StringPool strings)
    {
        var self = new JsonDocumentReader(bytes, strings);
        var json = new JsonCursor(bytes.Span, MaxDepth);
        try
        {
            json.Read();
            var value = root(self, ref json);
            if (json.Read())
            {
                throw self.Failure(ref json, "json-shape", "the file holds more than one value");
            }

            return value;
        }
        catch (JsonSyntaxException e)
        {
            throw new JsonShapeException(self.Path(), self.LineAt(e.Position), "json-shape", "the file is not valid JSON: " + e.Message);
        }
    }

    // ---- objects and arrays -----------------------------------------------------------------------------

    /// <summary>Starts reading an object; then call <see cref="NextMember"/> until it returns -1.</summary>
    public MemberSet.State StartObject(ref JsonCursor json, MemberSet members)
    {
        Expect(ref json, JsonToken.StartObject, members.Description);
        _depth++;
        _names[_depth] = null;
        _indices[_depth] = -1;
        return new MemberSet.State(members);
    }

    /// <summary>
    /// Moves to the next member of the object and onto its value; returns the member's index in the set, or -1 at
    /// the end of the object, when it checks that every required member was there.
    /// </summary>
    public int NextMember(ref JsonCursor json, ref MemberSet.State state)
    {
        var members = state.Members;
        json.Read();
        if (json.Token == JsonToken.EndObject)
        {
            for (int i = 0; i < members.Count; i++)
            {
                if (members.IsRequired(i) && (state.Seen & (1UL << i)) == 0)
                {
                    throw Failure(ref json, "json-shape", $"the required member '{members.Name(i)}' is missing from {members.Description}");
                }
            }

            _depth--;
            return -1;
        }

        int index = members.Find(ref json, state.Next);
        if (index < 0)
        {
            _names[_depth] = json.GetString();
            throw Failure(ref json, "json-shape", $"'{_names[_depth]}' is not a member of {members.Description}; its members are {members.List()}");
        }

        _names[_depth] = members.Name(index);
        if ((state.Seen & (1UL << index)) != 0)
        {
            throw Failure(ref json, "json-shape", $"Duplicate member '{members.Name(index)}' in {members.Description}");
        }

        state.Seen |= 1UL << index;
        state.Next = index + 1;
        json.Read();
        return index;
    }

    /// <summary>Reads an object of exactly two string members, such as <c>{"source": ..., "quote": ...}</c>.</summary>
    public (string First, string Second) StringPair(ref JsonCursor json, MemberSet members)
    {
        string first = null!, second = null!;
        var state = StartObject(ref json, members);
        while (NextMember(ref json, ref state) is var i and >= 0)
        {
            if (i == 0)
            {
                first = String(ref json);
            }
            else
            {
                second = String(ref json);
            }
        }

        return (first, second);
    }

    /// <summary>Skips the value of a member that is read nowhere (<c>$schema</c>), after checking that it is a string.</summary>
    public void SkipString(ref JsonCursor json) => String(ref json);

    /// <summary>Reads an array whose items are read by <paramref name="item"/>; a null item is a problem of its own.</summary>
    public List<T> List<T>(ref JsonCursor json, ValueReader<T> item)
    {
        var list = new List<T>();
        Items(ref json, item, list);
        return list;
    }

    /// <summary>Reads an array of strings into an array of exactly its length.</summary>
    public string[] Strings(ref JsonCursor json)
    {
        _stringItems.Clear();
        Items(ref json, static (JsonDocumentReader r, ref JsonCursor j) => r.String(ref j), _stringItems);
        return _stringItems.Count == 0 ? [] : _stringItems.ToArray();
    }

    private void Items<T>(ref JsonCursor json, ValueReader<T> item, List<T> into)
    {
        Expect(ref json, JsonToken.StartArray, "a list");
        _depth++;
        while (true)
        {
            json.Read();
            if (json.Token == JsonToken.EndArray)
            {
                break;
            }

            _names[_depth] = null;
            _indices[_depth] = into.Count;
            if (json.Token == JsonToken.Null)
            {
                throw Failure(ref json, "null-item", "a list holds null; remove the item or give it a value");
            }

            into.Add(item(this, ref json));
        }

        _depth--;
    }

    // ---- scalars ----------------------------------------------------------------------------------------

    /// <summary>Reads a string that must be there.</summary>
    public string String(ref JsonCursor json) =>
        OptionalString(ref json) ?? throw Failure(ref json, "json-shape", "a string is required here, not null");

    /// <summary>Reads a string or null.</summary>
    public string? OptionalString(ref JsonCursor json)
    {
        if (json.Token == JsonToken.Null)
        {
            return null;
        }

        Expect(ref json, JsonToken.String, "a string");
        return _strings.Get(ref json);
    }

    /// <summary>
    /// Reads a string that must be there and leaves it in the file as UTF-8 when it holds no escape sequences, to be
    /// decoded when someone reads it: for long texts, such as quotes, that most programs never print.
    /// </summary>
    public Utf8Text Text(ref JsonCursor json)
    {
        if (json.Token != JsonToken.String || json.IsEscaped)
        {
            return new Utf8Text(default, String(ref json));
        }

        if (!System.Text.Unicode.Utf8.IsValid(json.RawString))
        {
            throw new JsonSyntaxException("the string is not valid UTF-8", json.RawStringStart);
        }

        return new Utf8Text(_bytes.Slice(json.RawStringStart, json.RawString.Length), null);
    }

    /// <summary>Reads a whole number in the range of <see cref="int"/>.</summary>
    public int Int32(ref JsonCursor json)
    {
        Expect(ref json, JsonToken.Number, "a whole number");
        return json.TryGetInt32(out int value) ? value : throw Failure(ref json, "json-shape", "a whole number between -2147483648 and 2147483647 is required here");
    }

    /// <summary>Reads true, false or null.</summary>
    public bool? OptionalBoolean(ref JsonCursor json) => json.Token switch
    {
        JsonToken.Null => null,
        JsonToken.True => true,
        JsonToken.False => false,
        _ => throw Failure(ref json, "json-shape", $"true, false or null is required here, not {Describe(json.Token)}"),
    };

    // ---- problems ---------------------------------------------------------------------------------------

    private void Expect(ref JsonCursor json, JsonToken type, string what)
    {
        if (json.Token != type)
        {
            throw Failure(ref json, "json-shape", $"{what} is required here, not {Describe(json.Token)}");
        }
    }

    private static string Describe(JsonToken type) => type switch
    {
        JsonToken.StartObject => "an object",
        JsonToken.StartArray => "a list",
        JsonToken.String => "a string",
        JsonToken.Number => "a number",
        JsonToken.True or JsonToken.False => "true or false",
        JsonToken.Null => "null",
        _ => "the end of the file",
    };

    private JsonShapeException Failure(ref JsonCursor json, string rule, string message) =>
        new(Path(), LineAt(json.TokenStart), rule, message);

    private int LineAt(int position) => 1 + _bytes.Span[..Math.Min(position, _bytes.Length)].Count((byte)'\n');

    private string Path()
    {
        var path = new StringBuilder("$");
        for (int i = 1; i <= _depth; i++)
        {
            if (_names[i] is { } name)
            {
                path.Append('.').Append(name);
            }
            else if (_indices[i] >= 0)
            {
                path.Append('[').Append(_indices[i]).Append(']');
            }
        }

        return path.ToString();
    }
}

/// <summary>The members an object of one document type may have, in the order curators write them.</summary>
internal sealed class MemberSet
{
    private readonly byte[][] _utf8;
    private readonly string[] _names;
    private readonly ulong _required;

    /// <param name="description">What the object is, for messages: "a unit".</param>
    /// <param name="members">The member names; a trailing '?' marks an optional member.</param>
    public MemberSet(string description, params string[] members)
    {
        if (members.Length > 64)
        {
            throw new ArgumentException("at most 64 members", nameof(members));
        }

        Description = description;
        _names = new string[members.Length];
        _utf8 = new byte[members.Length][];
        for (int i = 0; i < members.Length; i++)
        {
            bool optional = members[i].EndsWith('?');
            _names[i] = optional ? members[i][..^1] : members[i];
            _utf8[i] = Encoding.UTF8.GetBytes(_names[i]);
            _required |= optional ? 0 : 1UL << i;
        }
    }

    public string Description { get; }

    public int Count => _names.Length;

    public string Name(int index) => _names[index];

    public bool IsRequired(int index) => (_required & (1UL << index)) != 0;

    public string List() => string.Join(", ", _names);

    /// <summary>The index of the member the reader is on, trying first where the last one left off; -1 if unknown.</summary>
    public int Find(ref JsonCursor json, int next)
    {
        for (int n = 0; n < _utf8.Length; n++)
        {
            int i = (next + n) % _utf8.Length;
            if (json.ValueTextEquals(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where reading one object stands: the members seen, and where to look first for the next one.</summary>
    public struct State(MemberSet members)
    {
        public readonly MemberSet Members = members;
        public ulong Seen;
        public int Next;
    }
}

/// <summary>A data file is not valid JSON or not of its document's shape; carries where and why.</summary>
internal sealed class JsonShapeException(string path, int line, string rule, string message) : Exception(message)
{
    public string JsonPath { get; } = path;

    public int Line { get; } = line;

    public string Rule { get; } = rule;
}
