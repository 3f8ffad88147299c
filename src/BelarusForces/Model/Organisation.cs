using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>What kind of body an <see cref="Organisation"/> is.</summary>
public enum OrganisationKind
{
    /// <summary>A ministry, committee, council or other state body.</summary>
    StateBody,
    /// <summary>A defence-industry company or plant.</summary>
    DefenceIndustry,
    /// <summary>An international organisation such as the CSTO, NATO or the UN.</summary>
    InternationalOrganisation,
    /// <summary>A military academy or faculty.</summary>
    MilitaryEducation,
    /// <summary>A newspaper, agency or broadcaster.</summary>
    Media,
    /// <summary>A think tank or research centre.</summary>
    ThinkTank,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>An organisation: the defence industry, state bodies, international organisations, media.</summary>
public sealed record Organisation : INamedRecord
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Organisation()
    {
    }

    /// <summary>Whether <paramref name="other"/> is the same record: records are equal when their citation keys are.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>True when both have the same id.</returns>
    public bool Equals(Organisation? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
    /// <inheritdoc />
    public string Collection => "organisations";

    /// <summary>The organisation's id, such as <c>csto</c>.</summary>
    public Id<Organisation> Id { get; internal init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public string Name { get; internal init; } = null!;

    /// <inheritdoc />
    public ValueArray<string> Aliases { get; internal init; }

    /// <summary>What kind of body it is.</summary>
    public OrganisationKind Kind { get; internal init; }

    /// <summary>Its country, if it belongs to one.</summary>
    public Country? Country { get; internal init; }

    /// <summary>Where it is based, if stated.</summary>
    public string? Location { get; internal init; }

    /// <summary>The organisation it belongs to, if any.</summary>
    public Organisation? Parent { get; internal init; }

    /// <summary>The id of <see cref="Parent"/>.</summary>
    public Id<Organisation>? ParentId => Parent?.Id;

    /// <summary>Member countries the sources name, for international organisations.</summary>
    public ValueArray<Country> Members { get; internal init; }

    /// <summary>A curator's note, not a quote.</summary>
    public string? Note { get; internal init; }

    /// <inheritdoc />
    public ValueArray<Evidence> Evidence { get; internal init; }

    /// <summary>The id and name.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Name}";
}
