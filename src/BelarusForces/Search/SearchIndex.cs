using System.Collections.Immutable;
using System.Text;
using BelarusForces.Model;
using BelarusForces.Queries;

namespace BelarusForces.Search;

/// <summary>
/// An inverted index over every text of the records and the sources' headlines, ranked with BM25. Each field of a
/// record (its name, an alias, a title, a note, a quote...) is a document of its own; a record's score for a query is
/// the sum, over the query's words and phrases, of its best field's score. Records that match every word come first,
/// then those that match most of them; a quoted phrase must match.
/// </summary>
internal sealed partial class SearchIndex
{
    // BM25's usual constants: how fast repeated words stop counting, and how much field length counts.
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    // A word matches itself fully, the words it begins a little less, and the words one slip away less again.
    private const float ExactWeight = 1f;
    private const float StemWeight = 0.9f;
    private const float AliasWeight = 0.9f;
    private const float PrefixWeight = 0.8f;
    private const float SlipWeight = 0.5f;
    private const int MinPrefixLength = 3;
    private const int MinSlipLength = 5;

    // A snippet is about this many characters; it opens at a quotation mark up to this far before the match.
    private const int SnippetLength = 160;
    private const int QuotationReach = 120;

    private readonly Owner[] _owners;
    private readonly FieldDoc[] _docs;
    private readonly string[] _terms; // ordinal order, so that the words a prefix begins are one range
    private readonly Posting[][] _postings; // by position in _terms
    private readonly Dictionary<string, int> _termIndex;
    private readonly float[] _idf; // by position in _terms
    private readonly float _averageLength;
    private readonly Dictionary<string, int[]> _stems; // a stem and the words (by position in _terms) that have it
    private readonly Data.NameIndex _names;

    internal sealed record Owner(string Key, string Collection, IRecord? Record, Source? Source);

    private readonly record struct FieldDoc(int Owner, string Name, string Text, float Weight, int Length, Evidence? Evidence);

    // Sorted by document, then by word position.
    private readonly record struct Posting(int Doc, int Position) : IComparable<Posting>
    {
        public int CompareTo(Posting other) => Doc != other.Doc ? Doc.CompareTo(other.Doc) : Position.CompareTo(other.Position);
    }

    public SearchIndex(IEnumerable<IRecord> records, IEnumerable<Source> sources)
    {
        var owners = new List<Owner>();
        var docs = new List<FieldDoc>();
        var terms = new TermTable();
        var textTerms = new Dictionary<string, int[]>(StringComparer.Ordinal); // a quote cited by several records is read once
        long totalLength = 0;

        void AddField(string name, string text, float weight, Evidence? evidence)
        {
            if (!textTerms.TryGetValue(text, out var read))
            {
                textTerms[text] = read = terms.Read(text);
            }

            int doc = docs.Count;
            docs.Add(new FieldDoc(owners.Count - 1, name, text, weight, read.Length / 2, evidence));
            totalLength += read.Length / 2;
            for (int i = 0; i < read.Length; i += 2)
            {
                terms.Postings[read[i]].Add(new Posting(doc, read[i + 1]));
            }
        }

        var all = records as IReadOnlyCollection<IRecord> ?? [.. records];
        _names = new Data.NameIndex(all);
        foreach (var record in all)
        {
            owners.Add(new Owner(record.CitationKey, record.Collection, record, null));
            var seen = new HashSet<(string, string)>();
            foreach (var field in SearchFields.Of(record))
            {
                // A quote cited by a record and again by its batch counts once.
                if (seen.Add((field.Name, field.Text)))
                {
                    AddField(field.Name, field.Text, field.Weight, field.Evidence);
                }
            }
        }

        foreach (var source in sources)
        {
            owners.Add(new Owner("sources/" + source.Id.Value, "sources", null, source));
            AddField("headline", source.Headline, 2f, null);
        }

        _owners = [.. owners];
        _docs = [.. docs];

        var order = Enumerable.Range(0, terms.Words.Count).OrderBy(id => terms.Words[id], StringComparer.Ordinal).ToArray();
        _terms = [.. order.Select(id => terms.Words[id])];
        _postings = [.. order.Select(id => terms.Postings[id].ToArray())];
        _termIndex = new Dictionary<string, int>(_terms.Length, StringComparer.Ordinal);
        for (int i = 0; i < _terms.Length; i++)
        {
            _termIndex[_terms[i]] = i;
        }

        var stems = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < _terms.Length; i++)
        {
            var stem = EnglishStemmer.Stem(_terms[i]);
            if (!stems.TryGetValue(stem, out var list))
            {
                stems[stem] = list = [];
            }

            list.Add(i);
        }

        _stems = stems.Where(p => p.Value.Count > 1 || p.Key != _terms[p.Value[0]]).ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _idf = InverseDocumentFrequencies(_postings, _docs.Length);
        _averageLength = docs.Count == 0 ? 1 : Math.Max(1, (float)totalLength / docs.Count);
    }

    // The words met while building, in the order first met, with their postings.
    private sealed class TermTable
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<int> _read = [];

        public List<string> Words { get; } = [];

        public List<List<Posting>> Postings { get; } = [];

        // The ids of a text's words, each followed by its position, in order; a word already met is found without making
        // a string for it.
        public int[] Read(string text)
        {
            _read.Clear();
            var reader = new SearchText.WordReader(text, stackalloc char[SearchText.LongestWord * Data.NameFolding.MaxExpansion]);
#if NET9_0_OR_GREATER
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
            while (reader.Next(out _, out _, out var folded, out int position, out _))
            {
#if NET9_0_OR_GREATER
                if (!lookup.TryGetValue(folded, out int id))
#else
                if (!_ids.TryGetValue(new string(folded), out int id))
#endif
                {
                    var word = new string(folded);
                    id = Words.Count;
                    _ids[word] = id;
                    Words.Add(word);
                    Postings.Add([]);
                }

                _read.Add(id);
                _read.Add(position);
            }

            return [.. _read];
        }
    }

    public int TermCount => _terms.Length;

    // Words that say little on their own: dropped from a query that has other words.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "did", "do", "does", "for", "from", "had", "has", "have", "how",
        "in", "into", "is", "it", "its", "many", "much", "of", "on", "or", "that", "the", "their", "there", "this", "to",
        "was", "were", "what", "when", "where", "which", "who", "with",
    };

    // Numbers that the seeds write both in words and in digits.
    private static readonly Dictionary<string, string> NumberWords = SpelledNumbers();

    private static Dictionary<string, string> SpelledNumbers()
    {
        string[] units =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];
        var numbers = new List<(string Word, int Value)>(units.Select((word, value) => (word, value)))
        {
            ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("hundred", 100),
        };
        var both = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, value) in numbers)
        {
            var digits = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            both[word] = digits;
            both[digits] = word;
        }

        return both;
    }

    /// <summary>One way a clause can match: a word (with its forms when <see cref="Expand"/>) or a phrase.</summary>
    private sealed record Alternative(string[] Words, bool Expand, float Weight);

    /// <summary>A word, a quoted phrase, or words that name a record (with that record's other names), as typed.</summary>
    private sealed record Clause(string Text, Alternative[] Alternatives, bool Quoted, int Words, ImmutableArray<INamedRecord> Names = default);

    public ImmutableArray<SearchHit> Search(string query, Func<Owner, bool> include, int limit)
    {
        var clauses = Parse(query);
        if (clauses.Count == 0 || limit <= 0)
        {
            return [];
        }

        var marked = new HashSet<int>();
        var docs = new Dictionary<int, (ulong Clauses, float Score)>();
        var owners = new Dictionary<int, (ulong Clauses, float Score)>();
        var best = new Dictionary<int, float>();
        ulong required = 0;
        for (int c = 0; c < clauses.Count; c++)
        {
            ulong bit = 1UL << c;
            if (clauses[c].Quoted)
            {
                required |= bit;
            }

            best.Clear();
            foreach (var (doc, score) in ScoreClause(clauses[c], marked))
            {
                float weighted = score * _docs[doc].Weight;
                var d = docs.GetValueOrDefault(doc);
                docs[doc] = (d.Clauses | bit, d.Score + weighted);
                int owner = _docs[doc].Owner;
                if (weighted > best.GetValueOrDefault(owner))
                {
                    best[owner] = weighted;
                }
            }

            foreach (var (owner, score) in best)
            {
                var o = owners.GetValueOrDefault(owner);
                owners[owner] = (o.Clauses | bit, o.Score + score);
            }
        }

        // A field that holds every word the record matches counts most, a second such field half as much, and the
        // best match of each word anywhere in the record a quarter: an answer stated in one sentence outranks a record
        // that names the words in different places (an equipment type whose name is one word of the query).
        var full = new Dictionary<int, (float Best, float Second)>();
        foreach (var (doc, (mask, score)) in docs)
        {
            int owner = _docs[doc].Owner;
            if (mask == owners[owner].Clauses)
            {
                var f = full.GetValueOrDefault(owner);
                full[owner] = score > f.Best ? (score, f.Best) : (f.Best, Math.Max(f.Second, score));
            }
        }

        var exact = ExactNames(query);

        // A record that the query names, asked about with other words, ranks after the records that say the rest.
        if (clauses.Count > 1)
        {
            foreach (var named in clauses.Where(c => !c.Names.IsDefault).SelectMany(c => c.Names))
            {
                exact.TryAdd(named, 0.6f);
            }
        }
        int totalWords = clauses.Sum(c => c.Words);
        var found = new List<(int Owner, int Words, float Score)>();
        foreach (var (owner, (mask, score)) in owners)
        {
            if ((mask & required) == required && include(_owners[owner]))
            {
                float boost = _owners[owner].Record is INamedRecord named && exact.TryGetValue(named, out var b) ? b : 1f;
                var f = full.GetValueOrDefault(owner);
                found.Add((owner, WordsIn(clauses, mask), (f.Best + (0.5f * f.Second) + (0.25f * score)) * boost));
            }
        }

        found.Sort((a, b) => a.Words != b.Words ? b.Words.CompareTo(a.Words)
            : a.Score != b.Score ? b.Score.CompareTo(a.Score)
            : string.CompareOrdinal(_owners[a.Owner].Key, _owners[b.Owner].Key));
        var top = found.Take(limit).ToList();
        var snippetDoc = BestFields(docs, top.Select(f => f.Owner).ToHashSet());
        var markedWords = marked.Select(t => _terms[t]).ToHashSet(StringComparer.Ordinal);
        var hits = ImmutableArray.CreateBuilder<SearchHit>(top.Count);
        foreach (var (owner, words, score) in top)
        {
            var o = _owners[owner];
            var doc = _docs[snippetDoc[owner]];
            var missing = clauses.Where((c, i) => (owners[owner].Clauses & (1UL << i)) == 0).Select(c => c.Text).ToImmutableArray();
            var evidence = doc.Evidence ?? (o.Record is { } r ? SearchFields.Claims(r).SelectMany(c => c.Evidence).Concat(r.Evidence).FirstOrDefault() : null);
            hits.Add(new SearchHit(o.Key, o.Collection, o.Record, o.Source, score, doc.Name, Snippet(doc.Text, markedWords), words, totalWords, missing, evidence));
        }

        return hits.MoveToImmutable();
    }

    private static int WordsIn(List<Clause> clauses, ulong mask)
    {
        int words = 0;
        for (int i = 0; i < clauses.Count; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                words += clauses[i].Words;
            }
        }

        return words;
    }

    // For each owner, the field to show: the one that holds the most of the query's clauses; a quote on a tie, then the
    // higher score.
    private Dictionary<int, int> BestFields(Dictionary<int, (ulong Clauses, float Score)> docs, HashSet<int> owners)
    {
        var chosen = new Dictionary<int, (int Doc, int Count, bool Quote, float Score)>();
        foreach (var (doc, (mask, score)) in docs)
        {
            int owner = _docs[doc].Owner;
            if (!owners.Contains(owner))
            {
                continue;
            }

            int count = System.Numerics.BitOperations.PopCount(mask);
            bool quote = _docs[doc].Name == "quote";
            if (!chosen.TryGetValue(owner, out var c) || count > c.Count || (count == c.Count && (quote && !c.Quote || (quote == c.Quote && score > c.Score))))
            {
                chosen[owner] = (doc, count, quote, score);
            }
        }

        return chosen.ToDictionary(p => p.Key, p => p.Value.Doc);
    }

    // Records whose name (counts twice) or alias (one and a half times) is the whole query.
    private Dictionary<INamedRecord, float> ExactNames(string query)
    {
        var exact = new Dictionary<INamedRecord, float>(ReferenceEqualityComparer.Instance);
        var key = SearchText.FoldWord(query);
        if (key.Length == 0)
        {
            return exact;
        }

        foreach (var named in _names.Find(key))
        {
            exact[named] = SearchText.FoldWord(named.Name) == key ? 2f : 1.5f;
        }

        return exact;
    }

    /// <summary>The fields in which a phrase stands word for word (folded), for links between records.</summary>
    public IEnumerable<Owner> OwnersWithPhrase(string phrase)
    {
        var words = PrimaryWords(phrase);
        return words.Length == 0 ? [] : ScorePhrase(words, []).Keys.Select(d => _owners[_docs[d].Owner]).Distinct();
    }

    // The folded words of a text, a joined word (T-72B) as one.
    private static string[] PrimaryWords(string text) => [.. SearchText.Words(text).Where(w => !w.IsPart).Select(w => w.Folded)];

    // Words outside quotes are clauses of their own, except that words naming a record (one to three of them) form one
    // clause that also matches the record's other names; the words of a quoted phrase form one clause.
    private List<Clause> Parse(string query)
    {
        var clauses = new List<Clause>();
        var parts = query.Replace('“', '"').Replace('”', '"').Split('"');
        for (int i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                var phrase = PrimaryWords(parts[i]);
                if (phrase.Length > 0)
                {
                    clauses.Add(new Clause(parts[i].Trim(), [new Alternative(phrase, Expand: false, 1f)], Quoted: true, Words: 1));
                }

                continue;
            }

            var words = SearchText.Words(parts[i]);
            var tokens = words.Where(w => !w.IsPart).ToList();
            for (int t = 0; t < tokens.Count;)
            {
                int span = 3;
                for (; span >= 1; span--)
                {
                    if (t + span <= tokens.Count && NamedBy(tokens, t, span) is { } clause)
                    {
                        clauses.Add(clause with { Text = parts[i][tokens[t].Start..(tokens[t + span - 1].Start + tokens[t + span - 1].Length)] });
                        break;
                    }
                }

                if (span == 0)
                {
                    var token = tokens[t];
                    var pieces = words.Where(w => w.IsPart && w.Start >= token.Start && w.Start < token.Start + token.Length).Select(w => w.Folded).ToArray();
                    Alternative[] alternatives = pieces.Length > 1 ? [new([token.Folded], Expand: true, 1f), new(pieces, Expand: false, 1f)] : [new([token.Folded], Expand: true, 1f)];
                    clauses.Add(new Clause(parts[i].Substring(token.Start, token.Length), alternatives, Quoted: false, Words: 1));
                    span = 1;
                }

                t += span;
            }
        }

        bool content = clauses.Any(c => c.Quoted || !StopWords.Contains(c.Alternatives[0].Words[0]) || c.Words > 1);
        return content ? [.. clauses.Where(c => c.Quoted || c.Words > 1 || !StopWords.Contains(c.Alternatives[0].Words[0]))] : clauses;
    }

    // The clause for words that name one to three records: the words themselves, or any other name of those records.
    private Clause? NamedBy(List<SearchText.Word> tokens, int start, int span)
    {
        var key = string.Concat(tokens.Skip(start).Take(span).Select(w => w.Folded));
        if (key.Length < 3 || (span == 1 && StopWords.Contains(key)))
        {
            return null;
        }

        var named = _names.Find(key);
        if (named.IsEmpty || named.Length > 3)
        {
            return null;
        }

        var own = tokens.Skip(start).Take(span).Select(w => w.Folded).ToArray();
        var alternatives = new List<Alternative> { new(own, Expand: span == 1, 1f) };
        var seen = new HashSet<string>(StringComparer.Ordinal) { string.Join(' ', own) };
        foreach (var record in named)
        {
            foreach (var name in record.Aliases.Prepend(record.Name))
            {
                var words = PrimaryWords(name);
                if (words.Length > 0 && string.Concat(words).Length >= 3 && seen.Add(string.Join(' ', words)))
                {
                    alternatives.Add(new(words, Expand: true, AliasWeight));
                }
            }
        }

        return new Clause(key, [.. alternatives], Quoted: false, Words: span, named);
    }

    // The fields that match a clause, each with its best score among the clause's alternatives.
    private Dictionary<int, float> ScoreClause(Clause clause, HashSet<int> marked)
    {
        var scores = new Dictionary<int, float>();
        foreach (var alternative in clause.Alternatives)
        {
            var found = alternative.Words.Length == 1
                ? ScoreWord(alternative.Words[0], alternative.Expand, marked)
                : ScorePhrase(alternative.Words, marked);
            foreach (var (doc, score) in found)
            {
                float weighted = score * alternative.Weight;
                if (weighted > scores.GetValueOrDefault(doc))
                {
                    scores[doc] = weighted;
                }
            }
        }

        return scores;
    }

    // The index words that a query word matches, and how much each counts: itself and the number it spells (twelve,
    // 12); the words of the same stem (modernised, modernisation); the words it begins; and (for longer words) the words
    // that begin with it but for one letter added, dropped or changed, such as "decommisions".
    private Dictionary<int, float> Expand(string word, bool loose)
    {
        var terms = new Dictionary<int, float>();
        void Add(int term, float weight)
        {
            if (weight > terms.GetValueOrDefault(term))
            {
                terms[term] = weight;
            }
        }

        if (_termIndex.TryGetValue(word, out var exact))
        {
            Add(exact, ExactWeight);
        }

        if (NumberWords.TryGetValue(word, out var number) && _termIndex.TryGetValue(number, out var spelled))
        {
            Add(spelled, ExactWeight);
        }

        if (_stems.TryGetValue(EnglishStemmer.Stem(word), out var sameStem))
        {
            foreach (var term in sameStem)
            {
                Add(term, StemWeight);
            }
        }

        if (loose && word.Length >= MinPrefixLength)
        {
            for (int i = LowerBound(word); i < _terms.Length && _terms[i].StartsWith(word, StringComparison.Ordinal); i++)
            {
                Add(i, PrefixWeight);
            }
        }

        if (loose && word.Length >= MinSlipLength)
        {
            // A slip in the first letter is not forgiven: it keeps the candidates to the words of one letter.
            int end = LowerBound(((char)(word[0] + 1)).ToString());
            for (int i = LowerBound(word[..1]); i < end; i++)
            {
                var term = _terms[i];
                if (!term.StartsWith(word, StringComparison.Ordinal) && BeginsWithinOneEdit(word, term))
                {
                    Add(i, SlipWeight);
                }
            }
        }

        return terms;
    }

    private Dictionary<int, float> ScoreWord(string word, bool loose, HashSet<int> matchedTerms)
    {
        var scores = new Dictionary<int, float>();
        foreach (var (term, weight) in Expand(word, loose))
        {
            matchedTerms.Add(term);
            var postings = _postings[term];
            float idf = Idf(term);
            for (int i = 0; i < postings.Length;)
            {
                int doc = postings[i].Doc, tf = 0;
                for (; i < postings.Length && postings[i].Doc == doc; i++)
                {
                    tf++;
                }

                float score = weight * idf * Bm25(tf, _docs[doc].Length);
                if (score > scores.GetValueOrDefault(doc))
                {
                    scores[doc] = score;
                }
            }
        }

        return scores;
    }

    // A phrase matches where its words stand one after another, each word exactly (folded). The rarest word anchors the
    // walk; the others are looked up in their sorted postings.
    private Dictionary<int, float> ScorePhrase(string[] words, HashSet<int> matchedTerms)
    {
        var scores = new Dictionary<int, float>();
        var terms = new int[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            if (!_termIndex.TryGetValue(words[i], out terms[i]))
            {
                return scores;
            }
        }

        int anchor = 0;
        for (int i = 1; i < terms.Length; i++)
        {
            if (_postings[terms[i]].Length < _postings[terms[anchor]].Length)
            {
                anchor = i;
            }
        }

        var counts = new Dictionary<int, int>();
        foreach (var p in _postings[terms[anchor]])
        {
            bool follows = true;
            for (int k = 0; k < terms.Length && follows; k++)
            {
                follows = k == anchor || Array.BinarySearch(_postings[terms[k]], new Posting(p.Doc, p.Position - anchor + k)) >= 0;
            }

            if (follows)
            {
                counts[p.Doc] = counts.GetValueOrDefault(p.Doc) + 1;
            }
        }

        if (counts.Count > 0)
        {
            matchedTerms.UnionWith(terms);
        }

        float idf = terms.Sum(Idf);
        foreach (var (doc, tf) in counts)
        {
            scores[doc] = idf * Bm25(tf, _docs[doc].Length);
        }

        return scores;
    }

    private float Idf(int term) => _idf[term];

    // How rare a word is among the fields: the fewer fields hold it, the more a match counts.
    private static float[] InverseDocumentFrequencies(Posting[][] postings, int documents)
    {
        var idf = new float[postings.Length];
        for (int t = 0; t < postings.Length; t++)
        {
            int df = 0;
            for (int i = 0, last = -1; i < postings[t].Length; i++)
            {
                if (postings[t][i].Doc != last)
                {
                    df++;
                    last = postings[t][i].Doc;
                }
            }

            idf[t] = MathF.Log(1 + ((documents - df + 0.5f) / (df + 0.5f)));
        }

        return idf;
    }

    private float Bm25(int tf, int length) => tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * length / _averageLength))));

    private int LowerBound(string word)
    {
        int lo = 0, hi = _terms.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_terms[mid], word) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // Whether some beginning of `term` is one edit (a letter added, dropped or changed) from `word`.
    internal static bool BeginsWithinOneEdit(string word, string term)
    {
        int i = 0;
        while (i < word.Length && i < term.Length && word[i] == term[i])
        {
            i++;
        }

        if (i == word.Length)
        {
            return true;
        }

        var restOfWord = word.AsSpan(i + 1);
        if (term.AsSpan(i).StartsWith(restOfWord, StringComparison.Ordinal))
        {
            return true; // a letter too many in the word
        }

        if (i == term.Length)
        {
            return false;
        }

        var restOfTerm = term.AsSpan(i + 1);
        return restOfTerm.StartsWith(restOfWord, StringComparison.Ordinal) // a letter changed
            || restOfTerm.StartsWith(word.AsSpan(i), StringComparison.Ordinal); // a letter missing
    }

    // About 160 characters around the densest run of matching words, each matching word marked; the window does not
    // start inside a quotation.
    private static string Snippet(string text, HashSet<string> marked)
    {
        const int length = SnippetLength;
        var words = SearchText.Words(text);
        var hits = new List<SearchText.Word>();
        foreach (var w in words)
        {
            if (marked.Contains(w.Folded) && (hits.Count == 0 || w.Start >= hits[^1].Start + hits[^1].Length))
            {
                hits.Add(w);
            }
        }

        int start = 0, end = text.Length;
        if (text.Length > length)
        {
            // The window of matches with the most different words, then the earliest.
            int first = 0, last = -1, bestCount = 0;
            for (int i = 0; i < hits.Count; i++)
            {
                var distinct = new HashSet<string>(StringComparer.Ordinal);
                int j = i;
                for (; j < hits.Count && hits[j].Start + hits[j].Length - hits[i].Start <= length; j++)
                {
                    distinct.Add(hits[j].Folded);
                }

                if (distinct.Count > bestCount)
                {
                    (first, last, bestCount) = (i, j - 1, distinct.Count);
                }
            }

            int spanStart = hits.Count == 0 ? 0 : hits[first].Start;
            int spanEnd = hits.Count == 0 ? 0 : hits[last].Start + hits[last].Length;
            start = Math.Clamp(spanStart - ((length - (spanEnd - spanStart)) / 2), 0, Math.Max(0, text.Length - length));
            start = OutsideQuotation(text, WordStartAtOrBefore(words, start), spanStart);
            end = Math.Min(text.Length, Math.Max(start + length, spanEnd));
            if (end < text.Length && words.LastOrDefault(w => !w.IsPart && w.Start + w.Length <= end) is { Length: > 0 } lastWord && lastWord.Start > start)
            {
                end = lastWord.Start + lastWord.Length;
            }
        }

        var snippet = new StringBuilder(end - start + 16);
        if (start > 0)
        {
            snippet.Append('…');
        }

        int at = start;
        foreach (var w in hits)
        {
            if (w.Start < start || w.Start + w.Length > end)
            {
                continue;
            }

            snippet.Append(text, at, w.Start - at).Append(SearchHit.MarkStart).Append(text, w.Start, w.Length).Append(SearchHit.MarkEnd);
            at = w.Start + w.Length;
        }

        snippet.Append(text, at, end - at);
        if (end < text.Length)
        {
            snippet.Append('…');
        }

        foreach (var c in "\r\n\t")
        {
            snippet.Replace(c, ' ');
        }

        return snippet.ToString();
    }

    private static int WordStartAtOrBefore(List<SearchText.Word> words, int at)
    {
        int start = 0;
        foreach (var w in words)
        {
            if (w.Start > at)
            {
                break;
            }

            if (!w.IsPart)
            {
                start = w.Start;
            }
        }

        return start;
    }

    // A window that would open inside a quotation opens at its quotation mark instead, or, when that is too far back
    // from the match, after the quotation closes.
    private static int OutsideQuotation(string text, int start, int match)
    {
        int open = -1;
        for (int i = 0; i < start; i++)
        {
            switch (text[i])
            {
                case '“' or '«':
                    open = i;
                    break;
                case '”' or '»':
                    open = -1;
                    break;
                case '"':
                    open = open >= 0 ? -1 : i;
                    break;
            }
        }

        if (open < 0)
        {
            return start;
        }

        if (match - open <= QuotationReach)
        {
            return open;
        }

        int close = text.IndexOfAny(['”', '»', '"'], start);
        return close >= 0 && close < match ? WordStartAfter(text, close + 1) : start;
    }

    private static int WordStartAfter(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
