using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Queries;

/// <summary>How a <see cref="DateFilter"/> compares a record's date with its period.</summary>
public enum DateMatch
{
    /// <summary>
    /// The date may fall in the period: its range overlaps the period. An open end (<c>..</c>) is read as the known
    /// end, so <c>../2017-11</c> counts as 2017-11 and <c>2015/..</c> as 2015: the data says no more than that.
    /// </summary>
    MayInclude,

    /// <summary>The date certainly falls in the period: both its ends are known and lie inside it.</summary>
    CertainlyWithin,
}

/// <summary>A period given as EDTF (<c>2017</c>, <c>2017-12</c>, <c>2011/2013</c>) and how records' dates are compared with it.</summary>
/// <example>
/// <code>
/// var in2017 = DateFilter.MayInclude(EdtfDate.Parse("2017"));
/// var certainlyIn2017 = DateFilter.CertainlyWithin(EdtfDate.Parse("2017"));
/// </code>
/// </example>
public readonly record struct DateFilter
{
    private DateFilter(EdtfDate period, DateMatch match)
    {
        Period = period;
        Match = match;
    }

    /// <summary>The period.</summary>
    public EdtfDate Period { get; }

    /// <summary>How dates are compared with the period.</summary>
    public DateMatch Match { get; }

    /// <summary>Matches dates that may fall in the period (see <see cref="DateMatch.MayInclude"/>).</summary>
    /// <param name="period">The period, such as <c>2017</c> or <c>2017-06/2017-09</c>.</param>
    /// <returns>The filter.</returns>
    public static DateFilter MayInclude(EdtfDate period) => new(period, DateMatch.MayInclude);

    /// <summary>Matches dates that certainly fall in the period (see <see cref="DateMatch.CertainlyWithin"/>).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The filter.</returns>
    public static DateFilter CertainlyWithin(EdtfDate period) => new(period, DateMatch.CertainlyWithin);

    /// <summary>Whether a date matches the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool Matches(EdtfDate date)
    {
        // Open ends are 0 in the yyyymmdd keys; an open period end reaches as far as dates go.
        int from = Period.EarliestKey, to = Period.LatestKey == 0 ? int.MaxValue : Period.LatestKey;
        int earliest = date.EarliestKey, latest = date.LatestKey;
        if (Match == DateMatch.CertainlyWithin)
        {
            return earliest != 0 && latest != 0 && earliest >= from && latest <= to;
        }

        if (earliest == 0 && latest == 0)
        {
            return false;
        }

        if (earliest == 0)
        {
            earliest = date.End!.Value.EarliestKey;
        }

        if (latest == 0)
        {
            latest = date.Start!.Value.LatestKey;
        }

        return earliest <= to && latest >= from;
    }

    /// <summary>Whether any of a record's dates matches the period (see <see cref="IRecord.AllDates"/>).</summary>
    /// <param name="record">The record.</param>
    /// <returns><see langword="true"/> when one of its dates matches.</returns>
    public bool Matches(IRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        foreach (var date in record.AllDates)
        {
            if (Matches(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The match and the period.</summary>
    /// <returns>A line such as <c>may include 2017</c>.</returns>
    public override string ToString() => (Match == DateMatch.MayInclude ? "may include " : "certainly within ") + Period;
}

/// <summary>The dates a record states, which date filters compare.</summary>
public static class RecordDates
{
    /// <summary>
    /// Every date a record states: a procurement's order, expected and delivery dates; an exercise's or event's dates; an
    /// agreement's signature, entry into force and publication; an inventory observation's date; a unit's establishment
    /// and strength dates; a person's post dates; an indicator's periods.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The dates, possibly none.</returns>
    [Obsolete("Use IRecord.AllDates.")]
    public static IEnumerable<EdtfDate> Of(IRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.AllDates;
    }
}
