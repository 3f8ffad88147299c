using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>The level of an <see cref="Exercise"/>.</summary>
public enum ExerciseLevel
{
    /// <summary>Strategic.</summary>
    Strategic,
    /// <summary>Operational.</summary>
    Operational,
    /// <summary>Tactical.</summary>
    Tactical,
    /// <summary>Battalion-level tactical.</summary>
    BattalionTactical,
    /// <summary>Another level.</summary>
    Other,
}

/// <summary>Whether an <see cref="Exercise"/> is held with other countries.</summary>
public enum ExerciseKind
{
    /// <summary>Held with other countries' forces.</summary>
    Joint,
    /// <summary>Held by one country's forces alone.</summary>
    National,
}

/// <summary>A military exercise, with its dates, participants, observers and statistics.</summary>
public sealed record Exercise : Claimed, INamedRecord
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Exercise()
    {
    }

    /// <summary>Whether <paramref name="other"/> is the same record: records are equal when their citation keys are.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>True when both have the same id.</returns>
    public bool Equals(Exercise? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
    /// <inheritdoc />
    public string Collection => "exercises";

    /// <summary>The exercise's id, such as <c>west-2017</c>.</summary>
    public Id<Exercise> Id { get; internal init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public string Name { get; internal init; } = null!;

    /// <inheritdoc />
    public ValueArray<string> Aliases { get; internal init; }

    /// <summary>When it was held.</summary>
    public EdtfDate? Dates { get; internal init; }

    /// <summary>The participating countries and organisations.</summary>
    public ValueArray<Party> Participants { get; internal init; }

    /// <summary>The countries and organisations invited to observe.</summary>
    public ValueArray<Party> ObserversInvited { get; internal init; }

    /// <summary>Its level, if stated.</summary>
    public ExerciseLevel? Level { get; internal init; }

    /// <summary>Joint or national, if stated.</summary>
    public ExerciseKind? Kind { get; internal init; }

    /// <summary>Whether live ammunition was used, if stated.</summary>
    public bool? LiveFire { get; internal init; }

    /// <summary>The share of night-time drills, in per cent, if stated.</summary>
    public Quantity? NightShare { get; internal init; }

    /// <summary>Figures about the exercise.</summary>
    public ValueArray<ExerciseStatistic> Statistics { get; internal init; }

    /// <summary>The id, name and dates.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Name} ({Dates?.ToString() ?? "undated"})";
}

/// <summary>A figure about an <see cref="Exercise"/>.</summary>
public sealed record ExerciseStatistic : Claimed
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal ExerciseStatistic()
    {
    }
    /// <summary>What is counted, such as "days observers invited by Belarus".</summary>
    public string Label { get; internal init; } = null!;

    /// <summary>The figure.</summary>
    public Quantity Quantity { get; internal init; }

    /// <summary>Label and figure.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Label}: {Quantity}";
}
