using System.Globalization;
using System.Text;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Queries;

/// <summary>
/// The change between two figures, carried as bounds: from "60 to 80" to "70 to 75" is a change of −10 to +15,
/// never the difference of two midpoints.
/// </summary>
/// <param name="Low">The smallest change the two figures allow, or <see langword="null"/> when unbounded.</param>
/// <param name="High">The largest change the two figures allow, or <see langword="null"/> when unbounded.</param>
/// <param name="IsApproximate">Whether either figure is approximate.</param>
public readonly record struct QuantityChange(decimal? Low, decimal? High, bool IsApproximate)
{
    /// <summary>The change from one figure to another.</summary>
    /// <param name="from">The earlier figure.</param>
    /// <param name="to">The later figure.</param>
    /// <returns>The change, bounded by the figures' bounds.</returns>
    public static QuantityChange Between(Quantity from, Quantity to) =>
        new(to.Low - from.High, to.High - from.Low, from.Kind == QuantityKind.Approximate || to.Kind == QuantityKind.Approximate);

    /// <summary>The change in words, such as <c>+40 to +45</c>, <c>about +90</c> or <c>at least +10</c>.</summary>
    /// <returns>The change.</returns>
    public override string ToString()
    {
        var about = IsApproximate ? "about " : "";
        return (Low, High) switch
        {
            ({ } l, { } h) when l == h => about + Signed(l),
            ({ } l, { } h) => about + Signed(l) + " to " + Signed(h),
            ({ } l, null) => "at least " + Signed(l),
            (null, { } h) => "at most " + Signed(h),
            _ => "unknown",
        };
    }

    private static string Signed(decimal d) => (d > 0 ? "+" : d < 0 ? "−" : "±") + Math.Abs(d).ToString("#,0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// An indicator's time series with the comparable series of other subjects (the Soviet and Russian pilot figures
/// beside the Belarusian ones) and related series. It renders itself as text, Markdown, HTML or an SVG chart, so any
/// notebook or report can show it.
/// </summary>
public sealed record IndicatorTrend
{
    /// <summary>The indicator.</summary>
    public required Indicator Indicator { get; init; }

    /// <summary>Series of the same measure for other subjects, such as the Soviet and Russian pilot figures.</summary>
    public required ValueArray<Indicator> Comparisons { get; init; }

    /// <summary>Related series shown beside it, such as graduates' flight hours.</summary>
    public required ValueArray<Indicator> Related { get; init; }

    /// <summary>The observations, in the order of their periods.</summary>
    public ValueArray<IndicatorObservation> Observations => Indicator.Observations;

    /// <summary>The change from the first observation to the last, or <see langword="null"/> with fewer than two.</summary>
    public QuantityChange? OverallChange => Observations.Count < 2 ? null : Change(Observations[0], Observations[^1]);

    /// <summary>The change between two observations.</summary>
    /// <param name="from">The earlier observation.</param>
    /// <param name="to">The later observation.</param>
    /// <returns>The change, carried as bounds.</returns>
    public static QuantityChange Change(IndicatorObservation from, IndicatorObservation to) => QuantityChange.Between(from.Value, to.Value);

    /// <summary>The change between the observations whose periods are written as given, such as <c>2011/2013</c> and <c>2016</c>.</summary>
    /// <param name="fromPeriod">The earlier period, as the data writes it.</param>
    /// <param name="toPeriod">The later period, as the data writes it.</param>
    /// <returns>The change.</returns>
    /// <exception cref="KeyNotFoundException">No observation has one of the periods.</exception>
    public QuantityChange Change(string fromPeriod, string toPeriod) => Change(At(fromPeriod), At(toPeriod));

    /// <summary>The trend in plain language: each figure with its period and hedge, the change and the comparisons.</summary>
    /// <returns>A paragraph.</returns>
    public string Summary()
    {
        var sb = new StringBuilder();
        sb.Append(Indicator.Name).Append(": ");
        sb.AppendJoin("; ", Observations.Select(o => Figure(o, Indicator.UnitOfMeasure)));
        sb.Append('.');
        if (OverallChange is { } change)
        {
            sb.Append($" From {Observations[0].Period} to {Observations[^1].Period} the figure changed by {change} {Indicator.UnitOfMeasure}.");
        }

        foreach (var other in Comparisons.Concat(Related))
        {
            sb.Append($" {other.Name}: ").AppendJoin("; ", other.Observations.Select(o => Figure(o, other.UnitOfMeasure))).Append('.');
        }

        return sb.ToString();
    }

    /// <summary>A Markdown table of every series.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"**{Indicator.Name}** ({Indicator.UnitOfMeasure})").AppendLine();
        sb.AppendLine("| series | period | value | claim | source |").AppendLine("|---|---|---|---|---|");
        foreach (var series in Series())
        {
            foreach (var o in series.Observations)
            {
                sb.AppendLine($"| {series.Name} | {o.Period} | {o.Value.Describe()} | {Data.Kebab.Name(o.Claim)} | {string.Join(", ", o.Evidence.Select(e => e.Source.Id).Distinct())} |");
            }
        }

        return sb.ToString();
    }

    /// <summary>An HTML fragment: the chart and a table of every series.</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<figure>").Append(ToSvg()).Append("<figcaption>").Append(Escape(Summary())).Append("</figcaption></figure>");
        sb.Append("<table><thead><tr><th>series</th><th>period</th><th>value</th><th>claim</th></tr></thead><tbody>");
        foreach (var series in Series())
        {
            foreach (var o in series.Observations)
            {
                sb.Append($"<tr><td>{Escape(series.Name)}</td><td>{o.Period}</td><td>{Escape(o.Value.Describe())}</td><td>{Data.Kebab.Name(o.Claim)}</td></tr>");
            }
        }

        return sb.Append("</tbody></table>").ToString();
    }

    /// <summary>
    /// A small, dependency-free SVG chart. Each observation is drawn as a box spanning its period across and its
    /// value range up: an exact figure in a single year is a thin box; "60 to 80 in 2011–2013" is a wide, tall one.
    /// Bounds left open (more than, up to) are drawn to the chart's edge.
    /// </summary>
    /// <param name="width">The chart's width in pixels.</param>
    /// <param name="height">The chart's height in pixels.</param>
    /// <returns>The SVG document.</returns>
    public string ToSvg(int width = 640, int height = 320)
    {
        var all = Series().Where(s => s.UnitOfMeasure == Indicator.UnitOfMeasure).ToList();
        var observations = all.SelectMany(s => s.Observations).ToList();
        int firstYear = observations.Select(o => (o.Period.Earliest ?? o.Period.Latest)!.Value.Year).Min() - 1;
        int lastYear = observations.Select(o => (o.Period.Latest ?? o.Period.Earliest)!.Value.Year).Max() + 1;
        decimal top = observations.Select(o => o.Value.High ?? o.Value.Low ?? 0).Max() * 1.15m;
        top = top <= 0 ? 1 : top;
        const int left = 48, bottom = 28, rightPad = 12, topPad = 12;
        double X(double year) => left + ((year - firstYear) / (lastYear - firstYear + 1)) * (width - left - rightPad);
        double Y(decimal v) => height - bottom - (double)(v / top) * (height - bottom - topPad);
        string[] colours = ["#1f77b4", "#c62828", "#2e7d32", "#6a1b9a"]; // each at least 4.5:1 against white, for the legend text (WCAG AA)
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{Escape(Indicator.Name)}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - rightPad}\" y2=\"{height - bottom}\" stroke=\"#333\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{topPad}\" x2=\"{left}\" y2=\"{height - bottom}\" stroke=\"#333\"/>");
        int step = Math.Max(1, (lastYear - firstYear) / 8);
        for (int year = firstYear; year <= lastYear; year += step)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(year + 0.5):0.#}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\">{year}</text>");
        }

        for (int i = 0; i <= 4; i++)
        {
            var v = top * i / 4;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\">{v:0}</text>");
        }

        for (int s = 0; s < all.Count; s++)
        {
            var colour = colours[s % colours.Length];
            sb.Append(CultureInfo.InvariantCulture, $"<g fill=\"{colour}\" fill-opacity=\"0.35\" stroke=\"{colour}\"><title>{Escape(all[s].Name)}</title>");
            foreach (var o in all[s].Observations)
            {
                double x1 = X((o.Period.Earliest?.Year ?? firstYear) + (o.Period.Earliest?.DayOfYear - 1 ?? 0) / 366.0);
                double x2 = X((o.Period.Latest?.Year ?? lastYear) + (o.Period.Latest?.DayOfYear ?? 366) / 366.0);
                double y1 = Y(o.Value.High ?? top), y2 = Y(o.Value.Low ?? 0);
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x1:0.#}\" y=\"{y1:0.#}\" width=\"{Math.Max(2, x2 - x1):0.#}\" height=\"{Math.Max(2, y2 - y1):0.#}\"><title>{o.Period}: {Escape(o.Value.Describe())}</title></rect>");
            }

            sb.Append(CultureInfo.InvariantCulture, $"</g><text x=\"{left + 8}\" y=\"{topPad + 12 + (s * 14)}\" fill=\"{colour}\">{Escape(all[s].Name)}</text>");
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>The plain-language summary.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Summary();

    private IEnumerable<Indicator> Series() => Comparisons.Prepend(Indicator).Concat(Related);

    private IndicatorObservation At(string period) =>
        Observations.FirstOrDefault(o => o.Period.ToString() == period)
        ?? throw new KeyNotFoundException($"'{Indicator.Id}' has no observation for '{period}'; it has {string.Join(", ", Observations.Select(o => o.Period))}");

    private static string Figure(IndicatorObservation o, string unit)
    {
        var hedge = o.Claim == ClaimStatus.Official ? "" : $" ({Data.Kebab.Name(o.Claim)})";
        return $"{o.Value.Describe()} {unit} in {o.Period}{hedge}";
    }

    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
