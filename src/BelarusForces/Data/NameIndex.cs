using System.Globalization;
using System.Text;

namespace BelarusForces.Data;

/// <summary>How names are compared: case, diacritics, spaces and punctuation do not count (Raŭkoŭ = Raukou, Su30 = Su-30).</summary>
public static class NameIndex
{
    /// <summary>The comparison key of a name: letters and digits only, diacritics removed, lower case.</summary>
    /// <param name="name">A name or alias.</param>
    /// <returns>The key, such as <c>su30sm</c> for <c>Su-30SM</c>.</returns>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var buffer = name.Length <= 256 ? stackalloc char[name.Length * MaxExpansion] : new char[name.Length * MaxExpansion];
        return new string(buffer[..Normalize(name, buffer)]);
    }

    // A canonical decomposition yields a few characters at most; Hangul syllables yield three letters.
    internal const int MaxExpansion = 4;

    /// <summary>Writes the comparison key of a name into a buffer of at least <see cref="MaxExpansion"/> characters per input character.</summary>
    /// <returns>The key's length.</returns>
    internal static int Normalize(ReadOnlySpan<char> name, Span<char> destination)
    {
        int length = 0;
        foreach (var c in name)
        {
            if (char.IsAscii(c))
            {
                // The common case, without allocation.
                if (char.IsAsciiLetterOrDigit(c))
                {
                    destination[length++] = char.ToLowerInvariant(c);
                }
            }
            else if (!char.IsSurrogate(c))
            {
                foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
                {
                    if (char.IsLetterOrDigit(d))
                    {
                        destination[length++] = char.ToLowerInvariant(d);
                    }
                }
            }
        }

        return length;
    }
}
