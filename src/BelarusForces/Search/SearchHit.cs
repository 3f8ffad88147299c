using System.Collections.Immutable;
using BelarusForces.Model;

namespace BelarusForces.Search;

/// <summary>A record (or a source) that a search found, with its score and the text that matched.</summary>
public sealed record SearchHit
{
    internal SearchHit(string key, string collection, IRecord? record, Source? source, double score, string field, string snippet, int matchedWords, int queryWords, ImmutableArray<string> missing, Evidence? evidence)
    {
        MatchedWords = matchedWords;
        QueryWords = queryWords;
        Missing = missing;
        Evidence = evidence;
        Key = key;
        Collection = collection;
        Record = record;
        Source = source;
        Score = score;
        Field = field;
        Snippet = snippet;
    }

    /// <summary>The citation key, such as <c>events/...</c>, or <c>sources/ID</c> for a source's headline.</summary>
    public string Key { get; }

    /// <summary>The collection, such as <c>people</c>; <c>sources</c> for a source.</summary>
    public string Collection { get; }

    /// <summary>The record found; <see langword="null"/> when the hit is a source.</summary>
    public IRecord? Record { get; }

    /// <summary>The source found, when the hit is a source's headline; otherwise <see langword="null"/>.</summary>
    public Source? Source { get; }

    /// <summary>The relevance (BM25, weighted by field: names count most); higher is better. Only comparable within one search.</summary>
    public double Score { get; }

    /// <summary>The field that matched best, in snake_case: <c>name</c>, <c>aliases</c>, <c>title</c>, <c>posts</c>, <c>note</c>, <c>hedge</c>, <c>quote</c>, <c>headline</c>...</summary>
    public string Field { get; }

    /// <summary>
    /// The matching text around the match, at most about 160 characters, with each matching word between
    /// <see cref="MarkStart"/> and <see cref="MarkEnd"/> and <c>…</c> where the text is cut.
    /// </summary>
    public string Snippet { get; }

    /// <summary>How many of the query's words (a quoted phrase counting as one) the hit matches.</summary>
    public int MatchedWords { get; }

    /// <summary>How many words (a quoted phrase counting as one) the query has, leaving out words such as "the" or "of" when it has others.</summary>
    public int QueryWords { get; }

    /// <summary>Whether the hit matches only some of the query's words; such hits come after every hit that matches all.</summary>
    public bool IsPartial => MatchedWords < QueryWords;

    /// <summary>The query's words that the hit does not match, as typed; empty when it matches all.</summary>
    public ImmutableArray<string> Missing { get; }

    /// <summary>What matched: <c>all words</c>, or such as <c>2 of 3 words</c>.</summary>
    public string Matched => IsPartial ? $"{MatchedWords} of {QueryWords} words" : "all words";

    /// <summary>
    /// Where the hit comes from: the quote that matched, or else the record's first quote; <see langword="null"/> for a
    /// source's headline. Its <see cref="Evidence.Source"/> gives the headline and date, its <see cref="Evidence.Line"/>
    /// the seed line.
    /// </summary>
    public Evidence? Evidence { get; }

    /// <summary>The mark before a matching word in <see cref="Snippet"/>: <c>«</c>.</summary>
    public const char MarkStart = '«';

    /// <summary>The mark after a matching word in <see cref="Snippet"/>: <c>»</c>.</summary>
    public const char MarkEnd = '»';

    /// <summary>The key, field and snippet, and what matched when only some words did.</summary>
    /// <returns>A line such as <c>people/... (posts): «Deputy» «Defence» «Minister»</c>.</returns>
    public override string ToString() => IsPartial ? $"{Key} ({Field}, {Matched}): {Snippet}" : $"{Key} ({Field}): {Snippet}";
}
