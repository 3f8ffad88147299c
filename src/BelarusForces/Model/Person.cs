using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>A person with a defence, security or state post, or an expert whose claims the data cites.</summary>
public sealed record Person : INamedRecord
{
    /// <inheritdoc />
    public string Collection => "people";

    /// <summary>The person's id, such as <c>andrei-raukou</c>.</summary>
    public required Id<Person> Id { get; init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <inheritdoc />
    public required ValueArray<string> Aliases { get; init; }

    /// <summary>The posts the sources show the person in.</summary>
    public required ValueArray<Post> Posts { get; init; }

    /// <summary>A curator's note, not a quote.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required ValueArray<Evidence> Evidence { get; init; }

    /// <summary>The id and name.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Name}";
}

/// <summary>A post a <see cref="Person"/> held at a date.</summary>
public sealed record Post : Claimed
{
    /// <summary>The post's title, such as "Minister of Defence".</summary>
    public required string Title { get; init; }

    /// <summary>The organisation of the post, if any.</summary>
    public Organisation? Organisation { get; init; }

    /// <summary>The id of <see cref="Organisation"/>.</summary>
    public Id<Organisation>? OrganisationId { get; init; }

    /// <summary>The unit of the post, if any.</summary>
    public Unit? Unit { get; init; }

    /// <summary>The id of <see cref="Unit"/>.</summary>
    public Id<Unit>? UnitId { get; init; }

    /// <summary>The country of the post, if stated.</summary>
    public Country? Country { get; init; }

    /// <summary>When the sources show the person in the post.</summary>
    public EdtfDate? Date { get; init; }

    /// <summary>Title and date.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Title} ({Date?.ToString() ?? "undated"})";
}
