using NodaTime;

namespace BelarusForces.Values;

/// <summary>How finely an <see cref="EdtfDate"/> is known, in the spirit of UCDP's <c>date_prec</c>.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day: <c>2017-09-14</c>.</summary>
    Day,
    /// <summary>A calendar month: <c>2017-06</c>.</summary>
    Month,
    /// <summary>A season: <c>2017-21</c> (spring).</summary>
    Season,
    /// <summary>A year: <c>2017</c>.</summary>
    Year,
    /// <summary>A decade: <c>201X</c>.</summary>
    Decade,
    /// <summary>A century: <c>20XX</c>.</summary>
    Century,
}

/// <summary>
/// A date or interval in the Extended Date/Time Format (EDTF, ISO 8601-2), levels 0 and 1:
/// <c>2017-09-14</c>, <c>2017-06</c>, <c>2017</c>, <c>2011/2013</c>, <c>2014/..</c>, <c>2005~</c>,
/// <c>2018?</c>, <c>201X</c>, <c>2017-21</c> (spring).
/// </summary>
/// <remarks>
/// <para>The value keeps the exact string it was parsed from and writes it back unchanged, so a year
/// is never padded to 1 January. <see cref="Earliest"/> and <see cref="Latest"/> give the calendar
/// bounds of what the string denotes; approximate (<c>~</c>) and uncertain (<c>?</c>) qualifiers are
/// reported as flags and do not widen the bounds. An open end (<c>..</c>) or unknown end has no bound.</para>
/// <para>Seasons follow the northern hemisphere: spring is March–May, summer June–August, autumn
/// September–November, winter December to the end of February of the next year.</para>
/// <example>
/// <code>
/// var d = EdtfDate.Parse("2011/2013");
/// // d.Earliest == new LocalDate(2011, 1, 1), d.Latest == new LocalDate(2013, 12, 31), d.Precision == DatePrecision.Year
/// </code>
/// </example>
/// </remarks>
public readonly struct EdtfDate : IEquatable<EdtfDate>, IComparable<EdtfDate>
{
    private readonly string? _text;

    // The bounds as yyyymmdd numbers, 0 for an open end: they order like the days they stand for, and parsing them
    // needs no calendar, so loading the dataset does not start NodaTime until a program asks for a LocalDate.
    private readonly int _earliest;
    private readonly int _latest;

    private EdtfDate(string text, int earliest, int latest, DatePrecision precision, bool approximate, bool uncertain, bool interval)
    {
        _text = text;
        _earliest = earliest;
        _latest = latest;
        Precision = precision;
        IsApproximate = approximate;
        IsUncertain = uncertain;
        IsInterval = interval;
    }

    /// <summary>The first day the value can denote, or <see langword="null"/> for an open or unknown start.</summary>
    public LocalDate? Earliest => _earliest == 0 ? null : ToLocalDate(_earliest);

    /// <summary>The last day the value can denote, or <see langword="null"/> for an open or unknown end.</summary>
    public LocalDate? Latest => _latest == 0 ? null : ToLocalDate(_latest);

    /// <summary>The first day as a yyyymmdd number, or 0 for an open start.</summary>
    internal int EarliestKey => _earliest;

    /// <summary>The last day as a yyyymmdd number, or 0 for an open end.</summary>
    internal int LatestKey => _latest;

    /// <summary>How finely the value is known; for an interval, the coarser of its two ends.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Whether the value (or an end of the interval) is marked approximate (<c>~</c> or <c>%</c>).</summary>
    public bool IsApproximate { get; }

    /// <summary>Whether the value (or an end of the interval) is marked uncertain (<c>?</c> or <c>%</c>).</summary>
    public bool IsUncertain { get; }

    /// <summary>Whether the value is an interval (<c>start/end</c>).</summary>
    public bool IsInterval { get; }

    /// <summary>
    /// Parses an EDTF string.
    /// </summary>
    /// <param name="text">The EDTF string, such as <c>2017-09-14/2017-09-20</c>.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The string is not a valid EDTF level 0 or 1 date; the message says what is wrong.</exception>
    public static EdtfDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new FormatException(error);
    }

    /// <summary>Parses an EDTF string, reporting why it is invalid instead of throwing.</summary>
    /// <param name="text">The EDTF string.</param>
    /// <param name="value">The parsed value, when the string is valid.</param>
    /// <param name="error">Why the string is invalid, when it is not.</param>
    /// <returns>Whether the string is valid.</returns>
    public static bool TryParse(string? text, out EdtfDate value, out string? error)
    {
        value = default;
        if (string.IsNullOrEmpty(text))
        {
            error = "an EDTF date must not be empty (expected for example 2017, 2017-06, 2017-09-14 or 2011/2013)";
            return false;
        }

        int slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!TryParseSingle(text, out var single, out error))
            {
                return false;
            }

            value = new EdtfDate(text, single.Earliest, single.Latest, single.Precision, single.Approximate, single.Uncertain, interval: false);
            return true;
        }

        if (text.IndexOf('/', slash + 1) >= 0)
        {
            error = $"'{text}' has more than one '/'; an interval is written start/end, such as 2011/2013";
            return false;
        }

        var start = text.AsSpan(0, slash);
        var end = text.AsSpan(slash + 1);
        if (!TryParseEnd(start, "start", text, out var from, out error) || !TryParseEnd(end, "end", text, out var to, out error))
        {
            return false;
        }

        if (from is null && to is null)
        {
            error = $"'{text}' has neither a start nor an end; at least one end of an interval must be a date";
            return false;
        }

        if (from is { } f && to is { } t && f.Earliest > t.Latest)
        {
            error = $"'{text}' ends before it starts";
            return false;
        }

        var precision = (DatePrecision)Math.Max((int)(from?.Precision ?? DatePrecision.Day), (int)(to?.Precision ?? DatePrecision.Day));
        value = new EdtfDate(
            text,
            from?.Earliest ?? 0,
            to?.Latest ?? 0,
            precision,
            (from?.Approximate ?? false) || (to?.Approximate ?? false),
            (from?.Uncertain ?? false) || (to?.Uncertain ?? false),
            interval: true);
        return true;
    }

    /// <summary>The start of an interval as a date of its own, or the value itself when it is not an interval; <see langword="null"/> for an open start.</summary>
    public EdtfDate? Start => IsInterval ? EndOf(_text![.._text!.IndexOf('/')]) : this;

    /// <summary>The end of an interval as a date of its own, or the value itself when it is not an interval; <see langword="null"/> for an open end.</summary>
    public EdtfDate? End => IsInterval ? EndOf(_text![(_text!.IndexOf('/') + 1)..]) : this;

    /// <summary>Whether the value could include <paramref name="date"/>: it lies between the earliest and latest bounds.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> when the day is within the bounds.</returns>
    public bool MayInclude(LocalDate date) => (Earliest is null || Earliest <= date) && (Latest is null || date <= Latest);

    /// <summary>Whether the value lies entirely on or before <paramref name="date"/>.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> when the latest bound is known and not after the day.</returns>
    public bool IsCertainlyOnOrBefore(LocalDate date) => Latest is { } latest && latest <= date;

    /// <summary>The EDTF string exactly as parsed.</summary>
    /// <returns>The EDTF string.</returns>
    public override string ToString() => _text ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(EdtfDate other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EdtfDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Orders by earliest bound (open starts first), then latest bound (open ends last), then text.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>The relative order.</returns>
    public int CompareTo(EdtfDate other)
    {
        // An open start (0) sorts first by itself; an open end sorts last.
        int c = _earliest.CompareTo(other._earliest);
        if (c != 0)
        {
            return c;
        }

        c = (_latest == 0 ? int.MaxValue : _latest).CompareTo(other._latest == 0 ? int.MaxValue : other._latest);
        return c != 0 ? c : string.CompareOrdinal(_text, other._text);
    }

    /// <summary>Compares two values by their text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(EdtfDate left, EdtfDate right) => left.Equals(right);

    /// <summary>Compares two values by their text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(EdtfDate left, EdtfDate right) => !left.Equals(right);

    private static EdtfDate? EndOf(string part) => part is "" or ".." ? null : Parse(part);

    private readonly record struct Single(int Earliest, int Latest, DatePrecision Precision, bool Approximate, bool Uncertain);

    private static int Day(int year, int month, int day) => (year * 10000) + (month * 100) + day;

    private static LocalDate ToLocalDate(int day) => new(day / 10000, day / 100 % 100, day % 100);

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool TryParseEnd(ReadOnlySpan<char> part, string which, string whole, out Single? value, out string? error)
    {
        value = null;
        error = null;
        if (part is "" or "..")
        {
            return true;
        }

        if (!TryParseSingle(part, out var single, out var inner))
        {
            error = $"the {which} of interval '{whole}' is invalid: {inner}";
            return false;
        }

        value = single;
        return true;
    }

    // Works on spans, so that parsing the dataset's dates makes no strings; messages are made only on failure.
    private static bool TryParseSingle(ReadOnlySpan<char> text, out Single value, out string? error)
    {
        value = default;
        error = null;
        var core = text;
        bool approximate = false, uncertain = false;
        switch (core[^1])
        {
            case '~': approximate = true; core = core[..^1]; break;
            case '?': uncertain = true; core = core[..^1]; break;
            case '%': approximate = uncertain = true; core = core[..^1]; break;
        }

        Span<Range> ranges = stackalloc Range[4]; // YYYY-MM-DD, and a fourth for anything after that
        int count = core.Split(ranges, '-');
        var yearText = core[ranges[0]];
        var monthText = count > 1 ? core[ranges[1]] : default;
        var dayText = count > 2 ? core[ranges[2]] : default;
        if (yearText.Length != 4)
        {
            error = $"'{text}' does not start with a four-digit year (expected for example 2017, 2017-06, 2017-09-14, 201X)";
            return false;
        }

        int unspecified = yearText.Length - yearText.TrimEnd('X').Length;
        if (unspecified > 0)
        {
            if (count > 1 || unspecified > 2 || approximate || uncertain)
            {
                error = $"'{text}' uses unspecified digits in a way EDTF level 1 does not allow (only 201X or 20XX, with no month and no qualifier)";
                return false;
            }

            if (!AllDigits(yearText[..^unspecified]))
            {
                error = $"'{text}' has a year that is not digits followed by X";
                return false;
            }

            int first = Digits(yearText[..^unspecified]) * (unspecified == 1 ? 10 : 100);
            int span = unspecified == 1 ? 9 : 99;
            value = new Single(Day(first, 1, 1), Day(first + span, 12, 31), unspecified == 1 ? DatePrecision.Decade : DatePrecision.Century, false, false);
            return true;
        }

        if (!AllDigits(yearText))
        {
            error = $"'{text}' has a year '{yearText}' that is not four digits";
            return false;
        }

        int year = Digits(yearText);
        if (year < 1)
        {
            error = $"'{text}' has year 0000, which this dataset does not use";
            return false;
        }

        if (count == 1)
        {
            value = new Single(Day(year, 1, 1), Day(year, 12, 31), DatePrecision.Year, approximate, uncertain);
            return true;
        }

        if (count > 3 || monthText.Length != 2 || !AllDigits(monthText))
        {
            error = $"'{text}' is not of the form YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        int month = Digits(monthText);
        if (count == 2 && month == 24 && year == 9999)
        {
            error = $"'{text}' is the winter of 9999, which ends in the year 10000, past the last day a date can name";
            return false;
        }

        if (count == 2 && month is >= 21 and <= 24)
        {
            var (from, to) = month switch
            {
                21 => (Day(year, 3, 1), Day(year, 5, 31)),
                22 => (Day(year, 6, 1), Day(year, 8, 31)),
                23 => (Day(year, 9, 1), Day(year, 11, 30)),
                _ => (Day(year, 12, 1), Day(year + 1, 2, DaysInMonth(year + 1, 2))),
            };
            value = new Single(from, to, DatePrecision.Season, approximate, uncertain);
            return true;
        }

        if (month is < 1 or > 12)
        {
            error = $"'{text}' has month {monthText}; months are 01 to 12 (or 21 to 24 for seasons)";
            return false;
        }

        int daysInMonth = DaysInMonth(year, month);
        if (count == 2)
        {
            value = new Single(Day(year, month, 1), Day(year, month, daysInMonth), DatePrecision.Month, approximate, uncertain);
            return true;
        }

        if (dayText.Length != 2 || !AllDigits(dayText))
        {
            error = $"'{text}' has a day '{dayText}' that is not two digits";
            return false;
        }

        int day = Digits(dayText);
        if (day < 1 || day > daysInMonth)
        {
            error = $"'{text}' has day {dayText}, but {yearText}-{monthText} has {daysInMonth} days";
            return false;
        }

        var date = Day(year, month, day);
        value = new Single(date, date, DatePrecision.Day, approximate, uncertain);
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    // The value of a run of ASCII digits that AllDigits has checked.
    private static int Digits(ReadOnlySpan<char> digits)
    {
        int value = 0;
        foreach (char c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
