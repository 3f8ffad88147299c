using System.Globalization;
using BelarusForces.Data;

namespace BelarusForces.Search;

/// <summary>
/// Splits text into words and folds each word the way names are folded (<see cref="NameFolding.Normalize(string)"/>):
/// case and diacritics do not count. Anything that is not a letter, digit or combining mark separates words, so
/// non-breaking spaces and curly quotes act like plain spaces, with two exceptions inside a word: an apostrophe joins
/// (Zas’s = Zass), and a hyphen or dash joins too (T-72B = T72B, Palanez-M = PalanezM), while each of the joined parts
/// is also read as a word of its own (T-72B is also "t" and "72b"), so that "long range" finds "long-range". A dash
/// between two numbers (2011-2013) separates them.
/// </summary>
internal static class SearchText
{
    // Words longer than this are not words a person types; their first characters stand for them.
    public const int LongestWord = 256;

    /// <summary>
    /// A word of a text: where it stands, its folded form, and its position among the text's words. A part of a joined
    /// word (<see cref="IsPart"/>) stands at the positions the joined word starts at and after.
    /// </summary>
    internal readonly record struct Word(int Start, int Length, string Folded, int Position, bool IsPart);

    /// <summary>Reads the words of a text one by one, folding each into a buffer, without allocating.</summary>
    internal ref struct WordReader(string text, Span<char> buffer)
    {
        private readonly string _text = text;
        private readonly Span<char> _buffer = buffer; // at least LongestWord * NameFolding.MaxExpansion characters
        private int _at;
        private int _position = -1;
        private int _partAt = -1; // inside a joined word: where its next part starts
        private int _partsEnd;
        private int _partPosition;

        public bool Next(out int start, out int length, out ReadOnlySpan<char> folded) => Next(out start, out length, out folded, out _, out _);

        public bool Next(out int start, out int length, out ReadOnlySpan<char> folded, out int position, out bool isPart)
        {
            while (_partAt >= 0 && _partAt < _partsEnd)
            {
                start = _partAt;
                while (_partAt < _partsEnd && IsWordChar(_text[_partAt]))
                {
                    _partAt++;
                }

                length = _partAt - start;
                _partAt++; // past the hyphen
                if (Fold(start, length, out folded))
                {
                    position = _partPosition++;
                    isPart = true;
                    return true;
                }
            }

            if (_partAt >= 0)
            {
                _position = Math.Max(_position, _partPosition - 1);
                _partAt = -1;
            }

            while (_at < _text.Length)
            {
                if (!IsWordChar(_text[_at]))
                {
                    _at++;
                    continue;
                }

                start = _at;
                bool hyphenated = false;
                while (_at < _text.Length)
                {
                    if (IsWordChar(_text[_at]))
                    {
                        _at++;
                    }
                    else if (_at + 1 < _text.Length && IsWordChar(_text[_at + 1]) && Joins(_text[_at], _text[_at - 1], _text[_at + 1]))
                    {
                        hyphenated |= !IsApostrophe(_text[_at]);
                        _at++;
                    }
                    else
                    {
                        break;
                    }
                }

                length = _at - start;
                if (Fold(start, length, out folded))
                {
                    position = ++_position;
                    isPart = false;
                    if (hyphenated)
                    {
                        _partAt = start;
                        _partsEnd = _at;
                        _partPosition = _position;
                    }

                    return true;
                }
            }

            start = length = position = 0;
            isPart = false;
            folded = default;
            return false;
        }

        private readonly bool Fold(int start, int length, out ReadOnlySpan<char> folded)
        {
            int size = NameFolding.Normalize(_text.AsSpan(start, Math.Min(length, LongestWord)), _buffer);
            folded = _buffer[..size];
            return size > 0;
        }
    }

    public static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var reader = new WordReader(text, stackalloc char[LongestWord * NameFolding.MaxExpansion]);
        while (reader.Next(out var start, out var length, out var folded, out var position, out var isPart))
        {
            words.Add(new Word(start, length, new string(folded), position, isPart));
        }

        return words;
    }

    /// <summary>The folded form of a whole text as one word (<c>T-72B</c> → <c>t72b</c>), as the reader folds a joined word.</summary>
    public static string FoldWord(string text) => NameFolding.Normalize(text);

    // A hyphen or dash joins letters to letters or digits; an apostrophe joins letters. Between two digits a dash is a range.
    private static bool Joins(char c, char before, char after) =>
        IsApostrophe(c) ? char.IsLetter(before) && char.IsLetter(after)
        : IsHyphen(c) && !(char.IsDigit(before) && char.IsDigit(after));

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘';

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '−';

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || (c > '\u007f' && (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark));
}
