using System.Globalization;

namespace BelarusForces.Values;

/// <summary>How a figure is qualified in the source, after the qualifiers of The Military Balance.</summary>
public enum QuantityKind
{
    /// <summary>A stated number: "12" (<c>12</c>).</summary>
    Exact,
    /// <summary>"about 800" (<c>~800</c>).</summary>
    Approximate,
    /// <summary>"more than 50", "over 50" (<c>&gt;50</c>): the bound itself is excluded.</summary>
    MoreThan,
    /// <summary>"at least 12" (<c>&gt;=12</c>).</summary>
    AtLeast,
    /// <summary>"fewer than 20" (<c>&lt;20</c>): the bound itself is excluded.</summary>
    LessThan,
    /// <summary>"up to 20", "at most 20" (<c>&lt;=20</c>).</summary>
    AtMost,
    /// <summary>"5,000 to 7,000", "70–75" (<c>5000..7000</c>).</summary>
    Range,
    /// <summary>"some radars": a number exists but is not given (<c>?</c>).</summary>
    Unknown,
}

/// <summary>
/// A figure as the source states it, with its qualifier and UCDP-style low and high bounds:
/// "over 50 drones" is <c>&gt;50</c>, never 50.
/// </summary>
/// <remarks>
/// The text form is compact and round-trips: <c>12</c>, <c>~800</c>, <c>&gt;50</c>, <c>&gt;=12</c>,
/// <c>&lt;20</c>, <c>&lt;=20</c>, <c>5000..7000</c>, <c>?</c>.
/// <example>
/// <code>
/// var q = Quantity.Parse("5000..7000");
/// // q.Kind == QuantityKind.Range, q.Low == 5000, q.High == 7000, q.ToString() == "5000..7000"
/// </code>
/// </example>
/// </remarks>
public readonly record struct Quantity
{
    private Quantity(QuantityKind kind, decimal? low, decimal? high)
    {
        Kind = kind;
        Low = low;
        High = high;
    }

    /// <summary>The qualifier.</summary>
    public QuantityKind Kind { get; }

    /// <summary>The lowest value the figure allows (exclusive for <see cref="QuantityKind.MoreThan"/>), or <see langword="null"/> when unbounded below.</summary>
    public decimal? Low { get; }

    /// <summary>The highest value the figure allows (exclusive for <see cref="QuantityKind.LessThan"/>), or <see langword="null"/> when unbounded above.</summary>
    public decimal? High { get; }

    /// <summary>The single stated value of an exact or approximate figure; <see langword="null"/> for bounds, ranges and unknowns.</summary>
    public decimal? Value => Kind is QuantityKind.Exact or QuantityKind.Approximate ? Low : null;

    /// <summary>An unknown figure: "some".</summary>
    public static Quantity Unknown { get; } = new(QuantityKind.Unknown, null, null);

    /// <summary>An exact figure.</summary>
    /// <param name="value">The stated number.</param>
    /// <returns>The quantity.</returns>
    public static Quantity Exactly(decimal value) => new(QuantityKind.Exact, value, value);

    /// <summary>A range of figures, inclusive at both ends.</summary>
    /// <param name="low">The lower end.</param>
    /// <param name="high">The upper end, not below <paramref name="low"/>.</param>
    /// <returns>The quantity.</returns>
    public static Quantity Between(decimal low, decimal high) =>
        low <= high ? new(QuantityKind.Range, low, high) : throw new ArgumentOutOfRangeException(nameof(high), "the upper end of a range must not be below its lower end");

    /// <summary>Parses the text form (<c>12</c>, <c>~800</c>, <c>&gt;50</c>, <c>&gt;=12</c>, <c>&lt;20</c>, <c>&lt;=20</c>, <c>5000..7000</c>, <c>?</c>).</summary>
    /// <param name="text">The text form.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="FormatException">The text is not a quantity; the message says what is wrong.</exception>
    public static Quantity Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new FormatException(error);
    }

    /// <summary>Parses the text form, reporting why it is invalid instead of throwing.</summary>
    /// <param name="text">The text form.</param>
    /// <param name="value">The quantity, when valid.</param>
    /// <param name="error">Why the text is invalid, when it is not.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse(string? text, out Quantity value, out string? error)
    {
        value = default;
        error = null;
        const string expected = "expected 12, ~800, >50, >=12, <20, <=20, 5000..7000 or ?";
        if (string.IsNullOrEmpty(text))
        {
            error = $"a quantity must not be empty ({expected})";
            return false;
        }

        if (text == "?")
        {
            value = Unknown;
            return true;
        }

        int range = text.IndexOf("..", StringComparison.Ordinal);
        if (range >= 0)
        {
            if (!TryNumber(text[..range], out var low) || !TryNumber(text[(range + 2)..], out var high))
            {
                error = $"'{text}' is not a range of two plain numbers ({expected})";
                return false;
            }

            if (low > high)
            {
                error = $"'{text}' is a range whose minimum exceeds its maximum";
                return false;
            }

            value = new Quantity(QuantityKind.Range, low, high);
            return true;
        }

        var (kind, prefix) = text switch
        {
            _ when text.StartsWith(">=", StringComparison.Ordinal) => (QuantityKind.AtLeast, 2),
            _ when text.StartsWith("<=", StringComparison.Ordinal) => (QuantityKind.AtMost, 2),
            _ when text.StartsWith('>') => (QuantityKind.MoreThan, 1),
            _ when text.StartsWith('<') => (QuantityKind.LessThan, 1),
            _ when text.StartsWith('~') => (QuantityKind.Approximate, 1),
            _ => (QuantityKind.Exact, 0),
        };
        if (!TryNumber(text[prefix..], out var number))
        {
            error = $"'{text}' is not a quantity ({expected}; plain digits, no thousands separators)";
            return false;
        }

        value = kind switch
        {
            QuantityKind.Exact or QuantityKind.Approximate => new Quantity(kind, number, number),
            QuantityKind.AtLeast or QuantityKind.MoreThan => new Quantity(kind, number, null),
            _ => new Quantity(kind, null, number),
        };
        return true;
    }

    /// <summary>Adds two figures, carrying both bounds: the sum of "&gt;50" and "12" is at least 62 and has no upper bound.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>
    /// An exact sum when both are exact; otherwise a figure whose bounds are the sums of the bounds, unknown when
    /// neither bound survives. The result never takes a midpoint.
    /// </returns>
    public static Quantity operator +(Quantity left, Quantity right)
    {
        if (left.Kind == QuantityKind.Exact && right.Kind == QuantityKind.Exact)
        {
            return Exactly(left.Low!.Value + right.Low!.Value);
        }

        if (left.Kind == QuantityKind.Approximate && right.Kind == QuantityKind.Approximate)
        {
            var sum = left.Low!.Value + right.Low!.Value;
            return new Quantity(QuantityKind.Approximate, sum, sum);
        }

        // A known count is at least zero, so an unknown or unbounded part never lowers the minimum below the other part's.
        decimal? low = (left.Low ?? 0) + (right.Low ?? 0);
        decimal? high = left.High is { } a && right.High is { } b && left.Kind != QuantityKind.Unknown && right.Kind != QuantityKind.Unknown ? a + b : null;
        if (low == 0 && high is null)
        {
            return Unknown;
        }

        if (high is null)
        {
            bool strict = left.Kind == QuantityKind.MoreThan || right.Kind == QuantityKind.MoreThan;
            return new Quantity(strict ? QuantityKind.MoreThan : QuantityKind.AtLeast, low, null);
        }

        return low == high ? Exactly(low!.Value) : new Quantity(QuantityKind.Range, low, high);
    }

    /// <summary>The compact text form, which <see cref="Parse"/> reads back.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Kind switch
    {
        // default(Quantity) has no bound: it is the unknown quantity, not an error.
        _ when Low is null && High is null => "?",
        QuantityKind.Exact => Format(Low),
        QuantityKind.Approximate => "~" + Format(Low),
        QuantityKind.MoreThan => ">" + Format(Low),
        QuantityKind.AtLeast => ">=" + Format(Low),
        QuantityKind.LessThan => "<" + Format(High),
        QuantityKind.AtMost => "<=" + Format(High),
        QuantityKind.Range => Format(Low) + ".." + Format(High),
        _ => "?",
    };

    /// <summary>The figure in words, as a report would print it: "more than 50", "5,000 to 7,000", "an unknown number".</summary>
    /// <returns>The figure in plain English.</returns>
    public string Describe() => Kind switch
    {
        _ when Low is null && High is null => "an unknown number",
        QuantityKind.Exact => Words(Low),
        QuantityKind.Approximate => "about " + Words(Low),
        QuantityKind.MoreThan => "more than " + Words(Low),
        QuantityKind.AtLeast => "at least " + Words(Low),
        QuantityKind.LessThan => "fewer than " + Words(High),
        QuantityKind.AtMost => "up to " + Words(High),
        QuantityKind.Range => Words(Low) + " to " + Words(High),
        _ => "an unknown number",
    };

    private static string Format(decimal? d) => d!.Value.ToString(CultureInfo.InvariantCulture);

    private static string Words(decimal? d) => d!.Value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static bool TryNumber(string s, out decimal value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 28 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        bool point = false;
        foreach (var c in s)
        {
            if (c == '.' && !point)
            {
                point = true;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        // Digits with at most one point, checked above: made by hand from up to 18 digits, keeping the scale as
        // decimal.Parse does (1.50 stays 1.50). The framework's parser would start the globalization library (ICU),
        // in a fresh process, for numbers that need no culture.
        int digits = s.Length - (point ? 1 : 0);
        if (digits > 18)
        {
            return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        long mantissa = 0;
        foreach (var c in s)
        {
            if (c != '.')
            {
                mantissa = (mantissa * 10) + (c - '0');
            }
        }

        byte scale = point ? (byte)(s.Length - 1 - s.IndexOf('.')) : (byte)0;

        value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, isNegative: false, scale);
        return true;
    }
}
