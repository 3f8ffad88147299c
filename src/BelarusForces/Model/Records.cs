using BelarusForces.Data;
using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>A record of any collection: it has an id, carries its evidence and can be cited.</summary>
public interface IRecord
{
    /// <summary>The collection's name, such as <c>procurements</c>.</summary>
    string Collection { get; }

    /// <summary>The record's id within its collection.</summary>
    string Id { get; }

    /// <summary>The verbatim quotes that back the record; never empty.</summary>
    ValueArray<Evidence> Evidence { get; }

    /// <summary>The record's citation key, <c>collection/id</c>, such as <c>procurements/cs-vn3-from-china</c>.</summary>
    string CitationKey { get; }

    /// <summary>What the record is called: its name, an event's title, or a line such as <c>acquisition of Su-30SM from Russia</c>.</summary>
    string Title { get; }

    /// <summary>A curator's note on the record, not a quote; null when there is none.</summary>
    string? Note { get; }

    /// <summary>Every claim the record makes: itself, when it is a claim, then each item of its nested lists that is one (deliveries, posts, strength figures, observations, statistics).</summary>
    IReadOnlyList<IClaim> Claims => Collections.Named(Collection).ClaimsOf(this);

    /// <summary>Every date the record gives, its own fields first, then its nested lists': what date filters and timelines read.</summary>
    IReadOnlyList<EdtfDate> AllDates => Collections.Named(Collection).DatesOf(this);

    /// <summary>The date the record is best known by: the first of <see cref="AllDates"/>; null when it gives none.</summary>
    EdtfDate? Date => AllDates.Count > 0 ? AllDates[0] : null;
}

/// <summary>A record with a name and the other spellings the sources use.</summary>
public interface INamedRecord : IRecord
{
    /// <summary>The usual English name.</summary>
    string Name { get; }

    /// <summary>The other spellings and transliterations, such as <c>Raŭkoŭ</c> and <c>Ravkov</c>.</summary>
    ValueArray<string> Aliases { get; }

    /// <summary>A named record's title is its name.</summary>
    string IRecord.Title => Name;
}

/// <summary>A statement that the source makes with a certain hedge.</summary>
public interface IClaim
{
    /// <summary>How the source presents the claim.</summary>
    ClaimStatus Claim { get; }

    /// <summary>The source's own hedging words, verbatim ("most probably", "allegedly"), if any.</summary>
    string? Hedge { get; }

    /// <summary>The verbatim quotes that back the claim.</summary>
    ValueArray<Evidence> Evidence { get; }
}

/// <summary>A fact as a source states it: how it is claimed, the source's hedge, a curator's note and the quotes.</summary>
public abstract record Claimed : IClaim
{
    private protected Claimed()
    {
    }

    /// <inheritdoc />
    public ClaimStatus Claim { get; internal init; }

    /// <inheritdoc />
    public string? Hedge { get; internal init; }

    /// <summary>A curator's note, not a quote.</summary>
    public string? Note { get; internal init; }

    /// <inheritdoc />
    public ValueArray<Evidence> Evidence { get; internal init; }
}

/// <summary>A verbatim quote from a source article that backs a fact.</summary>
/// <remarks>Two pieces of evidence are equal when they cite the same source with the same quote.</remarks>
public sealed record Evidence
{

    internal Evidence(Source source, string quote, int line)
    {
        Source = source;
        Quote = quote;
        Line = line;
    }

    /// <summary>The article the quote comes from.</summary>
    public Source Source { get; }

    /// <summary>The quote, character for character as in the seed text.</summary>
    public string Quote { get; }

    /// <summary>The 1-based line of the seed file where the quote starts; 0 when it is not known (data loaded without its seeds).</summary>
    public int Line { get; }

    /// <summary>Whether <paramref name="other"/> cites the same source with the same quote.</summary>
    /// <param name="other">The evidence to compare with.</param>
    /// <returns>True when both are equal.</returns>
    public bool Equals(Evidence? other) =>
        ReferenceEquals(this, other) || (other is not null && Source.Id == other.Source.Id && string.Equals(Quote, other.Quote, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source.Id, StringComparer.Ordinal.GetHashCode(Quote));

    /// <summary>The quote and its source id.</summary>
    /// <returns>A line such as <c>“...” (arms-exports-grow-2018)</c>.</returns>
    public override string ToString() => $"“{Quote}” ({Source.Id})";
}

/// <summary>One article of the seed texts, which evidence quotes cite.</summary>
public sealed record Source
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Source()
    {
    }
    /// <summary>The source's id, such as <c>belarus-reviews-defence-policy-2018</c>.</summary>
    public Id<Source> Id { get; internal init; }

    /// <summary>The article's headline.</summary>
    public string Headline { get; internal init; } = null!;

    /// <summary>The seed file that holds the article, such as <c>000_925b1f25f93f0159.txt</c>.</summary>
    public string SeedFile { get; internal init; } = null!;

    /// <summary>The article's first line in the seed file (1-based).</summary>
    public int FirstLine { get; internal init; }

    /// <summary>The article's last line in the seed file (1-based, inclusive).</summary>
    public int LastLine { get; internal init; }

    /// <summary>The publication date, inferred from the article's content.</summary>
    public EdtfDate Published { get; internal init; }

    /// <summary>How the publication date was inferred.</summary>
    public string PublishedInference { get; internal init; } = null!;

    /// <summary>The id and headline.</summary>
    /// <returns>A line such as <c>arms-exports-grow-2018: Belarusian arms exports grow ... (2018-02~)</c>.</returns>
    public override string ToString() => $"{Id}: {Headline} ({Published})";
}

/// <summary>A party to an exercise, an agreement or an event: a country or an international organisation.</summary>
public sealed record Party
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Party()
    {
    }
    /// <summary>The country, when the party is a country.</summary>
    public Country? Country { get; internal init; }

    /// <summary>The organisation, when the party is an organisation.</summary>
    public Organisation? Organisation { get; internal init; }

    /// <summary>The raw reference as the data writes it: a country code (<c>BY</c>) or an organisation id (<c>csto</c>).</summary>
    public string Reference { get; internal init; } = null!;

    /// <summary>The party's name: the country's or the organisation's.</summary>
    public string Name => Country?.Name ?? Organisation!.Name;

    /// <summary>The raw reference.</summary>
    /// <returns>The country code or organisation id.</returns>
    public override string ToString() => Reference;
}
