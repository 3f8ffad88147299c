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
    // Words longer than this are not words a person types; their first characters stand for them.
    public const int LongestWord = 256;

    /// <summary>A word of a text: where it stands and its folded form.</summary>
    internal readonly record struct Word(int Start, int Length, string Folded);

    /// <summary>Reads the words of a text one by one, folding each into a buffer, without allocating.</summary>
    internal ref struct WordReader(string text, Span<char> buffer)
    {
        private readonly string _text = text;
        private readonly Span<char> _buffer = buffer; // at least LongestWord * NameIndex.MaxExpansion characters
        private int _at;

        public bool Next(out int start, out int length, out ReadOnlySpan<char> folded)
        {
            while (_at < _text.Length)
            {
                if (!IsWordChar(_text[_at]))
                {
                    _at++;
                    continue;
                }

                start = _at;
                while (_at < _text.Length && IsWordChar(_text[_at]))
                {
                    _at++;
                }

                length = _at - start;
                int size = NameIndex.Normalize(_text.AsSpan(start, Math.Min(length, LongestWord)), _buffer);
                if (size > 0)
                {
                    folded = _buffer[..size];
                    return true;
                }
            }

            start = length = 0;
            folded = default;
            return false;
        }
    }

    public static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var reader = new WordReader(text, stackalloc char[LongestWord * NameIndex.MaxExpansion]);
        while (reader.Next(out var start, out var length, out var folded))
        {
            words.Add(new Word(start, length, new string(folded)));
        }

        return words;
    }

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || (c > '\u007f' && (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark));
}
