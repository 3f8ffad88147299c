using BelarusForces.Model;
using BelarusForces.Values;
using NodaTime;

namespace BelarusForces.Queries;

/// <summary>Date helpers shared by the queries.</summary>
public static class DateQueries
{
    /// <summary>Whether a date may fall in a calendar year: its bounds overlap the year.</summary>
    /// <param name="date">The date.</param>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when the date's earliest bound is not after the year and its latest bound not before it.</returns>
    [Obsolete("Use DateFilter.MayInclude(period).Matches(date), the one way the library and the CLI filter by date.")]
    public static bool Overlaps(this EdtfDate date, int year) =>
        (date.Earliest is null || date.Earliest <= new LocalDate(year, 12, 31)) && (date.Latest is null || date.Latest >= new LocalDate(year, 1, 1));

    /// <summary>Every date a procurement carries: ordered, expected delivery and each batch's delivery.</summary>
    /// <param name="procurement">The procurement.</param>
    /// <returns>The dates that are known.</returns>
    [Obsolete("Use IRecord.AllDates, which every record has.")]
    public static IEnumerable<EdtfDate> Dates(this Procurement procurement)
    {
        if (procurement.Ordered is { } ordered)
        {
            yield return ordered;
        }

        if (procurement.ExpectedDelivery is { } expected)
        {
            yield return expected;
        }

        foreach (var batch in procurement.Batches)
        {
            if (batch.Delivered is { } delivered)
            {
                yield return delivered;
            }
        }
    }
}
