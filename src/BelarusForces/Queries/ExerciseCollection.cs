using System.Collections.Immutable;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Queries;

/// <summary>Exercises, with lookups by year, participant and kind.</summary>
public sealed class ExerciseCollection : RecordCollection<Exercise>
{
    // Made on first use, so that loading the dataset does not pay for them.
    private readonly Lazy<ILookup<string, Exercise>> _byParticipant;
    private readonly Lazy<ILookup<int, Exercise>> _byYear;
    private readonly Lazy<ILookup<ExerciseKind?, Exercise>> _byKind;

    internal ExerciseCollection(ImmutableArray<Exercise> records)
        : base(records)
    {
        _byParticipant = new(() => records.SelectMany(e => e.Participants.Select(p => (p.Reference, e))).ToLookup(p => p.Reference, p => p.e, StringComparer.Ordinal));

        // Every year an exercise's dates may fall in; an open-ended date counts for the years of its known end only.
        _byYear = new(() => records.Where(e => e.Dates is not null).OrderBy(e => e.Dates)
            .SelectMany(e => Years(e.Dates!.Value).Select(y => (Year: y, Exercise: e)))
            .ToLookup(p => p.Year, p => p.Exercise));
        _byKind = new(() => records.ToLookup(e => e.Kind));
    }

    /// <summary>The exercises whose dates may fall in a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The exercises, in date order.</returns>
    /// <example><code>var in2017 = dataset.Exercises.InYear(2017);</code></example>
    public ImmutableArray<Exercise> InYear(int year) => [.. _byYear.Value[year]];

    /// <summary>The exercises a country took part in.</summary>
    /// <param name="participant">The country.</param>
    /// <returns>The exercises, in file order.</returns>
    /// <example><code>var withRussia = dataset.Exercises.WithParticipant(Country.Russia);</code></example>
    public ImmutableArray<Exercise> WithParticipant(Country participant) => [.. _byParticipant.Value[participant.Code]];

    /// <summary>The exercises an organisation took part in.</summary>
    /// <param name="participant">The organisation.</param>
    /// <returns>The exercises, in file order.</returns>
    public ImmutableArray<Exercise> WithParticipant(Organisation participant) => [.. _byParticipant.Value[participant.Id.Value]];

    /// <summary>The joint or national exercises.</summary>
    /// <param name="kind">Joint or national.</param>
    /// <returns>The exercises, in file order.</returns>
    public ImmutableArray<Exercise> OfKind(ExerciseKind kind) => [.. _byKind.Value[kind]];

    private static IEnumerable<int> Years(EdtfDate dates)
    {
        var first = (dates.Earliest ?? dates.Latest)!.Value.Year;
        var last = (dates.Latest ?? dates.Earliest)!.Value.Year;
        return Enumerable.Range(first, last - first + 1);
    }
}
