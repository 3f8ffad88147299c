using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>A military site: a base, a missile site, a training ground.</summary>
public sealed record Site : Claimed, INamedRecord
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Site()
    {
    }

    /// <summary>Whether <paramref name="other"/> is the same record: records are equal when their citation keys are.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>True when both have the same id.</returns>
    public bool Equals(Site? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
    /// <inheritdoc />
    public string Collection => "sites";

    /// <summary>The site's id.</summary>
    public Id<Site> Id { get; internal init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public string Name { get; internal init; } = null!;

    /// <inheritdoc />
    public ValueArray<string> Aliases { get; internal init; }

    /// <summary>What kind of site, such as <c>air-defence-site</c> or <c>training-ground</c>.</summary>
    public string Kind { get; internal init; } = null!;

    /// <summary>Its country, if stated.</summary>
    public Country? Country { get; internal init; }

    /// <summary>Where it is, if stated.</summary>
    public string? Location { get; internal init; }

    /// <summary>The id and name.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Name}";
}
