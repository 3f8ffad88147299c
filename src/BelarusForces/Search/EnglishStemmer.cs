namespace BelarusForces.Search;

/// <summary>
/// The Porter2 ("English") stemmer of the Snowball project, as its published description gives it: modernise,
/// modernised and modernisation share the stem <c>modernis</c>, while training and trainee stay apart. It reads folded
/// words (lower-case letters, no apostrophes); a word with a digit is returned as it is.
/// </summary>
internal static class EnglishStemmer
{
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    // Left as they are after step 1a.
    private static readonly HashSet<string> Invariant = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "evening", "herring", "earring", "proceed", "exceed", "succeed",
    };

    private static readonly (string Suffix, string Replacement)[] Step2Suffixes =
    [
        ("ization", "ize"), ("ogist", "og"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"), ("alism", "al"),
        ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"), ("anci", "ance"),
        ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Suffixes =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic",
    ];

    /// <summary>The stem of a folded word.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        if (Exceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }

        var w = new Word(word);
        w.MarkConsonantYs();
        int r1 = w.Region1(), r2 = w.Region2(r1);
        w.Step1a();
        if (Invariant.Contains(w.ToString()))
        {
            return w.ToString();
        }

        w.Step1b(r1);
        w.Step1c();
        w.Step2(r1);
        w.Step3(r1, r2);
        w.Step4(r2);
        w.Step5(r1, r2);
        return w.ToString().Replace('Y', 'y');
    }

    private sealed class Word(string text)
    {
        private string _s = text;

        public override string ToString() => _s;

        private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

        private bool Ends(string suffix) => _s.EndsWith(suffix, StringComparison.Ordinal);

        private void Replace(int suffixLength, string replacement) => _s = _s[..^suffixLength] + replacement;

        private bool HasVowel(int end)
        {
            for (int i = 0; i < end; i++)
            {
                if (IsVowel(_s[i]))
                {
                    return true;
                }
            }

            return false;
        }

        // An initial y, and a y after a vowel, act as consonants.
        public void MarkConsonantYs()
        {
            var chars = _s.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] == 'y' && (i == 0 || IsVowel(chars[i - 1])))
                {
                    chars[i] = 'Y';
                }
            }

            _s = new string(chars);
        }

        // The region after the first non-vowel that follows a vowel; after the prefix for a few words whose prefix
        // would otherwise make the region too short.
        public int Region1()
        {
            foreach (var prefix in (string[])["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"])
            {
                if (_s.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return prefix.Length;
                }
            }

            return RegionAfter(0);
        }

        public int Region2(int r1) => RegionAfter(r1);

        private int RegionAfter(int start)
        {
            for (int i = start + 1; i < _s.Length; i++)
            {
                if (!IsVowel(_s[i]) && IsVowel(_s[i - 1]))
                {
                    return i + 1;
                }
            }

            return _s.Length;
        }

        // A vowel followed by a non-vowel other than w, x or Y and preceded by a non-vowel; or a vowel and a non-vowel
        // that begin the word.
        private bool EndsInShortSyllable()
        {
            int n = _s.Length;
            if (n == 2)
            {
                return IsVowel(_s[0]) && !IsVowel(_s[1]);
            }

            return n >= 3 && !IsVowel(_s[n - 3]) && IsVowel(_s[n - 2]) && !IsVowel(_s[n - 1]) && _s[n - 1] is not ('w' or 'x' or 'Y');
        }

        private bool IsShort(int r1) => r1 >= _s.Length && EndsInShortSyllable();

        public void Step1a()
        {
            if (Ends("sses"))
            {
                Replace(2, "");
            }
            else if (Ends("ied") || Ends("ies"))
            {
                Replace(3, _s.Length > 4 ? "i" : "ie");
            }
            else if (Ends("us") || Ends("ss"))
            {
                // Left as they are.
            }
            else if (Ends("s") && _s.Length >= 3 && HasVowel(_s.Length - 2))
            {
                Replace(1, "");
            }
        }

        public void Step1b(int r1)
        {
            foreach (var suffix in (string[])["eedly", "eed"])
            {
                if (Ends(suffix))
                {
                    if (_s.Length - suffix.Length >= r1)
                    {
                        Replace(suffix.Length, "ee");
                    }

                    return;
                }
            }

            foreach (var suffix in (string[])["ingly", "edly", "ing", "ed"])
            {
                if (!Ends(suffix))
                {
                    continue;
                }

                if (!HasVowel(_s.Length - suffix.Length))
                {
                    return;
                }

                Replace(suffix.Length, "");
                if (Ends("at") || Ends("bl") || Ends("iz"))
                {
                    _s += "e";
                }
                else if (_s.Length >= 2 && _s[^1] == _s[^2] && _s[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
                {
                    // A vowel and a double letter (add, ebb, err, off) stay whole.
                    if (_s.Length > 3 || !IsVowel(_s[0]))
                    {
                        Replace(1, "");
                    }
                }
                else if (suffix == "ing" && _s.Length == 2 && !IsVowel(_s[0]) && _s[1] == 'y')
                {
                    _s = _s[..1] + "ie"; // hying, vying, like dying
                }
                else if (IsShort(r1))
                {
                    _s += "e";
                }

                return;
            }
        }

        public void Step1c()
        {
            if (_s.Length > 2 && _s[^1] is 'y' or 'Y' && !IsVowel(_s[^2]))
            {
                Replace(1, "i");
            }
        }

        public void Step2(int r1)
        {
            foreach (var (suffix, replacement) in Step2Suffixes)
            {
                if (!Ends(suffix))
                {
                    continue;
                }

                int at = _s.Length - suffix.Length;
                if (at < r1)
                {
                    return;
                }

                if (suffix == "ogi" && (at == 0 || _s[at - 1] != 'l'))
                {
                    return;
                }

                if (suffix == "li" && (at == 0 || _s[at - 1] is not ('c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't')))
                {
                    return;
                }

                Replace(suffix.Length, replacement);
                return;
            }
        }

        public void Step3(int r1, int r2)
        {
            foreach (var (suffix, replacement) in Step3Suffixes)
            {
                if (!Ends(suffix))
                {
                    continue;
                }

                int at = _s.Length - suffix.Length;
                if (at >= r1 && (suffix != "ative" || at >= r2))
                {
                    Replace(suffix.Length, replacement);
                }

                return;
            }
        }

        public void Step4(int r2)
        {
            foreach (var suffix in Step4Suffixes)
            {
                if (!Ends(suffix))
                {
                    continue;
                }

                int at = _s.Length - suffix.Length;
                if (at >= r2 && (suffix != "ion" || (at > 0 && _s[at - 1] is 's' or 't')))
                {
                    Replace(suffix.Length, "");
                }

                return;
            }
        }

        public void Step5(int r1, int r2)
        {
            int at = _s.Length - 1;
            if (Ends("e"))
            {
                if (at >= r2 || (at >= r1 && !EndsInShortSyllableBefore(at)))
                {
                    Replace(1, "");
                }
            }
            else if (Ends("l") && at >= r2 && at > 0 && _s[at - 1] == 'l')
            {
                Replace(1, "");
            }
        }

        private bool EndsInShortSyllableBefore(int end)
        {
            var saved = _s;
            _s = _s[..end];
            bool result = EndsInShortSyllable();
            _s = saved;
            return result;
        }
    }
}
