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
/// <remarks>
/// Two pieces of evidence are equal when they have equal sources and the same quote. The package's own quotes stay
/// UTF-8 in the assembly until <see cref="Quote"/> is first read, so that loading does not make a thousand strings
/// most programs never print.
/// </remarks>
public sealed record Evidence
{
    private readonly ReadOnlyMemory<byte> _utf8Quote;
    private string? _quote;

    /// <summary>Creates evidence; set <see cref="Source"/> and <see cref="Quote"/>.</summary>
    public Evidence()
    {
    }

    // A quote left in the data file, decoded on first read; the loader has checked that it is valid UTF-8. Quote is
    // not null after this constructor: its getter decodes it, which the compiler's flow analysis cannot see.
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
#pragma warning disable CS8618
    internal Evidence(Source source, ReadOnlyMemory<byte> utf8Quote)
#pragma warning restore CS8618
    {
        Source = source;
        _utf8Quote = utf8Quote;
    }

    /// <summary>The article the quote comes from.</summary>
    public required Source Source { get; init; }

    /// <summary>The quote, character for character as in the seed text.</summary>
    public required string Quote
    {
        get => _quote ??= System.Text.Encoding.UTF8.GetString(_utf8Quote.Span);
        init => _quote = value;
    }

    /// <summary>Whether <paramref name="other"/> has an equal source and the same quote.</summary>
    /// <param name="other">The evidence to compare with.</param>
    /// <returns>True when both are equal.</returns>
    public bool Equals(Evidence? other) =>
        ReferenceEquals(this, other) || (other is not null && Source.Equals(other.Source) && string.Equals(Quote, other.Quote, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, StringComparer.Ordinal.GetHashCode(Quote));

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
