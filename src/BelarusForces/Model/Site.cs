using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>A military site: a base, a missile site, a training ground.</summary>
public sealed record Site : Claimed, INamedRecord
{
    /// <inheritdoc />
    public string Collection => "sites";

    /// <summary>The site's id.</summary>
    public required Id<Site> Id { get; init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <inheritdoc />
    public required ValueArray<string> Aliases { get; init; }

    /// <summary>What kind of site, such as <c>air-defence-site</c> or <c>training-ground</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Its country, if stated.</summary>
    public Country? Country { get; init; }

    /// <summary>Where it is, if stated.</summary>
    public string? Location { get; init; }

    /// <summary>The id and name.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Name}";
}
