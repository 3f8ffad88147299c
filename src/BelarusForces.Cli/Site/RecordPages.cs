using BelarusForces.Model;
using BelarusForces.Queries;
using BelarusForces.Versioning;

namespace BelarusForces.Cli.Site;

/// <summary>The page of one record: its fields in words, its claim, its quotes in their paragraphs, what refers to it, its citation.</summary>
internal sealed partial class SiteWriter
{
    private static readonly (string Name, CitationFormat Format)[] CitationFormats =
        [("APA", CitationFormat.Apa), ("BibTeX", CitationFormat.BibTex), ("RIS", CitationFormat.Ris)];

    private void WriteRecord(RecordView view)
    {
        var record = view.Record;
        WritePage(PathOf(record), Capital(view.Title), (h, up) =>
        {
            h.Open("nav", ("aria-label", "Breadcrumb"), ("class", "crumbs")).Link(up + "index.html", "Home").Text(" › ")
                .Link($"{up}{record.Collection}/index.html", Capital(record.Collection)).Close("nav");
            h.Open("article", ("class", "record"));
            h.Element("h1", Capital(view.Title));
            h.Open("p", ("class", "key")).Text("Permanent address: ").Element("code", record.CitationKey + "/").Text(" · ").Text(view.Kind).Close("p");
            if (record is IClaim claim)
            {
                h.Open("p", ("class", "claim"));
                Badge(h, claim);
                h.Close("p");
            }

            Fields(h, view.Fields, up);
            if (view.Note is { } note)
            {
                h.Open("p", ("class", "note")).Element("strong", "Curator's note: ").Text(note).Close("p");
            }

            if (record is Indicator indicator)
            {
                Chart(h, indicator);
            }

            foreach (var table in view.Tables.Where(t => t.Rows.Count > 0))
            {
                Nested(h, table, up);
            }

            Evidence(h, view, up);
            ReferencedBy(h, record, up);
            Citation(h, record.CitationKey);
            h.Close("article");
        });
    }

    private static void Badge(Html h, IClaim claim)
    {
        h.Element("span", Words.Claim(claim.Claim), ("class", "badge claim-" + BelarusForces.Data.Kebab.Name(claim.Claim)));
        if (claim.Hedge is { } hedge)
        {
            h.Text(" ").Open("span", ("class", "hedge")).Text("hedged: “").Text(hedge).Text("”").Close("span");
        }
    }

    private void Fields(Html h, IEnumerable<Field> fields, string up)
    {
        h.Open("dl", ("class", "fields"));
        foreach (var field in fields.Where(f => !f.IsEmpty))
        {
            h.Element("dt", field.Label).Open("dd");
            Value(h, field, up);
            h.Close("dd");
        }

        h.Close("dl");
    }

    private void Value(Html h, Field field, string up)
    {
        h.Text(field.Text);
        for (int i = 0; i < field.Links.Count; i++)
        {
            h.Text(i > 0 || field.Text is not null ? ", " : "");
            h.Link(up + PathOf(field.Links[i]), LabelOf(field.Links[i]));
        }
    }

    private string LabelOf(IRecord record) => record is INamedRecord named ? named.Name : Capital(_views[record.CitationKey].Title);

    private void Chart(Html h, Indicator indicator)
    {
        var trend = indicator.Id.Value == IndicatorCollection.PilotFlightHoursId ? _data.Indicators.PilotFlightHours() : _data.Indicators.Trend(indicator);
        h.Open("figure", ("class", "chart")).Trusted(trend.ToSvg())
            .Element("figcaption", "Each box spans its period across and its range of values up; an open bound reaches the edge. " + trend.Summary())
            .Close("figure");
    }

    private void Nested(Html h, NestedTable table, string up)
    {
        h.Open("table", ("class", "nested")).Element("caption", table.Caption).Open("thead").Open("tr");
        foreach (var column in table.Columns.Append("claim"))
        {
            h.Element("th", column, ("scope", "col"));
        }

        h.Close("tr").Close("thead").Open("tbody");
        foreach (var row in table.Rows)
        {
            h.Open("tr");
            foreach (var cell in row.Cells)
            {
                h.Open("td");
                Value(h, cell, up);
                h.Close("td");
            }

            h.Open("td");
            Badge(h, row.Claim);
            h.Close("td").Close("tr");
        }

        h.Close("tbody").Close("table");
    }

    // Quotes from one paragraph are shown together, each highlighted in it; a quote whose seed is not at hand stands alone.
    private void Evidence(Html h, RecordView view, string up)
    {
        h.Open("section", ("aria-labelledby", "evidence")).Element("h2", "Evidence", ("id", "evidence"));
        if (!_seeds.Present)
        {
            h.Element("p", "The site was made without the seed texts, so each quote stands alone.");
        }

        var paragraphs = view.Evidence.Select(e => (Evidence: e, Found: _seeds.Find(e)))
            .GroupBy(p => (p.Evidence.Source, Line: p.Found?.Line ?? -1, Passage: p.Found?.Paragraph, Alone: p.Found is null ? p.Evidence.Quote : null));
        foreach (var paragraph in paragraphs)
        {
            var source = paragraph.Key.Source;
            var found = paragraph.First().Found;
            h.Open("figure", ("class", "evidence")).Open("blockquote", ("cite", up + PathOf(source))).Open("p");
            if (found is null)
            {
                h.Element("mark", paragraph.First().Evidence.Quote);
            }
            else
            {
                Highlighted(h, found.Paragraph, paragraph.Select(p => (p.Found!.Start, End: p.Found.Start + p.Found.Length)));
            }

            h.Close("p").Close("blockquote").Open("figcaption").Text("— ").Link(up + PathOf(source), source.Headline)
                .Text($", published {Words.Date(source.Published)}; {source.SeedFile}, ")
                .Text(LineOf(found?.Line ?? paragraph.First().Evidence.Line, source))
                .Close("figcaption").Close("figure");
        }

        h.Close("section");
    }

    private static string LineOf(int line, Source source) => line > 0 ? $"line {line}" : $"lines {source.FirstLine}–{source.LastLine}";

    // Overlapping quotes are joined into one highlight.
    private static void Highlighted(Html h, string paragraph, IEnumerable<(int Start, int End)> quotes)
    {
        int at = 0;
        foreach (var (start, end) in quotes.OrderBy(q => q.Start))
        {
            if (end <= at)
            {
                continue;
            }

            var from = Math.Max(start, at);
            h.Text(paragraph[at..from]).Element("mark", paragraph[from..end]);
            at = end;
        }

        h.Text(paragraph[at..]);
    }

    private void ReferencedBy(Html h, IRecord record, string up)
    {
        // The structured references of the library's index; "mentions" (a record's text naming another) stay off the page.
        var from = _data.ReferencesTo(record).Where(r => r.Field != "mentions").Select(r => r.Record).Distinct().OrderBy(r => Array.IndexOf(CollectionOrder, r.Collection)).ThenBy(r => r.CitationKey, StringComparer.Ordinal).ToList();
        h.Open("section", ("aria-labelledby", "referenced-by")).Element("h2", "Records that refer to this one", ("id", "referenced-by"));
        if (from.Count == 0)
        {
            h.Element("p", "None.");
        }
        else
        {
            h.Open("ul", ("class", "refs"));
            foreach (var r in from)
            {
                h.Open("li").Link(up + PathOf(r), LabelOf(r)).Text(" ").Element("span", r.Collection, ("class", "kind")).Close("li");
            }

            h.Close("ul");
        }

        h.Close("section");
    }

    private void Citation(Html h, string? key)
    {
        h.Open("section", ("aria-labelledby", "cite"), ("class", "cite")).Element("h2", key is null ? "How to cite" : "Cite this record", ("id", "cite"));
        foreach (var (name, format) in CitationFormats)
        {
            h.Element("h3", name).Open("pre", ("class", "citation"), ("data-format", name)).Element("code", key is null ? _data.Cite(format) : _data.Cite(key, format)).Close("pre");
        }

        h.Close("section");
    }
}
