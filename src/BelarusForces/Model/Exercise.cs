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
    /// <inheritdoc />
    public string Collection => "exercises";

    /// <summary>The exercise's id, such as <c>west-2017</c>.</summary>
    public required Id<Exercise> Id { get; init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <inheritdoc />
    public required ValueArray<string> Aliases { get; init; }

    /// <summary>When it was held.</summary>
    public EdtfDate? Dates { get; init; }

    /// <summary>The participating countries and organisations.</summary>
    public required ValueArray<Party> Participants { get; init; }

    /// <summary>The countries and organisations invited to observe.</summary>
    public required ValueArray<Party> ObserversInvited { get; init; }

    /// <summary>Its level, if stated.</summary>
    public ExerciseLevel? Level { get; init; }

    /// <summary>Joint or national, if stated.</summary>
    public ExerciseKind? Kind { get; init; }

    /// <summary>Whether live ammunition was used, if stated.</summary>
    public bool? LiveFire { get; init; }

    /// <summary>The share of night-time drills, in per cent, if stated.</summary>
    public Quantity? NightShare { get; init; }

    /// <summary>Figures about the exercise.</summary>
    public required ValueArray<ExerciseStatistic> Statistics { get; init; }

    /// <summary>The id, name and dates.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Name} ({Dates?.ToString() ?? "undated"})";
}

/// <summary>A figure about an <see cref="Exercise"/>.</summary>
public sealed record ExerciseStatistic : Claimed
{
    /// <summary>What is counted, such as "days observers invited by Belarus".</summary>
    public required string Label { get; init; }

    /// <summary>The figure.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>Label and figure.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Label}: {Quantity}";
}
