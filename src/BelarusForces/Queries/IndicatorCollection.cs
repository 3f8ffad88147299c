using System.Collections.Immutable;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Queries;

/// <summary>Indicators, with their trends and comparisons.</summary>
public sealed class IndicatorCollection : RecordCollection<Indicator>
{
    /// <summary>The id of the headline series: Belarusian military pilots' average annual flight hours.</summary>
    public const string PilotFlightHoursId = "belarus-pilot-annual-flight-hours";

    /// <summary>The measure of the graduates' flight hours shown beside the pilots' figures.</summary>
    public const string GraduateFlightHoursMeasure = "pilot-graduate-flight-hours";

    // Made on first use, so that loading the dataset does not pay for them.
    private readonly Lazy<ILookup<string, Indicator>> _byMeasure;
    private readonly Lazy<Dictionary<string, IndicatorTrend>> _trends;
    private readonly Lazy<IndicatorTrend> _pilotFlightHours;

    internal IndicatorCollection(ImmutableArray<Indicator> records)
        : base(records)
    {
        _byMeasure = new(() => records.ToLookup(i => i.Measure, StringComparer.Ordinal));
        _trends = new(() => records.ToDictionary(i => i.Id.Value, i => new IndicatorTrend
        {
            Indicator = i,
            Comparisons = _byMeasure.Value[i.Measure].Where(c => c.Id != i.Id).ToValueArray(),
            Related = ValueArray<Indicator>.Empty,
        }, StringComparer.Ordinal));
        _pilotFlightHours = new(() => Trend(this[new Id<Indicator>(PilotFlightHoursId)]) with { Related = _byMeasure.Value[GraduateFlightHoursMeasure].ToValueArray() });
    }

    /// <summary>Every series of a measure, such as the Belarusian, Soviet and Russian <c>pilot-annual-flight-hours</c>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The series, in file order.</returns>
    public ImmutableArray<Indicator> ByMeasure(string measure) => [.. _byMeasure.Value[measure]];

    /// <summary>The trend of an indicator, with the other subjects' series of the same measure beside it.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The trend.</returns>
    /// <exception cref="KeyNotFoundException">The indicator is not one of this collection's.</exception>
    public IndicatorTrend Trend(Indicator indicator) =>
        _trends.Value.TryGetValue(indicator.Id.Value, out var trend) && ReferenceEquals(trend.Indicator, indicator)
            ? trend
            : throw new KeyNotFoundException($"'{indicator.Id}' is not an indicator of this dataset.");

    /// <summary>
    /// The pilot flight-hour trend: Belarusian military pilots' average annual flight hours, with the Soviet-era and
    /// Russian comparison points and the graduates' flight hours beside it.
    /// </summary>
    /// <returns>The trend.</returns>
    /// <example>
    /// <code>
    /// var trend = BelarusForcesDataset.Current.Indicators.PilotFlightHours();
    /// Console.WriteLine(trend.Summary());
    /// Console.WriteLine(trend.Change("2011/2013", "2016")); // −10 to +15
    /// </code>
    /// </example>
    /// <exception cref="KeyNotFoundException">The data holds no series with the id <see cref="PilotFlightHoursId"/>.</exception>
    public IndicatorTrend PilotFlightHours() => _pilotFlightHours.Value;
}
