using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>
/// A training, readiness or industry indicator as a time series, such as Belarusian military pilots' average
/// annual flight hours. Comparable series share a <see cref="Measure"/> and differ by <see cref="Subject"/>
/// (Belarus, the Soviet Union, Russia).
/// </summary>
public sealed record Indicator : INamedRecord
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Indicator()
    {
    }

    /// <summary>Whether <paramref name="other"/> is the same record: records are equal when their citation keys are.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>True when both have the same id.</returns>
    public bool Equals(Indicator? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
    /// <inheritdoc />
    public string Collection => "indicators";

    /// <summary>The indicator's id, such as <c>belarus-pilot-annual-flight-hours</c>.</summary>
    public Id<Indicator> Id { get; internal init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public string Name { get; internal init; } = null!;

    /// <inheritdoc />
    public ValueArray<string> Aliases { get; internal init; }

    /// <summary>What is measured, shared by comparable series, such as <c>pilot-annual-flight-hours</c>.</summary>
    public string Measure { get; internal init; } = null!;

    /// <summary>Whose figure it is: a country or an organisation.</summary>
    public Party Subject { get; internal init; } = null!;

    /// <summary>The unit whose figure it is, when narrower than the subject.</summary>
    public Unit? SubjectUnit { get; internal init; }

    /// <summary>The id of <see cref="SubjectUnit"/>.</summary>
    public Id<Unit>? SubjectUnitId => SubjectUnit?.Id;

    /// <summary>The unit of measure, such as <c>hours</c>, <c>percent</c> or <c>USD</c>.</summary>
    public string UnitOfMeasure { get; internal init; } = null!;

    /// <summary>The observations in the order of their periods.</summary>
    public ValueArray<IndicatorObservation> Observations { get; internal init; }

    /// <summary>A curator's note, not a quote.</summary>
    public string? Note { get; internal init; }

    /// <inheritdoc />
    public ValueArray<Evidence> Evidence { get; internal init; }

    /// <summary>The id, name and number of observations.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Name} ({Observations.Count} observations, {UnitOfMeasure})";
}

/// <summary>One value of an <see cref="Indicator"/> over a period, which may itself be imprecise (<c>2011/2013</c>).</summary>
public sealed record IndicatorObservation : Claimed
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal IndicatorObservation()
    {
    }
    /// <summary>The period the value covers.</summary>
    public EdtfDate Period { get; internal init; }

    /// <summary>The value, with its qualifier: <c>60..80</c> stays a range.</summary>
    public Quantity Value { get; internal init; }

    /// <summary>Period and value.</summary>
    /// <returns>A line such as <c>2011/2013: 60..80</c>.</returns>
    public override string ToString() => $"{Period}: {Value}";
}
