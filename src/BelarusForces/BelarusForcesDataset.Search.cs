using System.Collections.Immutable;
using BelarusForces.Data;
using BelarusForces.Model;
using BelarusForces.Queries;
using BelarusForces.Search;

namespace BelarusForces;

// Search, links between records, posts and events: indexes built from the loaded records on first use, so that a
// loaded directory is searchable like the embedded data.
public sealed partial class BelarusForcesDataset
{

    private SearchIndex? _search;
    private ReferenceIndex? _references;

    // Read first, so that a call after the first makes no delegate; two threads racing may both build, one index wins.
    internal SearchIndex SearchIndex => Volatile.Read(ref _search) ?? LazyInitializer.EnsureInitialized(ref _search, () => new SearchIndex(AllRecords(), Sources.Values));

    private ReferenceIndex References => Volatile.Read(ref _references) ?? LazyInitializer.EnsureInitialized(ref _references, () => new ReferenceIndex(this, SearchIndex));

    /// <summary>The longest text <see cref="Search"/> takes, in characters.</summary>
    public const int MaxSearchLength = 1000;

    /// <summary>The most words <see cref="Search"/> takes.</summary>
    public const int MaxSearchWords = 64;

    /// <summary>
    /// Ranked full-text search over every record's names, aliases, titles, posts, summaries, notes, hedges and evidence
    /// quotes, and over the sources' headlines.
    /// </summary>
    /// <remarks>
    /// Words are folded as names are (<see cref="NameFolding.Normalize(string)"/>): case, diacritics and punctuation do
    /// not count, and non-breaking spaces and curly quotes equal their plain forms; an apostrophe or a hyphen inside a
    /// word joins it (<c>Zas’</c> = <c>Zas'</c>, <c>T-72B</c> = <c>T72B</c>, <c>Su-30</c> = <c>Su30</c>), and the parts of a
    /// hyphenated word are words too. A word also matches its other forms (Porter2 English stems: <c>modernised</c> finds
    /// "modernisation"), the number it spells (<c>twelve</c> finds "12" and back), the words it begins
    /// (<c>decommission</c> finds "decommissions") and, from five letters on, the words that begin with it but for one
    /// letter added, dropped or changed after the first (so it also finds "decommisions"). Words that are a name or
    /// alias of a record (<c>Ravkov</c>, <c>West 2017</c>) also match that record's other names, so that the records
    /// mentioning it under another spelling are found. Words in double quotes match as a phrase, and every phrase must
    /// match. Records that match every word come first; then those that match most of them
    /// (<see cref="SearchHit.Matched"/>, such as "2 of 3 words"), so that a query with one word the text lacks still
    /// finds what it can; words such as "the" or "of" are left out of a query that has others. Within each, records
    /// are ranked by BM25, a match in a name counting three times, in an alias two and a half, in a title, post or
    /// headline twice, and a record whose name is the whole query first.
    /// </remarks>
    /// <param name="text">The words to find, such as <c>urban warfare</c> or <c>"Deputy Defence Minister"</c>.</param>
    /// <param name="collection">Only records of this collection (such as <c>events</c>, or <c>sources</c> for headlines); <see langword="null"/> for all.</param>
    /// <param name="date">Only records with a date that matches (see <see cref="IRecord.AllDates"/>); <see langword="null"/> for all.</param>
    /// <param name="limit">The most hits to return.</param>
    /// <returns>The hits, best first; ties in key order. Empty only when no word matches.</returns>
    /// <exception cref="ArgumentException">The text is longer than <see cref="MaxSearchLength"/> characters or has more than <see cref="MaxSearchWords"/> words.</exception>
    /// <exception cref="ArgumentException"><paramref name="collection"/> is not the name of a collection.</exception>
    /// <example>
    /// <code>
    /// foreach (var hit in BelarusForcesDataset.Current.Search("urban warfare", limit: 5)) Console.WriteLine(hit);
    /// </code>
    /// </example>
    public ImmutableArray<SearchHit> Search(string text, string? collection = null, DateFilter? date = null, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (text.Length > MaxSearchLength)
        {
            throw new ArgumentException($"The search text is {text.Length} characters long; it may have at most {MaxSearchLength}.", nameof(text));
        }

        if (SearchText.Words(text).Count(w => !w.IsPart) is var words && words > MaxSearchWords)
        {
            throw new ArgumentException($"The search text has {words} words; it may have at most {MaxSearchWords}.", nameof(text));
        }

        if (collection is not null && !BelarusForces.Data.Collections.All.Any(c => c.Name == collection))
        {
            throw new ArgumentException($"'{collection}' is not a collection; use one of {string.Join(", ", BelarusForces.Data.Collections.All.Select(c => c.Name))}", nameof(collection));
        }

        return SearchIndex.Search(
            text,
            owner => (collection is null || owner.Collection == collection)
                && (date is not { } d || (owner.Record is { } r ? d.Matches(r) : d.Matches(owner.Source!.Published))),
            limit);
    }

    /// <summary>
    /// Everything that points at a record: a unit's subunits, the people with posts in it, its holdings, procurements,
    /// events and indicators; an equipment type's procurements, holders, variants and events; an organisation's posts,
    /// products and memberships; and, for any named record, the records whose text names it (a person's statements,
    /// the exercises a unit took part in).
    /// </summary>
    /// <param name="record">A record of this dataset.</param>
    /// <returns>The referring records, each with the field that refers; empty when none. Computed once, on first use.</returns>
    /// <example>
    /// <code>
    /// var sof = dataset.Units[new Id&lt;Unit&gt;("special-operations-forces")];
    /// foreach (var reference in dataset.ReferencesTo(sof)) Console.WriteLine(reference);
    /// </code>
    /// </example>
    public ImmutableArray<RecordReference> ReferencesTo(IRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return References.To(record);
    }

    /// <summary>The records that cite a source in their evidence.</summary>
    /// <param name="source">A source of this dataset.</param>
    /// <returns>The records, in collection order, each with the field <c>evidence</c>.</returns>
    public ImmutableArray<RecordReference> ReferencesTo(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return References.Citing(source);
    }

    /// <summary>Who held which post, in which unit or organisation, and when.</summary>
    /// <param name="title">Only posts whose title contains these words, folded as names are (<c>commander</c>, <c>Deputy Defence Minister</c>); <see langword="null"/> for all.</param>
    /// <param name="unit">Only posts in this unit.</param>
    /// <param name="organisation">Only posts in this organisation.</param>
    /// <param name="date">Only posts whose date matches.</param>
    /// <returns>The posts with their holders, person by person in file order.</returns>
    /// <example>
    /// <code>
    /// foreach (var holding in dataset.Posts(title: "commander")) Console.WriteLine(holding);
    /// </code>
    /// </example>
    public ImmutableArray<PostHolding> Posts(string? title = null, Unit? unit = null, Organisation? organisation = null, DateFilter? date = null)
    {
        var key = title is null ? null : NameFolding.Normalize(title);
        return [.. People.SelectMany(person => person.Posts.Select(post => new PostHolding(person, post)))
            .Where(h => (key is null || NameFolding.Normalize(h.Post.Title).Contains(key, StringComparison.Ordinal))
                && (unit is null || ReferenceEquals(h.Post.Unit, unit))
                && (organisation is null || ReferenceEquals(h.Post.Organisation, organisation))
                && (date is not { } d || (h.Post.Date is { } postDate && d.Matches(postDate))))];
    }

    /// <summary>Events by date, unit, person, equipment and kind; every filter given must hold.</summary>
    /// <param name="date">Only events whose date matches.</param>
    /// <param name="unit">Only events that involve this unit.</param>
    /// <param name="person">Only events whose title, note or quotes name this person.</param>
    /// <param name="equipment">Only events that involve this equipment type.</param>
    /// <param name="kind">Only events of this kind.</param>
    /// <returns>The events, in file order.</returns>
    /// <example>
    /// <code>
    /// var tests2017 = dataset.FindEvents(date: DateFilter.MayInclude(EdtfDate.Parse("2017")), kind: EventKind.Test);
    /// </code>
    /// </example>
    public ImmutableArray<MilitaryEvent> FindEvents(DateFilter? date = null, Unit? unit = null, Person? person = null, EquipmentType? equipment = null, EventKind? kind = null)
    {
        var naming = person is null ? null : ReferencesTo(person).Select(r => r.Record).ToHashSet(ReferenceEqualityComparer.Instance);
        return [.. Events.Where(e => (date is not { } d || (e.Date is { } eventDate && d.Matches(eventDate)))
            && (unit is null || e.Units.Contains(unit))
            && (naming is null || naming.Contains(e))
            && (equipment is null || e.Equipment.Contains(equipment))
            && (kind is null || e.Kind == kind))];
    }
}
