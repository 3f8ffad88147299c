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
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
