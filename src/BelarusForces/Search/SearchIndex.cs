using System.Collections.Immutable;
using System.Text;
using BelarusForces.Model;
using BelarusForces.Queries;

namespace BelarusForces.Search;

/// <summary>
/// An inverted index over every text of the records and the sources' headlines, ranked with BM25. Each field of a
/// record (its name, an alias, a title, a note, a quote...) is a document of its own; a record's score for a query is
/// the sum, over the query's words and phrases, of its best field's score, and every word or phrase must match.
/// </summary>
internal sealed class SearchIndex
{
    // BM25's usual constants: how fast repeated words stop counting, and how much field length counts.
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    // A word matches itself fully, the words it begins a little less, and the words one slip away less again.
    private const float ExactWeight = 1f;
    private const float PrefixWeight = 0.8f;
    private const float SlipWeight = 0.5f;
    private const int MinPrefixLength = 3;
    private const int MinSlipLength = 5;

    private readonly Owner[] _owners;
    private readonly FieldDoc[] _docs;
    private readonly string[] _terms; // ordinal order, so that the words a prefix begins are one range
    private readonly Posting[][] _postings; // by position in _terms
    private readonly Dictionary<string, int> _termIndex;
    private readonly float[] _idf; // by position in _terms
    private readonly float _averageLength;

    internal sealed record Owner(string Key, string Collection, IRecord? Record, Source? Source);

    private readonly record struct FieldDoc(int Owner, string Name, string Text, float Weight, int Length);

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

        void AddField(string name, string text, float weight)
        {
            if (!textTerms.TryGetValue(text, out var ids))
            {
                textTerms[text] = ids = terms.Read(text);
            }

            int doc = docs.Count;
            docs.Add(new FieldDoc(owners.Count - 1, name, text, weight, ids.Length));
            totalLength += ids.Length;
            for (int i = 0; i < ids.Length; i++)
            {
                terms.Postings[ids[i]].Add(new Posting(doc, i));
            }
        }

        foreach (var record in records)
        {
            owners.Add(new Owner(record.CitationKey, record.Collection, record, null));
            var seen = new HashSet<(string, string)>();
            foreach (var field in SearchFields.Of(record))
            {
                // A quote cited by a record and again by its batch counts once.
                if (seen.Add((field.Name, field.Text)))
                {
                    AddField(field.Name, field.Text, field.Weight);
                }
            }
        }

        foreach (var source in sources)
        {
            owners.Add(new Owner("sources/" + source.Id.Value, "sources", null, source));
            AddField("headline", source.Headline, 2f);
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

        // The ids of a text's words, in order; a word already met is found without making a string for it.
        public int[] Read(string text)
        {
            _read.Clear();
            var reader = new SearchText.WordReader(text, stackalloc char[SearchText.LongestWord * Data.NameIndex.MaxExpansion]);
#if NET9_0_OR_GREATER
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
            while (reader.Next(out _, out _, out var folded))
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
            }

            return [.. _read];
        }
    }

    public int TermCount => _terms.Length;

    public ImmutableArray<SearchHit> Search(string query, Func<Owner, bool> include, int limit)
    {
        var clauses = Parse(query);
        if (clauses.Count == 0 || limit <= 0)
        {
            return [];
        }

        var matchedTerms = new HashSet<int>();
        var perClause = new List<Dictionary<int, (float Score, int Doc)>>(clauses.Count);
        var docScores = new Dictionary<int, float>();
        foreach (var clause in clauses)
        {
            var scores = clause.Length == 1 && !clause[0].Quoted ? ScoreWord(clause[0].Word, matchedTerms) : ScorePhrase(clause, matchedTerms);
            var byOwner = new Dictionary<int, (float Score, int Doc)>();
            foreach (var (doc, score) in scores)
            {
                int owner = _docs[doc].Owner;
                float weighted = score * _docs[doc].Weight;
                docScores[doc] = docScores.GetValueOrDefault(doc) + weighted;
                if (!byOwner.TryGetValue(owner, out var best) || weighted > best.Score)
                {
                    byOwner[owner] = (weighted, doc);
                }
            }

            if (byOwner.Count == 0)
            {
                return [];
            }

            perClause.Add(byOwner);
        }

        var smallest = perClause.MinBy(c => c.Count)!;
        var found = new List<(int Owner, float Score, int Doc)>();
        foreach (var owner in smallest.Keys)
        {
            float total = 0;
            int bestDoc = -1;
            bool all = true;
            foreach (var clause in perClause)
            {
                if (!clause.TryGetValue(owner, out var hit))
                {
                    all = false;
                    break;
                }

                total += hit.Score;
                if (bestDoc < 0 || docScores[hit.Doc] > docScores[bestDoc])
                {
                    bestDoc = hit.Doc;
                }
            }

            if (all && include(_owners[owner]))
            {
                found.Add((owner, total, bestDoc));
            }
        }

        found.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(_owners[a.Owner].Key, _owners[b.Owner].Key));
        var marked = matchedTerms.Select(t => _terms[t]).ToHashSet(StringComparer.Ordinal);
        var hits = ImmutableArray.CreateBuilder<SearchHit>(Math.Min(limit, found.Count));
        foreach (var (owner, score, doc) in found.Take(limit))
        {
            var o = _owners[owner];
            hits.Add(new SearchHit(o.Key, o.Collection, o.Record, o.Source, score, _docs[doc].Name, Snippet(_docs[doc].Text, marked)));
        }

        return hits.MoveToImmutable();
    }

    /// <summary>The fields in which a phrase stands word for word (folded), for links between records.</summary>
    public IEnumerable<Owner> OwnersWithPhrase(string phrase)
    {
        var words = SearchText.Words(phrase).Select(w => new QueryWord(w.Folded, Quoted: true)).ToArray();
        return words.Length == 0 ? [] : ScorePhrase(words, []).Keys.Select(d => _owners[_docs[d].Owner]).Distinct();
    }

    private readonly record struct QueryWord(string Word, bool Quoted);

    // Words outside quotes are clauses of their own; the words of a quoted phrase form one clause.
    private static List<QueryWord[]> Parse(string query)
    {
        var clauses = new List<QueryWord[]>();
        var parts = query.Replace('“', '"').Replace('”', '"').Split('"');
        for (int i = 0; i < parts.Length; i++)
        {
            var words = SearchText.Words(parts[i]);
            bool quoted = i % 2 == 1;
            if (quoted && words.Count > 0)
            {
                clauses.Add([.. words.Select(w => new QueryWord(w.Folded, Quoted: true))]);
            }
            else if (!quoted)
            {
                clauses.AddRange(words.Select(w => new[] { new QueryWord(w.Folded, Quoted: false) }));
            }
        }

        return clauses;
    }

    // The index words that a query word matches, and how much each counts: itself, the words it begins, and (for longer
    // words) the words that begin with it but for one letter added, dropped or changed, such as "decommisions".
    private List<(int Term, float Weight)> Expand(string word, bool prefix, bool slip)
    {
        var terms = new List<(int, float)>();
        if (_termIndex.TryGetValue(word, out var exact))
        {
            terms.Add((exact, ExactWeight));
        }

        if (prefix && word.Length >= MinPrefixLength)
        {
            for (int i = LowerBound(word); i < _terms.Length && _terms[i].StartsWith(word, StringComparison.Ordinal); i++)
            {
                if (i != exact || terms.Count == 0)
                {
                    terms.Add((i, PrefixWeight));
                }
            }
        }

        if (slip && word.Length >= MinSlipLength)
        {
            // A slip in the first letter is not forgiven: it keeps the candidates to the words of one letter.
            int end = LowerBound(((char)(word[0] + 1)).ToString());
            for (int i = LowerBound(word[..1]); i < end; i++)
            {
                var term = _terms[i];
                if (!term.StartsWith(word, StringComparison.Ordinal) && BeginsWithinOneEdit(word, term))
                {
                    terms.Add((i, SlipWeight));
                }
            }
        }

        return terms;
    }

    private Dictionary<int, float> ScoreWord(string word, HashSet<int> matchedTerms)
    {
        var scores = new Dictionary<int, float>();
        foreach (var (term, weight) in Expand(word, prefix: true, slip: true))
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
    private Dictionary<int, float> ScorePhrase(QueryWord[] words, HashSet<int> matchedTerms)
    {
        var scores = new Dictionary<int, float>();
        var terms = new int[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            if (!_termIndex.TryGetValue(words[i].Word, out terms[i]))
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

    // About 160 characters around the first match, each matching word marked.
    private static string Snippet(string text, HashSet<string> marked)
    {
        const int before = 60, length = 160;
        var words = SearchText.Words(text);
        int first = words.FindIndex(w => marked.Contains(w.Folded));
        int start = first <= 0 ? 0 : words.First(w => w.Start >= words[first].Start - before).Start;
        int end = Math.Min(text.Length, start + length);
        if (end < text.Length && words.LastOrDefault(w => w.Start + w.Length <= end) is { Length: > 0 } last && last.Start > start)
        {
            end = last.Start + last.Length;
        }

        var snippet = new StringBuilder(end - start + 16);
        if (start > 0)
        {
            snippet.Append('…');
        }

        int at = start;
        foreach (var w in words)
        {
            if (w.Start < start || w.Start + w.Length > end || !marked.Contains(w.Folded))
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
}
