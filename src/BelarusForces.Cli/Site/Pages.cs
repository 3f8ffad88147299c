using System.Buffers;
using System.Text;
using System.Text.Json;
using BelarusForces.Data;
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
            h.Open("div", ("class", "scroll")).Open("table", ("class", "counts")).Open("thead").Open("tr").Element("th", "collection", ("scope", "col")).Element("th", "records", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
            foreach (var (collection, count) in CollectionOrder.Select(c => (c, _views.Values.Count(v => v.Record.Collection == c))).Append(("sources", _data.Sources.Count)))
            {
                h.Open("tr").Open("td").Link($"{collection}/index.html", Capital(collection)).Close("td").Element("td", Words.Number(count), ("class", "number")).Close("tr");
            }

            h.Close("tbody").Close("table").Close("div");

            Deals(h);

            // A headline section whose record the data lacks is left out: data that validates makes a site.
            if (_data.Units.Find(SpecialOperationsForcesId) is not null)
            {
                h.Element("h2", "The Special Operations Forces' equipment", ("id", "sof-equipment"));
                h.Open("div", ("class", "scroll")).Open("table", ("class", "answer")).Open("thead").Open("tr").Element("th", "equipment", ("scope", "col")).Element("th", "origin", ("scope", "col"))
                    .Element("th", "since", ("scope", "col")).Element("th", "records", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
                foreach (var item in _data.SpecialOperationsForcesEquipment())
                {
                    h.Open("tr").Open("th", ("scope", "row")).Link(up + PathOf(item.Equipment), item.Equipment.Name).Close("th")
                        .Element("td", item.Origin?.Name ?? "unknown").Element("td", Words.Date(item.Since)).Open("td");
                    Value(h, new Field("records", null, [.. item.Records]), up);
                    h.Close("td").Close("tr");
                }

                h.Close("tbody").Close("table").Close("div");
            }

            if (_data.Indicators.Find(IndicatorCollection.PilotFlightHoursId) is { Observations.Count: > 0 })
            {
                var trend = _data.Indicators.PilotFlightHours();
                h.Element("h2", "The pilot flight-hour trend", ("id", "flight-hours"));
                Chart.Write(h, trend, "flight-hours-chart");
                h.Open("p").Link(PathOf(trend.Indicator), "The series, its quotes and its sources.").Close("p");
            }

            Citation(h, key: null);

            h.Element("h2", "Downloads", ("id", "downloads"));
            h.Open("p").Text("The ").Link("downloads/datapackage/datapackage.json", "Frictionless Data Package")
                .Text(" (a CSV file per collection with its schema, which pandas, R, DuckDB and spreadsheets read), JSON Lines, and one SQLite database of every table. ")
                .Text("Each file with its size and SHA-256, to check a copy against.").Close("p");
            h.Open("div", ("class", "scroll")).Open("table", ("class", "downloads")).Open("thead").Open("tr").Element("th", "file", ("scope", "col")).Element("th", "size", ("scope", "col"))
                .Element("th", "SHA-256", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
            foreach (var (path, size, sha256) in Downloads())
            {
                h.Open("tr").Open("td").Link(path, path["downloads/".Length..]).Close("td").Element("td", Size(size), ("class", "number")).Open("td").Element("code", sha256).Close("td").Close("tr");
            }

            h.Close("tbody").Close("table").Close("div");
        }, head: JsonLd());
    }

    // A deal is one equipment type from one supplier: the plan, the contract and the delay of the Su-30SM are three records
    // of one deal. A deal's status is that of its most recent record. Exports are counted apart, by recipient.
    private void Deals(Html h)
    {
        var groups = _data.Procurements.BySupplierCountry();
        var deals = groups.SelectMany(g => g.Procurements.GroupBy(p => p.Equipment).Select(d => new Deal(g.Supplier?.Name ?? "not stated", [.. d]))).ToList();
        h.Element("h2", "What Belarus acquired, by supplier country", ("id", "by-supplier"));
        h.Element("p", $"{Words.Number(deals.Count)} deals in {Words.Number(groups.Sum(g => g.Procurements.Count))} records. A deal is one equipment type from one supplier, "
            + "however many records (plan, contract, deliveries, delay) the sources give it; its status is that of its most recent record. "
            + "Acquisitions, modernisations, development and retirements for Belarus are counted; exports are listed apart below.", ("class", "counts-what"));
        h.Open("div", ("class", "scroll")).Open("table", ("class", "answer")).Open("thead").Open("tr").Element("th", "supplier", ("scope", "col")).Element("th", "deals", ("scope", "col"))
            .Element("th", "records", ("scope", "col")).Element("th", "equipment (status)", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
        foreach (var supplier in deals.GroupBy(d => d.Supplier))
        {
            h.Open("tr").Element("th", supplier.Key, ("scope", "row")).Element("td", Words.Number(supplier.Count()), ("class", "number"))
                .Element("td", Words.Number(supplier.Sum(d => d.Records.Count)), ("class", "number")).Open("td");
            DealList(h, supplier);
            h.Close("td").Close("tr");
        }

        h.Close("tbody").Close("table").Close("div");

        h.Element("h2", "Deals by status", ("id", "by-status"));
        h.Open("div", ("class", "scroll")).Open("table", ("class", "answer")).Open("thead").Open("tr").Element("th", "status", ("scope", "col")).Element("th", "deals", ("scope", "col"))
            .Element("th", "equipment", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
        foreach (var status in deals.GroupBy(d => d.Status).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            h.Open("tr").Element("th", status.Key, ("scope", "row")).Element("td", Words.Number(status.Count()), ("class", "number")).Open("td");
            DealList(h, status, withStatus: false);
            h.Close("td").Close("tr");
        }

        h.Close("tbody").Close("table").Close("div");

        var exports = _data.Procurements.ExportsByRecipient();
        h.Element("h2", "Belarus's arms exports, by recipient", ("id", "exports"));
        h.Element("p", $"{Words.Number(exports.Sum(g => g.Procurements.Count))} export records, counted apart from the acquisitions above.", ("class", "counts-what"));
        h.Open("div", ("class", "scroll")).Open("table", ("class", "answer")).Open("thead").Open("tr").Element("th", "recipient", ("scope", "col")).Element("th", "deals", ("scope", "col"))
            .Element("th", "equipment (status)", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
        foreach (var group in exports)
        {
            var sold = group.Procurements.GroupBy(p => p.Equipment).Select(d => new Deal("Belarus", [.. d])).ToList();
            h.Open("tr").Element("th", group.Recipient?.Name ?? "undisclosed", ("scope", "row")).Element("td", Words.Number(sold.Count), ("class", "number")).Open("td");
            DealList(h, sold);
            h.Close("td").Close("tr");
        }

        h.Close("tbody").Close("table").Close("div");
    }

    private void DealList(Html h, IEnumerable<Deal> deals, bool withStatus = true)
    {
        foreach (var (deal, i) in deals.Select((d, i) => (d, i)))
        {
            var latest = deal.Latest;
            h.Text(i > 0 ? ", " : "").Link(PathOf(latest), latest.Equipment.Name);
            var more = deal.Records.Count > 1 ? $"{Words.Number(deal.Records.Count)} records" : null;
            var note = string.Join("; ", new[] { withStatus ? deal.Status : null, more }.OfType<string>());
            h.Text(note.Length > 0 ? $" ({note})" : "");
        }
    }

    private sealed record Deal(string Supplier, IReadOnlyList<Procurement> Records)
    {
        public Procurement Latest { get; } = Records.OrderBy(p => ((IRecord)p).AllDates.Select(d => Listings.SortKey(d)).DefaultIfEmpty("").Max(StringComparer.Ordinal), StringComparer.Ordinal).Last();

        public string Status => BelarusForces.Data.Kebab.Name(Latest.Status);
    }

    private static string Size(long bytes) => bytes < 1024 ? $"{bytes} B" : bytes < 1024 * 1024
        ? $"{(bytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} KB"
        : $"{(bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} MB";

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
            Distribution(w, "application/vnd.sqlite3", "downloads/sqlite/" + BelarusForces.Sqlite.SqliteExport.FileName);
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
        var declared = Collections.Named(collection);
        var views = Listings.Ordered(declared, _views.Values.Where(v => v.Record.Collection == collection)).ToList();
        var columns = Listings.Columns(declared);
        var facets = Listings.Facets(declared);
        WritePage($"{collection}/index.html", Capital(collection), (h, up) =>
        {
            h.Element("h1", Capital(collection)).Element("p", $"{Words.Number(views.Count)} records. Each has a page with its quotes and its citation.");
            if (facets.Count > 0)
            {
                Facets(h, collection, facets, views);
            }

            FilterBox(h, collection);
            h.Element("p", "", ("id", "shown-" + collection), ("class", "shown"), ("role", "status"), ("aria-live", "polite"));
            h.Open("div", ("class", "scroll")).Open("table", ("id", "table-" + collection), ("class", "sortable listing")).Open("thead").Open("tr");
            foreach (var column in columns)
            {
                h.Element("th", column.Name, ("scope", "col"));
            }

            h.Close("tr").Close("thead").Open("tbody");
            foreach (var view in views)
            {
                h.Open("tr", [.. facets.Select(f => ("data-" + f.Name, (string?)string.Join("|", f.Values(view))))]);
                foreach (var column in columns)
                {
                    h.Open("td", ("data-sort", column.Sort?.Invoke(view)), ("class", column.Number ? "number" : null));
                    var cell = column.Cell(view);
                    if (cell.Links is [var only] && ReferenceEquals(only, view.Record))
                    {
                        h.Link(up + PathOf(view.Record), Capital(view.Title));
                    }
                    else
                    {
                        Value(h, cell, up);
                    }

                    h.Close("td");
                }

                h.Close("tr");
            }

            h.Close("tbody").Close("table").Close("div");
        });
    }

    // Each facet value is a link that keeps the filter in the address (?kind=test&year=2017), so that a narrowed listing
    // can be linked; the script applies the address's filters, from file:// as from a host. Counts are of every record.
    private static void Facets(Html h, string collection, IReadOnlyList<ListFacet> facets, IReadOnlyList<RecordView> views)
    {
        h.Open("nav", ("class", "facets"), ("aria-label", "Narrow the list"), ("data-table", "table-" + collection), ("hidden", ""));
        foreach (var facet in facets)
        {
            var counts = views.SelectMany(v => facet.Values(v).Distinct()).GroupBy(x => x, StringComparer.Ordinal)
                .OrderBy(g => facet.Name == "year" ? g.Key : "", StringComparer.Ordinal).ThenByDescending(g => facet.Name == "year" ? 0 : g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
            h.Open("details", ("class", "facet"), ("open", facet.Name == "year" ? null : "")).Element("summary", facet.Name).Open("ul");
            foreach (var group in counts)
            {
                h.Open("li").Open("a", ("href", "?" + facet.Name + "=" + Uri.EscapeDataString(group.Key)), ("data-facet", facet.Name), ("data-value", group.Key))
                    .Text(group.Key).Close("a").Text(" ").Element("span", Words.Number(group.Count()), ("class", "count")).Close("li");
            }

            h.Close("ul").Close("details");
        }

        h.Open("p").Link("?", "Show every record", ("class", "clear")).Close("p");
        h.Close("nav");
    }

    private static void FilterBox(Html h, string table) =>
        h.Open("p", ("class", "filter"), ("hidden", "")).Element("label", "Filter the rows: ", ("for", "filter-" + table))
            .Open("input", ("id", "filter-" + table), ("type", "search"), ("data-filter", "table-" + table)).Close("p");

    private static string SortKey(BelarusForces.Values.EdtfDate? date) => Listings.SortKey(date);

    private void WriteSources()
    {
        var quotes = _views.Values.SelectMany(v => v.Evidence.Select(e => (Evidence: e, v.Record))).ToLookup(p => p.Evidence.Source.Id.Value, StringComparer.Ordinal);
        WritePage("sources/index.html", "Sources", (h, up) =>
        {
            h.Element("h1", "Sources").Element("p", "The articles every quote comes from, with the date each was published, as inferred from its content.");
            FilterBox(h, "sources");
            h.Open("div", ("class", "scroll")).Open("table", ("id", "table-sources"), ("class", "sortable")).Open("thead").Open("tr").Element("th", "article", ("scope", "col"))
                .Element("th", "published", ("scope", "col")).Element("th", "quotes", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
            foreach (var source in _data.Sources.Values)
            {
                h.Open("tr").Open("td").Link(up + PathOf(source), source.Headline).Close("td")
                    .Element("td", Words.Date(source.Published), ("data-sort", SortKey(source.Published)))
                    .Element("td", Words.Number(quotes[source.Id.Value].Select(p => p.Evidence.Quote).Distinct(StringComparer.Ordinal).Count()), ("class", "number")).Close("tr");
            }

            h.Close("tbody").Close("table").Close("div");
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
            h.Open("div", ("class", "scroll")).Open("table", ("id", "table-timeline"), ("class", "sortable")).Open("thead").Open("tr").Element("th", "when", ("scope", "col"))
                .Element("th", "what", ("scope", "col")).Element("th", "record", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
            foreach (var entry in entries)
            {
                h.Open("tr").Element("td", Words.Date(entry.Date), ("data-sort", SortKey(entry.Date))).Element("td", Capital(entry.What))
                    .Open("td").Link(up + PathOf(entry.Record), entry.Record.CitationKey).Close("td").Close("tr");
            }

            h.Close("tbody").Close("table").Close("div");
        });
    }

    private void WriteSearch()
    {
        WritePage("search/index.html", "Search", (h, up) =>
        {
            h.Element("h1", "Search").Element("p", "This is the library's search, run over its own index: the same results in the same order as "
                + "belarus-forces search. It reads every record's names, aliases, titles, posts, notes, hedges and quotes, and the sources' headlines. Case, accents, "
                + "apostrophes and hyphens inside a word do not count (T-72B finds T72B); a word finds its other forms (modernised, modernisation), the number it "
                + "spells (twelve, 12), the words it begins and, from five letters on, words one slip away; a name finds what its other spellings find (Ravkov, "
                + "Raukou); \"words in quotes\" must stand together. Records that match every word come first, then those that match most of them, marked "
                + "with the words they lack; names count most, then titles, then text. Each result shows the field that holds most of the words, and where "
                + "its quote comes from.");
            h.Element("noscript", "Search needs JavaScript; every page is reachable from the collection tables without it.");
            h.Element("p", "", ("id", "search-status"), ("role", "status"), ("aria-live", "polite"));
            h.Open("ol", ("id", "results"), ("class", "results")).Close("ol");
            h.Open("script", ("src", up + "assets/search-index.js")).Close("script");
        });
    }

    // The index is a script that sets a global, not a JSON file to fetch: a page opened from file:// may not fetch. It is
    // the library's own search index (SearchIndex.WriteTo), so that the page finds and ranks what `search` finds; the
    // site adds to each owner its title and date (its address is its key's: collection/id/index.html).
    private string SearchIndex()
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Relaxed escaping: the texts keep their letters (Raŭkoŭ, Cyrillic) instead of \u escapes; a script file is no HTML.
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            _data.SearchIndex.WriteTo(w, (w, owner) =>
            {
                if (owner.Record is { } record)
                {
                    var view = _views[record.CitationKey];
                    w.WriteString("title", Capital(view.Title));
                    w.WriteString("date", view.Date is null ? "" : Words.Date(view.Date));
                }
                else
                {
                    w.WriteString("title", owner.Source!.Headline);
                    w.WriteString("date", Words.Date(owner.Source.Published));
                }
            });
        }

        return "window.BelarusForcesSearch = " + Encoding.UTF8.GetString(buffer.WrittenSpan) + ";\n";
    }
}
