using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>A person with a defence, security or state post, or an expert whose claims the data cites.</summary>
public sealed record Person : INamedRecord
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Person()
    {
    }

    /// <summary>Whether <paramref name="other"/> is the same record: records are equal when their citation keys are.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>True when both have the same id.</returns>
    public bool Equals(Person? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
    /// <inheritdoc />
    public string Collection => "people";

    /// <summary>The person's id, such as <c>andrei-raukou</c>.</summary>
    public Id<Person> Id { get; internal init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public string Name { get; internal init; } = null!;

    /// <inheritdoc />
    public ValueArray<string> Aliases { get; internal init; }

    /// <summary>The posts the sources show the person in.</summary>
    public ValueArray<Post> Posts { get; internal init; }

    /// <summary>A curator's note, not a quote.</summary>
    public string? Note { get; internal init; }

    /// <inheritdoc />
    public ValueArray<Evidence> Evidence { get; internal init; }

    /// <summary>The id and name.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Name}";
}

/// <summary>A post a <see cref="Person"/> held at a date.</summary>
public sealed record Post : Claimed
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Post()
    {
    }
    /// <summary>The post's title, such as "Minister of Defence".</summary>
    public string Title { get; internal init; } = null!;

    /// <summary>The organisation of the post, if any.</summary>
    public Organisation? Organisation { get; internal init; }

    /// <summary>The id of <see cref="Organisation"/>.</summary>
    public Id<Organisation>? OrganisationId => Organisation?.Id;

    /// <summary>The unit of the post, if any.</summary>
    public Unit? Unit { get; internal init; }

    /// <summary>The id of <see cref="Unit"/>.</summary>
    public Id<Unit>? UnitId => Unit?.Id;

    /// <summary>The country of the post, if stated.</summary>
    public Country? Country { get; internal init; }

    /// <summary>When the sources show the person in the post.</summary>
    public EdtfDate? Date { get; internal init; }

    /// <summary>Title and date.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Title} ({Date?.ToString() ?? "undated"})";
}
