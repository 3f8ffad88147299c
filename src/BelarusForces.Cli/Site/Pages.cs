using System.Buffers;
using System.Text;
using System.Text.Json;
using BelarusForces.Export;
using BelarusForces.Model;
using BelarusForces.Queries;

namespace BelarusForces.Cli.Site;

/// <summary>The landing page, the collection tables, the sources, the timeline and the search page.</summary>
internal sealed partial class SiteWriter
{
    private const string SpecialOperationsForcesId = "special-operations-forces";

    private void WriteLanding()
    {
        var m = _data.Manifest;
        WritePage("index.html", m.Title, (h, up) =>
        {
            h.Element("h1", m.Title).Element("p", m.Description, ("class", "lead"));
            h.Open("p", ("class", "version")).Text($"Version {m.Version}, released {Words.Date(m.Released)}. Content hash ").Element("code", "sha256:" + _data.ContentHash)
                .Text($". Data {m.DataLicence}, code {m.CodeLicence}.").Close("p");

            h.Element("h2", "What it holds");
            h.Open("table", ("class", "counts")).Open("thead").Open("tr").Element("th", "collection", ("scope", "col")).Element("th", "records", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
            foreach (var (collection, count) in CollectionOrder.Select(c => (c, _views.Values.Count(v => v.Record.Collection == c))).Append(("sources", _data.Sources.Count)))
            {
                h.Open("tr").Open("td").Link($"{collection}/index.html", Capital(collection)).Close("td").Element("td", Words.Number(count), ("class", "number")).Close("tr");
            }

            h.Close("tbody").Close("table");

            h.Element("h2", "What Belarus acquired, by supplier country", ("id", "by-supplier"));
            h.Open("table", ("class", "answer")).Open("thead").Open("tr").Element("th", "supplier", ("scope", "col")).Element("th", "records", ("scope", "col"))
                .Element("th", "equipment", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
            foreach (var group in _data.Procurements.BySupplierCountry())
            {
                h.Open("tr").Element("th", group.Supplier?.Name ?? "not stated", ("scope", "row")).Element("td", Words.Number(group.Procurements.Count), ("class", "number")).Open("td");
                foreach (var (p, i) in group.Procurements.Select((p, i) => (p, i)))
                {
                    h.Text(i > 0 ? ", " : "").Link(PathOf(p), p.Equipment.Name, ("title", Capital(_views[p.CitationKey].Title)));
                }

                h.Close("td").Close("tr");
            }

            h.Close("tbody").Close("table");

            // A headline section whose record the data lacks is left out: data that validates makes a site.
            if (_data.Units.Find(SpecialOperationsForcesId) is not null)
            {
                h.Element("h2", "The Special Operations Forces' equipment", ("id", "sof-equipment"));
                h.Open("table", ("class", "answer")).Open("thead").Open("tr").Element("th", "equipment", ("scope", "col")).Element("th", "origin", ("scope", "col"))
                    .Element("th", "since", ("scope", "col")).Element("th", "records", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
                foreach (var item in _data.SpecialOperationsForcesEquipment())
                {
                    h.Open("tr").Open("th", ("scope", "row")).Link(up + PathOf(item.Equipment), item.Equipment.Name).Close("th")
                        .Element("td", item.Origin?.Name ?? "unknown").Element("td", Words.Date(item.Since)).Open("td");
                    Value(h, new Field("records", null, [.. item.Records]), up);
                    h.Close("td").Close("tr");
                }

                h.Close("tbody").Close("table");
            }

            if (_data.Indicators.Find(IndicatorCollection.PilotFlightHoursId) is { Observations.Count: > 0 })
            {
                var trend = _data.Indicators.PilotFlightHours();
                h.Element("h2", "The pilot flight-hour trend", ("id", "flight-hours"));
                h.Open("figure", ("class", "chart")).Trusted(trend.ToSvg()).Open("figcaption").Text(trend.Summary()).Text(" ")
                    .Link(PathOf(trend.Indicator), "The series, its quotes and its sources.").Close("figcaption").Close("figure");
            }

            Citation(h, key: null);

            h.Element("h2", "Downloads", ("id", "downloads")).Open("ul");
            h.Open("li").Link("downloads/datapackage/datapackage.json", "Frictionless Data Package").Text(" (datapackage.json with a CSV file per collection, which pandas, R, DuckDB and spreadsheets read)").Close("li");
            foreach (var collection in DatasetExport.Collections)
            {
                h.Open("li").Text(collection + ": ").Link($"downloads/datapackage/{collection}.csv", "CSV").Text(", ").Link($"downloads/jsonl/{collection}.jsonl", "JSON Lines").Close("li");
            }

            h.Close("ul");
        }, head: JsonLd());
    }

    // schema.org Dataset, which dataset search engines read.
    private string JsonLd()
    {
        var m = _data.Manifest;
        var years = _data.Timeline().SelectMany(e => new[] { e.Date.Earliest?.Year, e.Date.Latest?.Year }).OfType<int>().ToList();
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "Dataset");
            w.WriteString("name", m.Title);
            w.WriteString("description", m.Description);
            w.WriteString("version", m.Version);
            w.WriteString("datePublished", m.Released.ToString());
            w.WriteString("identifier", "sha256:" + _data.ContentHash);
            w.WriteString("license", "https://creativecommons.org/licenses/by/4.0/");
            w.WriteString("url", "https://github.com/belarus-forces/belarus-forces");
            w.WriteStartObject("creator");
            w.WriteString("@type", "Organization");
            w.WriteString("name", "BelarusForces contributors");
            w.WriteEndObject();
            w.WriteString("spatialCoverage", "Belarus");
            if (years.Count > 0)
            {
                w.WriteString("temporalCoverage", $"{years.Min()}/{years.Max()}");
            }

            w.WriteStartArray("distribution");
            Distribution(w, "application/json", "downloads/datapackage/datapackage.json");
            foreach (var collection in DatasetExport.Collections)
            {
                Distribution(w, "text/csv", $"downloads/datapackage/{collection}.csv");
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return "<script type=\"application/ld+json\">" + Encoding.UTF8.GetString(buffer.WrittenSpan) + "</script>";

        static void Distribution(Utf8JsonWriter w, string format, string url)
        {
            w.WriteStartObject();
            w.WriteString("@type", "DataDownload");
            w.WriteString("encodingFormat", format);
            w.WriteString("contentUrl", url);
            w.WriteEndObject();
        }
    }

    private void WriteCollection(string collection)
    {
        var views = _views.Values.Where(v => v.Record.Collection == collection).ToList();
        WritePage($"{collection}/index.html", Capital(collection), (h, up) =>
        {
            h.Element("h1", Capital(collection)).Element("p", $"{Words.Number(views.Count)} records. Each has a page with its quotes and its citation.");
            FilterBox(h, collection);
            h.Open("table", ("id", "table-" + collection), ("class", "sortable")).Open("thead").Open("tr");
            foreach (var column in new[] { "record", "kind", "date", "claim" })
            {
                h.Element("th", column, ("scope", "col"));
            }

            h.Close("tr").Close("thead").Open("tbody");
            foreach (var view in views)
            {
                h.Open("tr").Open("td").Link($"{up}{PathOf(view.Record)}", Capital(view.Title)).Close("td").Element("td", view.Kind)
                    .Element("td", view.Date is null ? "" : Words.Date(view.Date), ("data-sort", SortKey(view.Date)))
                    .Element("td", view.Record is IClaim c ? Words.Claim(c.Claim) : "");
                h.Close("tr");
            }

            h.Close("tbody").Close("table");
        });
    }

    private static void FilterBox(Html h, string table) =>
        h.Open("p", ("class", "filter"), ("hidden", "")).Element("label", "Filter the rows: ", ("for", "filter-" + table))
            .Open("input", ("id", "filter-" + table), ("type", "search"), ("data-filter", "table-" + table)).Close("p");

    // Dates sort by their earliest day (an open start first), so that "2011 to 2013" comes before "2012".
    private static string SortKey(BelarusForces.Values.EdtfDate? date) =>
        date?.Earliest is { } d ? $"{d.Year:0000}-{d.Month:00}-{d.Day:00}" : date is null ? "9999" : "0000";

    private void WriteSources()
    {
        var quotes = _views.Values.SelectMany(v => v.Evidence.Select(e => (Evidence: e, v.Record))).ToLookup(p => p.Evidence.Source.Id.Value, StringComparer.Ordinal);
        WritePage("sources/index.html", "Sources", (h, up) =>
        {
            h.Element("h1", "Sources").Element("p", "The articles every quote comes from, with the date each was published, as inferred from its content.");
            FilterBox(h, "sources");
            h.Open("table", ("id", "table-sources"), ("class", "sortable")).Open("thead").Open("tr").Element("th", "article", ("scope", "col"))
                .Element("th", "published", ("scope", "col")).Element("th", "quotes", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
            foreach (var source in _data.Sources.Values)
            {
                h.Open("tr").Open("td").Link(up + PathOf(source), source.Headline).Close("td")
                    .Element("td", Words.Date(source.Published), ("data-sort", SortKey(source.Published)))
                    .Element("td", Words.Number(quotes[source.Id.Value].Count()), ("class", "number")).Close("tr");
            }

            h.Close("tbody").Close("table");
        });

        foreach (var source in _data.Sources.Values)
        {
            // In text order: by the quote's line, then its place in the line; quotes not found in the seed go last.
            var facts = quotes[source.Id.Value].GroupBy(p => p.Evidence.Quote, StringComparer.Ordinal)
                .Select(g => (Quote: g.Key, Found: _seeds.Find(g.First().Evidence), Line: g.First().Evidence.Line, Records: g.Select(p => p.Record).Distinct().ToList()))
                .OrderBy(f => f.Found?.Line ?? (f.Line > 0 ? f.Line : int.MaxValue)).ThenBy(f => f.Found?.Start ?? 0).ToList();
            WritePage(PathOf(source), source.Headline, (h, up) =>
            {
                h.Open("nav", ("aria-label", "Breadcrumb"), ("class", "crumbs")).Link(up + "index.html", "Home").Text(" › ").Link(up + "sources/index.html", "Sources").Close("nav");
                h.Element("h1", source.Headline);
                h.Open("dl", ("class", "fields")).Element("dt", "published").Element("dd", Words.Date(source.Published)).Element("dt", "how the date was inferred")
                    .Element("dd", source.PublishedInference).Element("dt", "text").Element("dd", $"{source.SeedFile}, lines {source.FirstLine}–{source.LastLine}").Close("dl");
                h.Element("h2", $"Facts drawn from it, in text order ({Words.Number(facts.Count)} quotes)").Open("ol", ("class", "facts"));
                foreach (var (quote, found, line, records) in facts)
                {
                    h.Open("li").Open("blockquote").Element("p", quote).Close("blockquote").Open("p", ("class", "used"))
                        .Text((found?.Line ?? line) is > 0 and var at ? $"Line {at}. " : "").Text("Backs: ");
                    Value(h, new Field("records", null, records), up);
                    h.Close("p").Close("li");
                }

                h.Close("ol");
            });
        }
    }

    private void WriteTimeline()
    {
        WritePage("timeline/index.html", "Timeline", (h, up) =>
        {
            var entries = _data.Timeline();
            h.Element("h1", "Timeline").Element("p", "Every dated fact, ordered by the earliest day it can denote. A period or an imprecise date is given as the source gives it.");
            FilterBox(h, "timeline");
            h.Open("table", ("id", "table-timeline"), ("class", "sortable")).Open("thead").Open("tr").Element("th", "when", ("scope", "col"))
                .Element("th", "what", ("scope", "col")).Element("th", "record", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
            foreach (var entry in entries)
            {
                h.Open("tr").Element("td", Words.Date(entry.Date), ("data-sort", SortKey(entry.Date))).Element("td", Capital(entry.What))
                    .Open("td").Link(up + PathOf(entry.Record), entry.Record.CitationKey).Close("td").Close("tr");
            }

            h.Close("tbody").Close("table");
        });
    }

    private void WriteSearch()
    {
        WritePage("search/index.html", "Search", (h, up) =>
        {
            h.Element("h1", "Search").Element("p", "Search matches the beginnings of words in every record's names, titles, notes, hedges and quotes, and in the sources' headlines; "
                + "case, accents and punctuation do not matter. Matches in a title rank first, then in a name, then in the text; among equal matches, facts (procurements, "
                + "inventory, exercises, events) come before the things they are about.");
            h.Element("noscript", "Search needs JavaScript; every page is reachable from the collection tables without it.");
            h.Element("p", "", ("id", "search-status"), ("role", "status"), ("aria-live", "polite"));
            h.Open("ol", ("id", "results"), ("class", "results")).Close("ol");
            h.Open("script", ("src", up + "assets/search-index.js")).Close("script");
        });
    }

    // The index is a script that sets a global, not a JSON file to fetch: a page opened from file:// may not fetch.
    private string SearchIndex()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var view in CollectionOrder.SelectMany(c => _views.Values.Where(v => v.Record.Collection == c)))
            {
                var record = view.Record;
                var text = new[] { view.Note }.Concat(view.Claims.Select(c => c.Hedge)).Concat(view.Evidence.Select(e => e.Quote)).OfType<string>();
                Entry(w, PathOf(record), Capital(view.Title), record is INamedRecord n ? string.Join(" ", n.Aliases) : "", string.Join(" ", text), record.Collection,
                    view.Date is null ? "" : Words.Date(view.Date));
            }

            foreach (var source in _data.Sources.Values)
            {
                Entry(w, PathOf(source), source.Headline, "", "", "sources", Words.Date(source.Published));
            }

            w.WriteEndArray();
        }

        return "window.BelarusForcesIndex = " + Encoding.UTF8.GetString(buffer.WrittenSpan) + ";\n";

        static void Entry(Utf8JsonWriter w, string url, string title, string aliases, string text, string collection, string date)
        {
            w.WriteStartObject();
            w.WriteString("u", url);
            w.WriteString("t", title);
            w.WriteString("a", aliases);
            w.WriteString("x", text);
            w.WriteString("c", collection);
            w.WriteString("d", date);
            w.WriteEndObject();
        }
    }
}
