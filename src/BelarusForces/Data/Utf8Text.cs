using System.Text;

namespace BelarusForces.Data;

/// <summary>
/// A string member of a data file: either still its UTF-8 bytes in the file (checked to be valid UTF-8), or, when it
/// held escape sequences, already decoded.
/// </summary>
internal readonly struct Utf8Text(ReadOnlyMemory<byte> utf8, string? decoded)
{
    /// <summary>The bytes in the file, when the text is not yet decoded; empty otherwise.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    /// <summary>Whether the text is still bytes in the file.</summary>
    public bool IsUndecoded => decoded is null;

    /// <summary>The text as a string, decoded now if need be.</summary>
    public override string ToString() => decoded ?? Encoding.UTF8.GetString(Utf8.Span);

    /// <summary>Whether the text is empty or only white space, decoding it only when it might be.</summary>
    public bool IsBlank()
    {
        if (decoded is not null)
        {
            return string.IsNullOrWhiteSpace(decoded);
        }

        // A visible ASCII character settles it without decoding; anything else is left to the framework's rule.
        foreach (byte b in Utf8.Span)
        {
            if (b is > 0x20 and < 0x7F)
            {
                return false;
            }
        }

        return string.IsNullOrWhiteSpace(ToString());
    }
}
