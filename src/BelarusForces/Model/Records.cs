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
}

/// <summary>A record with a name and the other spellings the sources use.</summary>
public interface INamedRecord : IRecord
{
    /// <summary>The usual English name.</summary>
    string Name { get; }

    /// <summary>The other spellings and transliterations, such as <c>Raŭkoŭ</c> and <c>Ravkov</c>.</summary>
    ValueArray<string> Aliases { get; }
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
    /// <inheritdoc />
    public required ClaimStatus Claim { get; init; }

    /// <inheritdoc />
    public string? Hedge { get; init; }

    /// <summary>A curator's note, not a quote.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required ValueArray<Evidence> Evidence { get; init; }
}

/// <summary>A verbatim quote from a source article that backs a fact.</summary>
public sealed record Evidence
{
    /// <summary>The article the quote comes from.</summary>
    public required Source Source { get; init; }

    /// <summary>The quote, character for character as in the seed text.</summary>
    public required string Quote { get; init; }

    /// <summary>The quote and its source id.</summary>
    /// <returns>A line such as <c>“...” (arms-exports-grow-2018)</c>.</returns>
    public override string ToString() => $"“{Quote}” ({Source.Id})";
}

/// <summary>One article of the seed texts, which evidence quotes cite.</summary>
public sealed record Source
{
    /// <summary>The source's id, such as <c>belarus-reviews-defence-policy-2018</c>.</summary>
    public required Id<Source> Id { get; init; }

    /// <summary>The article's headline.</summary>
    public required string Headline { get; init; }

    /// <summary>The seed file that holds the article, such as <c>000_925b1f25f93f0159.txt</c>.</summary>
    public required string SeedFile { get; init; }

    /// <summary>The article's first line in the seed file (1-based).</summary>
    public required int FirstLine { get; init; }

    /// <summary>The article's last line in the seed file (1-based, inclusive).</summary>
    public required int LastLine { get; init; }

    /// <summary>The publication date, inferred from the article's content.</summary>
    public required EdtfDate Published { get; init; }

    /// <summary>How the publication date was inferred.</summary>
    public required string PublishedInference { get; init; }

    /// <summary>The id and headline.</summary>
    /// <returns>A line such as <c>arms-exports-grow-2018: Belarusian arms exports grow ... (2018-02~)</c>.</returns>
    public override string ToString() => $"{Id}: {Headline} ({Published})";
}

/// <summary>A party to an exercise, an agreement or an event: a country or an international organisation.</summary>
public sealed record Party
{
    /// <summary>The country, when the party is a country.</summary>
    public Country? Country { get; init; }

    /// <summary>The organisation, when the party is an organisation.</summary>
    public Organisation? Organisation { get; init; }

    /// <summary>The raw reference as the data writes it: a country code (<c>BY</c>) or an organisation id (<c>csto</c>).</summary>
    public required string Reference { get; init; }

    /// <summary>The party's name: the country's or the organisation's.</summary>
    public string Name => Country?.Name ?? Organisation!.Name;

    /// <summary>The raw reference.</summary>
    /// <returns>The country code or organisation id.</returns>
    public override string ToString() => Reference;
}
