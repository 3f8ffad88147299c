using System.Globalization;
using System.Text;

namespace BelarusForces.Data;

/// <summary>How names are compared: case, diacritics, spaces and punctuation do not count (Raŭkoŭ = Raukou, Su30 = Su-30).</summary>
internal static class NameFolding
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
            else if (Fold(c) is var folded && folded != NotInTable)
            {
                if (folded != Dropped)
                {
                    destination[length++] = folded;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                // Outside the tables, a letter is only lower-cased: the result must not depend on the system's Unicode
                // library (ICU), its version, or invariant mode. The tables cover every script of the sources.
                destination[length++] = char.ToLowerInvariant(c);
            }
        }

        return length;
    }

    private const char Dropped = '·';
    private const char NotInTable = '\0';

    // What the normalization above makes of each Latin and Cyrillic letter: the letter of its canonical decomposition,
    // in lower case, or Dropped for what is not a letter or digit. Looking it up spares a fresh process the loading of
    // the system's Unicode library for the names in the data (Raŭkoŭ, Lukashenka's Cyrillic spellings); a test checks
    // the tables against the normalization itself.
    private static char Fold(char c) => c switch
    {
        >= '\u0080' and < '\u0250' => Latin[c - 0x80],
        >= '\u0400' and < '\u0500' => Cyrillic[c - 0x400],
        _ when !char.IsLetterOrDigit(c) => Dropped, // no canonical decomposition turns a non-letter into a letter
        _ => NotInTable,
    };

    private const string Latin =
        "································" + // U+0080
        "··········ª··········µ····º·····" + // U+00A0
        "aaaaaaæceeeeiiiiðnooooo·øuuuuyþß" + // U+00C0
        "aaaaaaæceeeeiiiiðnooooo·øuuuuyþy" + // U+00E0
        "aaaaaaccccccccddđđeeeeeeeeeegggg" + // U+0100
        "gggghhħħiiiiiiiiiıĳĳjjkkĸllllllŀ" + // U+0120
        "ŀłłnnnnnnŉŋŋooooooœœrrrrrrssssss" + // U+0140
        "ssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzſ" + // U+0160
        "ƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩɨƙƙƚƛɯɲƞɵ" + // U+0180
        "ooƣƣƥƥʀƨƨʃƪƫƭƭʈuuʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿ" + // U+01A0
        "ǀǁǂǃǆǆǆǉǉǉǌǌǌaaiioouuuuuuuuuuǝaa" + // U+01C0
        "aaææǥǥggkkooooʒʒjǳǳǳggƕƿnnaaææøø" + // U+01E0
        "aaaaeeeeiiiioooorrrruuuussttȝȝhh" + // U+0200
        "ƞȡȣȣȥȥaaeeooooooooyyȴȵȶȷȸȹⱥȼȼƚⱦȿ" + // U+0220
        "ɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏ"; // U+0240

    private const string Cyrillic =
        "ееђгєѕііјљњћкиуџабвгдежзииклмноп" + // U+0400
        "рстуфхцчшщъыьэюяабвгдежзииклмноп" + // U+0420
        "рстуфхцчшщъыьэюяееђгєѕііјљњћкиуџ" + // U+0440
        "ѡѡѣѣѥѥѧѧѩѩѫѫѭѭѯѯѱѱѳѳѵѵѵѵѹѹѻѻѽѽѿѿ" + // U+0460
        "ҁҁ········ҋҋҍҍҏҏґґғғҕҕҗҗҙҙққҝҝҟҟ" + // U+0480
        "ҡҡңңҥҥҧҧҩҩҫҫҭҭүүұұҳҳҵҵҷҷҹҹһһҽҽҿҿ" + // U+04A0
        "ӏжжӄӄӆӆӈӈӊӊӌӌӎӎӏааааӕӕееәәәәжжзз" + // U+04C0
        "ӡӡииииооөөөөээууууууччӷӷыыӻӻӽӽӿӿ"; // U+04E0
}
