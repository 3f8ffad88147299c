using System.Collections.Immutable;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Queries;

/// <summary>Exercises, with lookups by year, participant and kind.</summary>
public sealed class ExerciseCollection : RecordCollection<Exercise>
{
    private readonly ILookup<string, Exercise> _byParticipant;
    private readonly ILookup<int, Exercise> _byYear;
    private readonly ILookup<ExerciseKind?, Exercise> _byKind;

    internal ExerciseCollection(ImmutableArray<Exercise> records)
        : base(records)
    {
        _byParticipant = records.SelectMany(e => e.Participants.Select(p => (p.Reference, e))).ToLookup(p => p.Reference, p => p.e, StringComparer.Ordinal);

        // Every year an exercise's dates may fall in; an open-ended date counts for the years of its known end only.
        _byYear = records.Where(e => e.Dates is not null).OrderBy(e => e.Dates)
            .SelectMany(e => Years(e.Dates!.Value).Select(y => (Year: y, Exercise: e)))
            .ToLookup(p => p.Year, p => p.Exercise);
        _byKind = records.ToLookup(e => e.Kind);
    }

    /// <summary>The exercises whose dates may fall in a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The exercises, in date order.</returns>
    /// <example><code>var in2017 = dataset.Exercises.InYear(2017);</code></example>
    public ImmutableArray<Exercise> InYear(int year) => [.. _byYear[year]];

    /// <summary>The exercises a country took part in.</summary>
    /// <param name="participant">The country.</param>
    /// <returns>The exercises, in file order.</returns>
    /// <example><code>var withRussia = dataset.Exercises.WithParticipant(Country.Russia);</code></example>
    public ImmutableArray<Exercise> WithParticipant(Country participant) => [.. _byParticipant[participant.Code]];

    /// <summary>The exercises an organisation took part in.</summary>
    /// <param name="participant">The organisation.</param>
    /// <returns>The exercises, in file order.</returns>
    public ImmutableArray<Exercise> WithParticipant(Organisation participant) => [.. _byParticipant[participant.Id.Value]];

    /// <summary>The joint or national exercises.</summary>
    /// <param name="kind">Joint or national.</param>
    /// <returns>The exercises, in file order.</returns>
    public ImmutableArray<Exercise> OfKind(ExerciseKind kind) => [.. _byKind[kind]];

    private static IEnumerable<int> Years(EdtfDate dates)
    {
        var first = (dates.Earliest ?? dates.Latest)!.Value.Year;
        var last = (dates.Latest ?? dates.Earliest)!.Value.Year;
        return Enumerable.Range(first, last - first + 1);
    }
}

/// <summary>One dated entry of the dataset's timeline.</summary>
/// <param name="Date">When.</param>
/// <param name="What">What happened, in a few words.</param>
/// <param name="Record">The record the entry comes from.</param>
public sealed record TimelineEntry(EdtfDate Date, string What, IRecord Record)
{
    /// <summary>Date, description and citation key.</summary>
    /// <returns>A line such as <c>2017-06: CS/VN3 delivered (procurements/cs-vn3-from-china)</c>.</returns>
    public override string ToString() => $"{Date}: {What} ({Record.CitationKey})";
}

/// <summary>Builds the dated timeline of everything.</summary>
internal static class Timeline
{
    public static ImmutableArray<TimelineEntry> Build(BelarusForcesDataset data)
    {
        var entries = new List<TimelineEntry>();
        void Add(EdtfDate? date, string what, IRecord record)
        {
            if (date is { } d)
            {
                entries.Add(new TimelineEntry(d, what, record));
            }
        }

        foreach (var p in data.Procurements)
        {
            var what = $"{Data.Kebab.Name(p.Kind)} of {p.Equipment.Name}";
            Add(p.Ordered, what + ": ordered", p);
            Add(p.ExpectedDelivery, what + ": delivery expected", p);
            foreach (var b in p.Batches)
            {
                Add(b.Delivered, $"{what}: {b.Quantity?.Describe() ?? "a batch"} delivered", p);
            }
        }

        foreach (var e in data.Exercises)
        {
            Add(e.Dates, "exercise " + e.Name, e);
        }

        foreach (var a in data.Agreements)
        {
            Add(a.Signed, a.Name + ": signed or adopted", a);
            Add(a.InForce, a.Name + ": in force", a);
            Add(a.Published, a.Name + ": made public", a);
        }

        foreach (var u in data.Units)
        {
            Add(u.Established, u.Name + ": established", u);
        }

        foreach (var e in data.Events)
        {
            Add(e.Date, e.Title, e);
        }

        return [.. entries.OrderBy(e => e.Date).ThenBy(e => e.Record.CitationKey, StringComparer.Ordinal)];
    }
}
