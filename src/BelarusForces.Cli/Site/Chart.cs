using System.Globalization;
using System.Text;
using BelarusForces.Model;
using BelarusForces.Queries;
using BelarusForces.Values;

namespace BelarusForces.Cli.Site;

/// <summary>
/// An indicator's trend as a reader can read it: one chart per measure (annual flight hours apart from graduates'
/// practice hours), the unit on the axis, round ticks, each figure as a band over its period (a range from its low to
/// its high bound, an open bound reaching the edge), a responsive SVG that scales to its box, a text alternative, and
/// beside it the table of the same figures with their dates in words.
/// </summary>
internal static class Chart
{
    private const int Width = 640, Left = 56, Right = 12, Bottom = 30;

    // Mid tones legible as fills on white and on the night scheme's near-black; the text stays in the page's colour.
    private static readonly string[] Colours = ["#2f6fb3", "#c0392b", "#2e8b57", "#8e44ad"];

    /// <summary>The series of a trend grouped by measure, the trend's own measure first.</summary>
    public static IEnumerable<IGrouping<string, Indicator>> Measures(IndicatorTrend trend) =>
        trend.Comparisons.Prepend(trend.Indicator).Concat(trend.Related).Where(s => !s.Observations.IsEmpty)
            .GroupBy(s => s.Measure + "\u0000" + s.UnitOfMeasure).OrderBy(g => g.Key == trend.Indicator.Measure + "\u0000" + trend.Indicator.UnitOfMeasure ? 0 : 1);

    /// <summary>Writes a figure per measure: the chart, its caption in words and its table.</summary>
    public static void Write(Html h, IndicatorTrend trend, string id)
    {
        int n = 0;
        foreach (var measure in Measures(trend))
        {
            var series = measure.ToList();
            var unit = series[0].UnitOfMeasure;
            var chartId = $"{id}-{n++}";
            var words = string.Join(" ", series.Select(s => $"{s.Name}: {string.Join("; ", s.Observations.Select(o => $"{o.Value.Describe()} {unit} in {Words.Date(o.Period)}"))}."));
            h.Open("figure", ("class", "chart"), ("aria-labelledby", chartId + "-caption"));
            h.Trusted(Svg(series, unit, chartId, words));
            h.Open("figcaption", ("id", chartId + "-caption")).Element("strong", Measure(series[0]) + ". ")
                .Text("Each figure is a band over its period, from its low to its high bound; an exact figure is a thin band; an open bound reaches the chart's edge. ")
                .Text(words).Close("figcaption");
            h.Open("div", ("class", "scroll")).Open("table", ("class", "chart-table")).Element("caption", Measure(series[0]) + ", the figures charted")
                .Open("thead").Open("tr").Element("th", "series", ("scope", "col")).Element("th", "period", ("scope", "col"))
                .Element("th", unit, ("scope", "col")).Element("th", "claim", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
            foreach (var s in series)
            {
                foreach (var o in s.Observations)
                {
                    h.Open("tr").Element("td", s.Name).Element("td", Words.Date(o.Period)).Element("td", o.Value.Describe(), ("class", "number"))
                        .Element("td", Words.Claim(o.Claim)).Close("tr");
                }
            }

            h.Close("tbody").Close("table").Close("div").Close("figure");
        }
    }

    private static string Measure(Indicator i) => SiteWriter.Capital(i.Measure.Replace('-', ' ')) + ", in " + i.UnitOfMeasure;

    private static string Svg(List<Indicator> series, string unit, string id, string words)
    {
        // The legend stands above the plot, one line per series, so that no band hides behind it.
        int plotTop = 30 + (16 * series.Count), height = plotTop + 240 + Bottom;
        var observations = series.SelectMany(s => s.Observations).ToList();
        int first = observations.Select(o => (o.Period.Earliest ?? o.Period.Latest)!.Value.Year).Min();
        int last = observations.Select(o => (o.Period.Latest ?? o.Period.Earliest)!.Value.Year).Max() + 1;
        int yearStep = Step(last - first, 8, [1, 2, 5, 10, 20, 50]);
        first = first / yearStep * yearStep;
        last = (last + yearStep - 1) / yearStep * yearStep;
        var highest = observations.Select(o => o.Value.High ?? o.Value.Low ?? 0).Max();
        var valueStep = NiceStep(highest <= 0 ? 1 : highest, 5);
        var top = Math.Ceiling(highest / valueStep) * valueStep;
        top = top <= highest ? top + valueStep : top; // room above the highest figure, and for an open upper bound
        double X(double year) => Left + ((year - first) / (last - first)) * (Width - Left - Right);
        double Y(decimal v) => height - Bottom - (double)(v / top) * (height - Bottom - plotTop);

        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.Append(c, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" font-family=\"sans-serif\" font-size=\"12\" fill=\"currentColor\">");
        sb.Append(c, $"<title id=\"{id}-t\">{Escape(string.Join(", ", series.Select(s => s.Name)))}</title><desc id=\"{id}-d\">{Escape(words)}</desc>");
        for (var v = 0m; v <= top; v += valueStep)
        {
            sb.Append(c, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(v):0.#}\" y2=\"{Y(v):0.#}\" stroke=\"currentColor\" stroke-opacity=\"{(v == 0 ? 0.8 : 0.15)}\"/>");
            sb.Append(c, $"<text x=\"{Left - 6}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\">{v.ToString("#,0.##", c)}</text>");
        }

        sb.Append(c, $"<text x=\"{Left - 6}\" y=\"{plotTop - 10}\" text-anchor=\"end\" font-weight=\"bold\">{Escape(unit)}</text>");
        for (int year = first; year <= last; year += yearStep)
        {
            sb.Append(c, $"<line x1=\"{X(year):0.#}\" x2=\"{X(year):0.#}\" y1=\"{height - Bottom}\" y2=\"{height - Bottom + 5}\" stroke=\"currentColor\"/>");
            sb.Append(c, $"<text x=\"{X(year):0.#}\" y=\"{height - Bottom + 18}\" text-anchor=\"middle\">{year}</text>");
        }

        for (int s = 0; s < series.Count; s++)
        {
            var colour = Colours[s % Colours.Length];
            sb.Append(c, $"<g fill=\"{colour}\" stroke=\"{colour}\">");
            foreach (var o in series[s].Observations)
            {
                double x1 = o.Period.Earliest is { } e ? X(e.Year + (e.DayOfYear - 1) / 366.0) : X(first);
                double x2 = o.Period.Latest is { } l ? X(l.Year + l.DayOfYear / 366.0) : X(last);
                double y1 = Y(o.Value.High ?? top), y2 = Y(o.Value.Low ?? 0);
                var open = o.Value.High is null || o.Value.Low is null || o.Period.Earliest is null || o.Period.Latest is null;
                sb.Append(c, $"<rect x=\"{x1:0.#}\" y=\"{Math.Min(y1, y2 - 3):0.#}\" width=\"{Math.Max(3, x2 - x1):0.#}\" height=\"{Math.Max(3, y2 - y1):0.#}\" fill-opacity=\"0.35\"{(open ? " stroke-dasharray=\"4 3\"" : "")}>")
                    .Append(c, $"<title>{Escape(series[s].Name)}, {Escape(Words.Date(o.Period))}: {Escape(o.Value.Describe())} {Escape(unit)}</title></rect>");
            }

            sb.Append(c, $"</g><rect x=\"{Left + 8}\" y=\"{6 + (s * 16)}\" width=\"12\" height=\"12\" fill=\"{colour}\"/>")
                .Append(c, $"<text x=\"{Left + 26}\" y=\"{16 + (s * 16)}\">{Escape(series[s].Name)}</text>");
        }

        return sb.Append("</svg>").ToString();
    }

    // The smallest of the given steps that needs no more than `most` ticks.
    private static int Step(int span, int most, int[] steps) => steps.FirstOrDefault(s => span / s <= most, steps[^1]);

    // A round step (1, 2 or 5 times a power of ten) that splits 0..top into at most `most` parts.
    private static decimal NiceStep(decimal top, int most)
    {
        var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)top / most)));
        return new[] { 1m, 2m, 5m, 10m }.Select(m => m * power).First(s => top / s <= most);
    }

    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
