using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>
/// A training, readiness or industry indicator as a time series, such as Belarusian military pilots' average
/// annual flight hours. Comparable series share a <see cref="Measure"/> and differ by <see cref="Subject"/>
/// (Belarus, the Soviet Union, Russia).
/// </summary>
public sealed record Indicator : INamedRecord
{
    /// <inheritdoc />
    public string Collection => "indicators";

    /// <summary>The indicator's id, such as <c>belarus-pilot-annual-flight-hours</c>.</summary>
    public required Id<Indicator> Id { get; init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <inheritdoc />
    public required ValueArray<string> Aliases { get; init; }

    /// <summary>What is measured, shared by comparable series, such as <c>pilot-annual-flight-hours</c>.</summary>
    public required string Measure { get; init; }

    /// <summary>Whose figure it is: a country or an organisation.</summary>
    public required Party Subject { get; init; }

    /// <summary>The unit whose figure it is, when narrower than the subject.</summary>
    public Unit? SubjectUnit { get; init; }

    /// <summary>The id of <see cref="SubjectUnit"/>.</summary>
    public Id<Unit>? SubjectUnitId { get; init; }

    /// <summary>The unit of measure, such as <c>hours</c>, <c>percent</c> or <c>USD</c>.</summary>
    public required string UnitOfMeasure { get; init; }

    /// <summary>The observations in the order of their periods.</summary>
    public required ValueArray<IndicatorObservation> Observations { get; init; }

    /// <summary>A curator's note, not a quote.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required ValueArray<Evidence> Evidence { get; init; }

    /// <summary>The id, name and number of observations.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Name} ({Observations.Count} observations, {UnitOfMeasure})";
}

/// <summary>One value of an <see cref="Indicator"/> over a period, which may itself be imprecise (<c>2011/2013</c>).</summary>
public sealed record IndicatorObservation : Claimed
{
    /// <summary>The period the value covers.</summary>
    public required EdtfDate Period { get; init; }

    /// <summary>The value, with its qualifier: <c>60..80</c> stays a range.</summary>
    public required Quantity Value { get; init; }

    /// <summary>Period and value.</summary>
    /// <returns>A line such as <c>2011/2013: 60..80</c>.</returns>
    public override string ToString() => $"{Period}: {Value}";
}
