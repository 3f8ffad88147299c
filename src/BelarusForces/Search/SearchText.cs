using System.Globalization;
using BelarusForces.Data;

namespace BelarusForces.Search;

/// <summary>
/// Splits text into words and folds each word the way names are folded (<see cref="NameIndex.Normalize(string)"/>):
/// case and diacritics do not count. Anything that is not a letter, digit or combining mark separates words, so
/// non-breaking spaces, curly quotes and hyphens all act like plain spaces.
/// </summary>
internal static class SearchText
{
    /// <summary>A word of a text: where it stands and its folded form.</summary>
    internal readonly record struct Word(int Start, int Length, string Folded);

    public static List<Word> Words(string text)
    {
        var words = new List<Word>();
        Span<char> buffer = stackalloc char[256 * NameIndex.MaxExpansion];
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            // Words longer than 256 characters are not words a person types; their first 256 characters stand for them.
            var word = text.AsSpan(start, Math.Min(i - start, 256));
            int length = NameIndex.Normalize(word, buffer);
            if (length > 0)
            {
                words.Add(new Word(start, i - start, new string(buffer[..length])));
            }
        }

        return words;
    }

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || (c > '\u007f' && (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark));
}
