using System.Text;

namespace BelarusForces.Data;

/// <summary>The kinds of token a <see cref="JsonCursor"/> stops on.</summary>
internal enum JsonToken
{
    None,
    StartObject,
    EndObject,
    StartArray,
    EndArray,
    PropertyName,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A strict forward-only JSON tokenizer over UTF-8 (RFC 8259: no comments, no trailing commas, no byte order mark,
/// one value per text), with a nesting limit. It throws <see cref="JsonSyntaxException"/> at the first error.
/// </summary>
/// <remarks>
/// The data files are read with this rather than <c>System.Text.Json</c>'s reader: both are a single pass over the
/// bytes, but a fresh process pays some 20 ms to start the framework's reader (its assembly, its vectorized search
/// code compiled at run time), which is more than the whole load of the dataset otherwise costs.
/// </remarks>
internal ref struct JsonCursor
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlySpan<byte> _json;
    private readonly int _maxDepth;
    private ulong _objects; // bit d is set when the container at depth d + 1 is an object
    private int _depth;
    private int _position;
    private bool _needComma;
    private bool _afterName;
    private bool _done;
    private int _valueStart;
    private int _valueEnd;
    private bool _escaped;

    public JsonCursor(ReadOnlySpan<byte> json, int maxDepth)
    {
        _json = json;
        _maxDepth = Math.Min(maxDepth, 64);
    }

    /// <summary>The current token.</summary>
    public JsonToken Token { get; private set; }

    /// <summary>Where the current token starts, in bytes from the start of the text.</summary>
    public int TokenStart { get; private set; }

    /// <summary>Moves to the next token; false at the end of the text, after its one value.</summary>
    public bool Read()
    {
        SkipWhitespace();
        if (_position >= _json.Length)
        {
            if (_depth == 0 && _done)
            {
                Token = JsonToken.None;
                return false;
            }

            throw Error("the text ends before its value is complete");
        }

        TokenStart = _position;
        byte c = _json[_position];
        if (_depth > 0 && !_afterName)
        {
            bool inObject = InObject;
            if (c == (inObject ? (byte)'}' : (byte)']'))
            {
                _position++;
                _depth--;
                Token = inObject ? JsonToken.EndObject : JsonToken.EndArray;
                AfterValue();
                return true;
            }

            if (_needComma)
            {
                if (c != ',')
                {
                    throw Error(inObject ? "',' or '}' expected after a member" : "',' or ']' expected after an item");
                }

                _position++;
                SkipWhitespace();
                if (_position < _json.Length && _json[_position] is (byte)'}' or (byte)']')
                {
                    throw Error("a comma is followed by no value (trailing commas are not JSON)");
                }

                if (_position >= _json.Length)
                {
                    throw Error("the text ends before its value is complete");
                }

                TokenStart = _position;
                c = _json[_position];
            }

            if (inObject)
            {
                if (c != '"')
                {
                    throw Error("a member name in double quotes expected");
                }

                ReadString();
                SkipWhitespace();
                if (_position >= _json.Length || _json[_position] != ':')
                {
                    throw Error("':' expected after a member name");
                }

                _position++;
                _afterName = true;
                Token = JsonToken.PropertyName;
                return true;
            }
        }
        else if (_depth == 0 && _done)
        {
            throw Error("the text holds more than one value");
        }

        _afterName = false;
        switch (c)
        {
            case (byte)'{':
            case (byte)'[':
                if (_depth >= _maxDepth)
                {
                    throw Error($"the nesting is deeper than {_maxDepth} levels");
                }

                _position++;
                _objects = c == '{' ? _objects | (1UL << _depth) : _objects & ~(1UL << _depth);
                _depth++;
                _needComma = false;
                Token = c == '{' ? JsonToken.StartObject : JsonToken.StartArray;
                return true;
            case (byte)'"':
                ReadString();
                Token = JsonToken.String;
                break;
            case (byte)'t':
                ReadLiteral("true"u8);
                Token = JsonToken.True;
                break;
            case (byte)'f':
                ReadLiteral("false"u8);
                Token = JsonToken.False;
                break;
            case (byte)'n':
                ReadLiteral("null"u8);
                Token = JsonToken.Null;
                break;
            case (byte)'-':
            case >= (byte)'0' and <= (byte)'9':
                ReadNumber();
                Token = JsonToken.Number;
                break;
            default:
                throw Error($"'{(char)c}' cannot start a value");
        }

        AfterValue();
        return true;
    }

    /// <summary>Whether the current string or member name is exactly <paramref name="utf8"/>.</summary>
    public readonly bool ValueTextEquals(ReadOnlySpan<byte> utf8) =>
        _escaped ? GetString() == Encoding.UTF8.GetString(utf8) : _json[_valueStart.._valueEnd].SequenceEqual(utf8);

    /// <summary>The current string or member name as it stands between its quotes, escape sequences undecoded.</summary>
    public readonly ReadOnlySpan<byte> RawString => _json[_valueStart.._valueEnd];

    /// <summary>Where <see cref="RawString"/> starts, in bytes from the start of the text.</summary>
    public readonly int RawStringStart => _valueStart;

    /// <summary>Whether the current string or member name holds escape sequences.</summary>
    public readonly bool IsEscaped => _escaped;

    /// <summary>The current string or member name, unescaped.</summary>
    public readonly string GetString()
    {
        var raw = _json[_valueStart.._valueEnd];
        try
        {
            return _escaped ? Unescape(raw) : StrictUtf8.GetString(raw);
        }
        catch (DecoderFallbackException)
        {
            throw new JsonSyntaxException("the string is not valid UTF-8", _valueStart);
        }
    }

    /// <summary>The current number, if it is a whole number within the range of <see cref="int"/>.</summary>
    public readonly bool TryGetInt32(out int value)
    {
        value = 0;
        var digits = _json[_valueStart.._valueEnd];
        bool negative = digits[0] == '-';
        long result = 0;
        for (int i = negative ? 1 : 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiDigit((char)digits[i]))
            {
                return false; // a fraction or an exponent
            }

            result = (result * 10) + (digits[i] - '0');
            if (result > 1L + int.MaxValue)
            {
                return false;
            }
        }

        result = negative ? -result : result;
        if (result is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        value = (int)result;
        return true;
    }

    private readonly bool InObject => (_objects & (1UL << (_depth - 1))) != 0;

    private void AfterValue()
    {
        _needComma = _depth > 0;
        _done = _depth == 0;
    }

    private void SkipWhitespace()
    {
        while (_position < _json.Length && _json[_position] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            _position++;
        }
    }

    private void ReadLiteral(ReadOnlySpan<byte> literal)
    {
        if (!_json[_position..].StartsWith(literal))
        {
            throw Error("'true', 'false' or 'null' expected");
        }

        _position += literal.Length;
        EndOfScalar();
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private void ReadNumber()
    {
        _valueStart = _position;
        if (_json[_position] == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (!Digits())
        {
            throw Error("a digit expected in a number");
        }

        if (Peek() == '.')
        {
            _position++;
            if (!Digits())
            {
                throw Error("a digit expected after the decimal point");
            }
        }

        if (Peek() is (byte)'e' or (byte)'E')
        {
            _position++;
            if (Peek() is (byte)'+' or (byte)'-')
            {
                _position++;
            }

            if (!Digits())
            {
                throw Error("a digit expected in the exponent");
            }
        }

        _valueEnd = _position;
        EndOfScalar();
    }

    private bool Digits()
    {
        int start = _position;
        while (Peek() is >= (byte)'0' and <= (byte)'9')
        {
            _position++;
        }

        return _position > start;
    }

    private readonly int Peek() => _position < _json.Length ? _json[_position] : -1;

    // A scalar must be followed by whitespace, a comma, a closing bracket or the end: "truex" and "01" are errors.
    private void EndOfScalar()
    {
        if (Peek() is not (-1 or ' ' or '\t' or '\n' or '\r' or ',' or '}' or ']'))
        {
            throw Error($"'{(char)_json[_position]}' cannot follow a value");
        }
    }

    private void ReadString()
    {
        _position++; // the opening quote
        _valueStart = _position;
        _escaped = false;
        while (true)
        {
            int next = _json[_position..].IndexOfAny((byte)'"', (byte)'\\');
            if (next < 0)
            {
                throw Error("a string is not closed");
            }

            if (_json.Slice(_position, next).IndexOfAnyInRange((byte)0, (byte)0x1F) is var control and >= 0)
            {
                _position += control;
                throw Error("a control character inside a string must be escaped");
            }

            _position += next;
            if (_json[_position] == '"')
            {
                _valueEnd = _position;
                _position++;
                return;
            }

            _escaped = true;
            _position += 2; // the backslash and the escaped character, checked when unescaped
            if (_position > _json.Length)
            {
                throw Error("a string is not closed");
            }
        }
    }

    private readonly string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        int offset = _valueStart;
        while (raw.Length > 0)
        {
            int backslash = raw.IndexOf((byte)'\\');
            if (backslash < 0)
            {
                text.Append(StrictUtf8.GetString(raw));
                break;
            }

            text.Append(StrictUtf8.GetString(raw[..backslash]));
            offset += backslash;
            raw = raw[backslash..];
            switch (raw.Length > 1 ? raw[1] : 0)
            {
                case (byte)'"': text.Append('"'); break;
                case (byte)'\\': text.Append('\\'); break;
                case (byte)'/': text.Append('/'); break;
                case (byte)'b': text.Append('\b'); break;
                case (byte)'f': text.Append('\f'); break;
                case (byte)'n': text.Append('\n'); break;
                case (byte)'r': text.Append('\r'); break;
                case (byte)'t': text.Append('\t'); break;
                case (byte)'u':
                    char unit = (char)Hex(raw, offset);
                    if (char.IsHighSurrogate(unit) && raw.Length >= 12 && raw[6] == '\\' && raw[7] == 'u' && char.IsLowSurrogate((char)Hex(raw[6..], offset + 6)))
                    {
                        text.Append(unit).Append((char)Hex(raw[6..], offset + 6));
                        raw = raw[12..];
                        offset += 12;
                        continue;
                    }

                    if (char.IsSurrogate(unit))
                    {
                        throw new JsonSyntaxException("a \\u escape names half of a surrogate pair", offset);
                    }

                    text.Append(unit);
                    raw = raw[6..];
                    offset += 6;
                    continue;
                default:
                    throw new JsonSyntaxException("an unknown escape sequence in a string", offset);
            }

            raw = raw[2..];
            offset += 2;
        }

        return text.ToString();
    }

    private static int Hex(ReadOnlySpan<byte> escape, int offset)
    {
        int value = 0;
        for (int i = 2; i < 6; i++)
        {
            int digit = i < escape.Length ? HexDigit(escape[i]) : -1;
            if (digit < 0)
            {
                throw new JsonSyntaxException("a \\u escape needs four hexadecimal digits", offset);
            }

            value = (value * 16) + digit;
        }

        return value;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private readonly JsonSyntaxException Error(string message) => new(message, Math.Min(_position, _json.Length));
}

/// <summary>The text is not JSON; <see cref="Position"/> is the byte where the error was found.</summary>
internal sealed class JsonSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
