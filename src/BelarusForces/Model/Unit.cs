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
    /// <inheritdoc />
    public string Collection => "units";

    /// <summary>The unit's id, such as <c>special-operations-forces</c>.</summary>
    public required Id<Unit> Id { get; init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <inheritdoc />
    public required ValueArray<string> Aliases { get; init; }

    /// <summary>The country whose forces the unit belongs to; <see langword="null"/> for multinational formations.</summary>
    public Country? Country { get; init; }

    /// <summary>What kind of formation it is.</summary>
    public required UnitKind Kind { get; init; }

    /// <summary>The unit it belongs to, if any.</summary>
    public Unit? Parent { get; init; }

    /// <summary>The id of <see cref="Parent"/>, as the data writes it.</summary>
    public Id<Unit>? ParentId { get; init; }

    /// <summary>When the unit was established, if the sources say.</summary>
    public EdtfDate? Established { get; init; }

    /// <summary>Personnel strength as the sources give it, date by date.</summary>
    public required ValueArray<StrengthObservation> Strength { get; init; }

    /// <summary>The id and name.</summary>
    /// <returns>A line such as <c>special-operations-forces: Special Operations Forces (BY)</c>.</returns>
    public override string ToString() => $"{Id}: {Name} ({Country?.Code ?? "multinational"})";
}

/// <summary>A unit's personnel strength at a date.</summary>
public sealed record StrengthObservation : Claimed
{
    /// <summary>When the figure applies.</summary>
    public required EdtfDate Date { get; init; }

    /// <summary>The number of personnel, with its qualifier.</summary>
    public required Quantity Personnel { get; init; }

    /// <summary>The figure and its date.</summary>
    /// <returns>A line such as <c>5000..7000 personnel (2017)</c>.</returns>
    public override string ToString() => $"{Personnel} personnel ({Date})";
}
