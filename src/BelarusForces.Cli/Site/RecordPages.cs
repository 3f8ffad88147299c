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
            if (record is INamedRecord { Aliases.IsEmpty: false } named)
            {
                h.Open("p", ("class", "aka")).Element("strong", "Also known as: ").Text(string.Join(", ", named.Aliases)).Close("p");
            }

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
                IndicatorChart(h, indicator);
            }

            foreach (var table in view.Tables.Where(t => t.Rows.Count > 0))
            {
                Nested(h, table, up);
            }

            Evidence(h, view, up);
            ReferencedBy(h, record, up);
            Citation(h, record.CitationKey, view.Title);
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

    private static string LabelOf(IRecord record) => record is INamedRecord named ? named.Name : Capital(record.Title);

    private void IndicatorChart(Html h, Indicator indicator)
    {
        var trend = indicator.Id.Value == IndicatorCollection.PilotFlightHoursId ? _data.Indicators.PilotFlightHours() : _data.Indicators.Trend(indicator);
        Chart.Write(h, trend, "chart");
    }

    private void Nested(Html h, NestedTable table, string up)
    {
        h.Open("div", ("class", "scroll")).Open("table", ("class", "nested")).Element("caption", table.Caption).Open("thead").Open("tr");
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
            RowQuotes(h, row, table.Columns.Count + 1, up);
        }

        h.Close("tbody").Close("table").Close("div");
    }

    // The quotes that prove a row stand on a line under it, so that a reader sees which quote backs which delivery or post.
    private static void RowQuotes(Html h, NestedRow row, int columns, string up)
    {
        if (row.Claim.Evidence.IsEmpty)
        {
            return;
        }

        h.Open("tr", ("class", "proof")).Open("td", ("colspan", columns.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var evidence in row.Claim.Evidence)
        {
            h.Open("p", ("class", "row-quote")).Element("q", evidence.Quote, ("cite", up + PathOf(evidence.Source))).Text(" — ")
                .Link(up + PathOf(evidence.Source), evidence.Source.Headline).Text(", " + LineOf(evidence.Line, evidence.Source)).Close("p");
        }

        h.Close("td").Close("tr");
    }

    // Quotes from one paragraph are shown together, each highlighted in it; a quote whose seed is not at hand stands alone.
    private void Evidence(Html h, RecordView view, string up)
    {
        h.Open("section", ("aria-labelledby", "evidence")).Element("h2", "Evidence", ("id", "evidence"));
        if (!_seeds.Present)
        {
            h.Element("p", "The site was made without the seed texts, so each quote stands alone.");
        }

        // The quotes that prove a row are shown on that row; the record's own quotes stay here.
        var onRows = view.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Claim.Evidence).ToHashSet();
        var own = view.Evidence.Where(e => !onRows.Contains(e) || view.Record.Evidence.Contains(e)).ToList();
        if (onRows.Count > 0)
        {
            h.Element("p", $"{Words.Number(own.Count)} quotes back the record as a whole; the quotes that prove a row of the tables above stand under that row.");
        }

        var paragraphs = own.Select(e => (Evidence: e, Found: _seeds.Find(e)))
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
        var references = _data.ReferencesTo(record);
        var from = Ordered(references.Where(r => r.Field != "mentions").Select(r => r.Record));
        h.Open("section", ("aria-labelledby", "referenced-by")).Element("h2", "Records that refer to this one", ("id", "referenced-by"));
        if (from.Count == 0)
        {
            h.Element("p", "None.");
        }
        else
        {
            RecordList(h, from, up);
        }

        h.Close("section");

        // A record's text naming this one by its name or an alias: for a person, his statements and the events he is named in.
        var mentions = Ordered(references.Where(r => r.Field == "mentions").Select(r => r.Record).Except(from));
        if (mentions.Count > 0)
        {
            var heading = record is Person ? "Statements and events that name this person" : "Records that mention this one";
            h.Open("section", ("aria-labelledby", "mentioned-in")).Element("h2", heading, ("id", "mentioned-in"))
                .Element("p", "Their quote, title or note names this record" + (record is INamedRecord { Aliases.IsEmpty: false } ? " or one of its other names." : "."));
            RecordList(h, mentions, up);
            h.Close("section");
        }

        Related(h, record, references, up);
    }

    // The typed relations both ways; for sources that disagree, the quotes of both records side by side.
    private void Related(Html h, IRecord record, IEnumerable<BelarusForces.Search.RecordReference> references, string up)
    {
        var related = _data.RelationsOf(record).Select(r => (r.Kind, Other: r.Record, Outgoing: true))
            .Concat(references.Where(r => r.Field == "relations")
                .SelectMany(r => _data.RelationsOf(r.Record).Where(x => ReferenceEquals(x.Record, record)).Select(x => (x.Kind, Other: r.Record, Outgoing: false))))
            .ToList();
        if (related.Count == 0)
        {
            return;
        }

        h.Open("section", ("aria-labelledby", "related")).Element("h2", "Related records", ("id", "related")).Open("ul", ("class", "refs"));
        foreach (var (kind, other, outgoing) in related)
        {
            var words = (kind, outgoing) switch
            {
                (RelationKind.Updates, true) => "updates",
                (RelationKind.Updates, false) => "updated by",
                (RelationKind.PartOf, true) => "part of",
                (RelationKind.PartOf, false) => "has as a part",
                _ => "sources disagree with",
            };
            h.Open("li").Text(words + " ").Link(up + PathOf(other), LabelOf(other)).Close("li");
        }

        h.Close("ul");
        foreach (var (_, other, _) in related.Where(r => r.Kind == RelationKind.Contradicts))
        {
            h.Element("h3", "Sources disagree: " + LabelOf(other)).Open("div", ("class", "disagree"));
            foreach (var side in new[] { record, other })
            {
                h.Open("figure", ("class", "evidence")).Open("blockquote").Element("p", side.Evidence[0].Quote).Close("blockquote")
                    .Open("figcaption").Text("— ").Link(up + PathOf(side), LabelOf(side)).Text($", {side.Evidence[0].Source.Headline} ({Words.Date(side.Evidence[0].Source.Published)})").Close("figcaption").Close("figure");
            }

            h.Close("div");
        }

        h.Close("section");
    }

    private static List<IRecord> Ordered(IEnumerable<IRecord> records) =>
        [.. records.Distinct().OrderBy(r => Array.IndexOf(CollectionOrder, r.Collection)).ThenBy(r => r.CitationKey, StringComparer.Ordinal)];

    private void RecordList(Html h, IReadOnlyList<IRecord> records, string up)
    {
        h.Open("ul", ("class", "refs"));
        foreach (var r in records)
        {
            var view = _views[r.CitationKey];
            h.Open("li");
            if (view.Date is { } date)
            {
                h.Element("span", Words.Date(date) + ": ", ("class", "when"));
            }

            h.Link(up + PathOf(r), LabelOf(r)).Text(" ").Element("span", r.Collection == "events" ? view.Kind : r.Collection, ("class", "kind")).Close("li");
        }

        h.Close("ul");
    }

    private void Citation(Html h, string? key, string? title = null)
    {
        h.Open("section", ("aria-labelledby", "cite"), ("class", "cite")).Element("h2", key is null ? "How to cite" : "Cite this record", ("id", "cite"));
        if (key is not null)
        {
            // The record, its title and its permanent address, in one line a reader can paste.
            h.Open("p", ("class", "cite-line")).Text($"“{Capital(title ?? key)}”, record {key} in BelarusForces, version {_data.Manifest.Version} (sha256:{_data.ContentHash}). ")
                .Text(_baseUrl is null ? $"Permanent address: {key}/ on this site." : $"{_baseUrl}{key}/").Close("p");
        }

        foreach (var (name, format) in CitationFormats)
        {
            h.Element("h3", name).Open("pre", ("class", "citation"), ("data-format", name)).Element("code", key is null ? _data.Cite(format) : _data.Cite(key, format)).Close("pre");
        }

        h.Close("section");
    }
}
