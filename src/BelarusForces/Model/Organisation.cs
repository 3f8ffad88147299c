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
    /// <inheritdoc />
    public string Collection => "organisations";

    /// <summary>The organisation's id, such as <c>csto</c>.</summary>
    public required Id<Organisation> Id { get; init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <inheritdoc />
    public required ValueArray<string> Aliases { get; init; }

    /// <summary>What kind of body it is.</summary>
    public required OrganisationKind Kind { get; init; }

    /// <summary>Its country, if it belongs to one.</summary>
    public Country? Country { get; init; }

    /// <summary>Where it is based, if stated.</summary>
    public string? Location { get; init; }

    /// <summary>The organisation it belongs to, if any.</summary>
    public Organisation? Parent { get; init; }

    /// <summary>The id of <see cref="Parent"/>.</summary>
    public Id<Organisation>? ParentId { get; init; }

    /// <summary>Member countries the sources name, for international organisations.</summary>
    public required ValueArray<Country> Members { get; init; }

    /// <summary>A curator's note, not a quote.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required ValueArray<Evidence> Evidence { get; init; }

    /// <summary>The id and name.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Name}";
}
