using System.Collections.Immutable;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Queries;

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
