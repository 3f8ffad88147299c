using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>What kind of formation a <see cref="Unit"/> is.</summary>
public enum UnitKind
{
    /// <summary>A country's armed forces as a whole.</summary>
    ArmedForces,
    /// <summary>A service, such as the air force or the Special Operations Forces.</summary>
    Service,
    /// <summary>A branch or arm within a service.</summary>
    Branch,
    /// <summary>A command or headquarters, such as the General Staff.</summary>
    Command,
    /// <summary>A formation above brigade level, such as a joint group of forces.</summary>
    Formation,
    /// <summary>A brigade.</summary>
    Brigade,
    /// <summary>A regiment.</summary>
    Regiment,
    /// <summary>A battalion.</summary>
    Battalion,
    /// <summary>Another unit.</summary>
    Unit,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A unit or formation of armed forces, with its place in the hierarchy and its strength over time.</summary>
public sealed record Unit : Claimed, INamedRecord
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Unit()
    {
    }

    /// <summary>Whether <paramref name="other"/> is the same record: records are equal when their citation keys are.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>True when both have the same id.</returns>
    public bool Equals(Unit? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
    /// <inheritdoc />
    public string Collection => "units";

    /// <summary>The unit's id, such as <c>special-operations-forces</c>.</summary>
    public Id<Unit> Id { get; internal init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public string Name { get; internal init; } = null!;

    /// <inheritdoc />
    public ValueArray<string> Aliases { get; internal init; }

    /// <summary>The country whose forces the unit belongs to; <see langword="null"/> for multinational formations.</summary>
    public Country? Country { get; internal init; }

    /// <summary>What kind of formation it is.</summary>
    public UnitKind Kind { get; internal init; }

    /// <summary>The unit it belongs to, if any.</summary>
    public Unit? Parent { get; internal init; }

    /// <summary>The id of <see cref="Parent"/>, as the data writes it.</summary>
    public Id<Unit>? ParentId => Parent?.Id;

    /// <summary>When the unit was established, if the sources say.</summary>
    public EdtfDate? Established { get; internal init; }

    /// <summary>Personnel strength as the sources give it, date by date.</summary>
    public ValueArray<StrengthObservation> Strength { get; internal init; }

    /// <summary>The id and name.</summary>
    /// <returns>A line such as <c>special-operations-forces: Special Operations Forces (BY)</c>.</returns>
    public override string ToString() => $"{Id}: {Name} ({Country?.Code ?? "multinational"})";
}

/// <summary>A unit's personnel strength at a date.</summary>
public sealed record StrengthObservation : Claimed
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal StrengthObservation()
    {
    }
    /// <summary>When the figure applies.</summary>
    public EdtfDate Date { get; internal init; }

    /// <summary>The number of personnel, with its qualifier.</summary>
    public Quantity Personnel { get; internal init; }

    /// <summary>The figure and its date.</summary>
    /// <returns>A line such as <c>5000..7000 personnel (2017)</c>.</returns>
    public override string ToString() => $"{Personnel} personnel ({Date})";
}
