using System.Text.RegularExpressions;
using BelarusForces.Cli.Site;

namespace BelarusForces.Tests;

/// <summary>The site generator without a browser: a page per record, values in words, escaping, size and the output folder's rules.</summary>
public sealed partial class SiteTests : IDisposable
{
    private static readonly BelarusForcesDataset Data = BelarusForcesDataset.Current;
    // Made once per test run, in the test output, and replaced by the next run.
    private static readonly Lazy<string> Site = new(() => Generate(Repository.Seeds, Path.Combine(AppContext.BaseDirectory, "generated-site")));

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "bf-site-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    [Fact]
    public void Every_record_and_every_source_has_a_page_at_its_permanent_address()
    {
        foreach (var record in Data.AllRecords())
        {
            File.Exists(Path.Combine(Site.Value, record.Collection, record.Id, "index.html")).Should().BeTrue(record.CitationKey);
        }

        foreach (var source in Data.Sources.Values)
        {
            File.Exists(Path.Combine(Site.Value, "sources", source.Id.Value, "index.html")).Should().BeTrue(source.Id.Value);
        }
    }

    [Fact]
    public void Quantities_and_dates_are_written_in_words()
    {
        Page("procurements/drones-planned-2017").Should().Contain("<dd>more than 50</dd>");
        Page("units/special-operations-forces").Should().Contain("<td>5,000 to 7,000</td>");
        Page("procurements/cs-vn3-from-china").Should().Contain("<td>June 2017</td>").And.Contain("<td>until 18 February 2018</td>");
        Page("indicators/belarus-pilot-annual-flight-hours").Should().Contain("<td>2011 to 2013</td>").And.Contain("<td>about 2004 to about 2009</td>");
    }

    [Fact]
    public void A_record_page_lists_the_records_that_refer_to_it()
    {
        var equipment = Page("equipment/cs-vn3");
        var referring = equipment[equipment.IndexOf("id=\"referenced-by\"", StringComparison.Ordinal)..];

        foreach (var p in Data.Procurements.Where(p => p.Equipment.Id.Value == "cs-vn3"))
        {
            referring.Should().Contain($"href=\"../../procurements/{p.Id}/index.html\"");
        }

        foreach (var i in Data.Inventory.Where(i => i.Equipment.Id.Value == "cs-vn3"))
        {
            referring.Should().Contain($"href=\"../../inventory/{i.Id}/index.html\"");
        }
    }

    [Theory]
    [InlineData("2017-06", "June 2017")]
    [InlineData("2017-09-14", "14 September 2017")]
    [InlineData("2005~", "about 2005")]
    [InlineData("2018?", "perhaps 2018")]
    [InlineData("2011/2013", "2011 to 2013")]
    [InlineData("../2006", "until 2006")]
    [InlineData("2014/..", "from 2014")]
    [InlineData("201X", "the 2010s")]
    [InlineData("2017-21", "spring 2017")]
    public void An_edtf_date_reads_as_a_person_says_it(string edtf, string words) => Words.Date(edtf).Should().Be(words);

    [Fact]
    public void Every_text_value_is_html_encoded()
    {
        new Html().Element("p", "<script>&\"'", ("title", "a\"b")).ToString().Should().Be("<p title=\"a&quot;b\">&lt;script&gt;&amp;&quot;&#39;</p>");

        // The data holds ampersands (such as "R&D"); in every page each & starts an entity.
        var pages = Directory.EnumerateFiles(Site.Value, "*.html", SearchOption.AllDirectories).ToList();
        pages.Should().HaveCountGreaterThan(Data.AllRecords().Count());
        pages.Where(p => BareAmpersand().IsMatch(File.ReadAllText(p))).Should().BeEmpty();
        Page("procurements/body-armour-purchases-planned").Should().Contain("&amp;");
    }

    [Fact]
    public void Without_the_seeds_each_quote_stands_alone()
    {
        var site = Generate(seeds: null, Path.Combine(_scratch, "no-seeds"));
        var quote = Data.FindRecord("procurements/cs-vn3-from-china")!.Evidence[0];

        var page = File.ReadAllText(Path.Combine(site, "procurements", "cs-vn3-from-china", "index.html"));
        page.Should().Contain($"<p><mark>{quote.Quote}</mark></p>").And.Contain($"{quote.Source.SeedFile}, line {quote.Line}<", "the library still knows the quote's line");
        page.Should().Contain("made without the seed texts");
    }

    [Fact]
    public void The_landing_page_weighs_under_60_KB_and_does_not_load_the_search_index()
    {
        var landing = File.ReadAllText(Path.Combine(Site.Value, "index.html"));

        new FileInfo(Path.Combine(Site.Value, "index.html")).Length.Should().BeLessThan(60 * 1024);
        landing.Should().NotContain("search-index.js").And.Contain("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Dataset\"");
    }

    [Fact]
    public void A_delivery_row_carries_its_own_quote_on_the_line_under_it()
    {
        var cs = (BelarusForces.Model.Procurement)Data.FindRecord("procurements/cs-vn3-from-china")!;
        var page = Page(cs.CitationKey);
        var second = cs.Batches[1];

        var row = page.IndexOf("<td>until 18 February 2018</td>", StringComparison.Ordinal);
        var proof = page.IndexOf("<tr class=\"proof\">", row, StringComparison.Ordinal);
        row.Should().BePositive();
        page.IndexOf("</tr>", row, StringComparison.Ordinal).Should().BeLessThan(proof, "the quote stands on the line under its row");
        page[proof..page.IndexOf("</tr>", proof, StringComparison.Ordinal)].Should().Contain(second.Evidence[0].Quote.Replace("\"", "&quot;", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sources_listing_counts_the_quotes_its_source_pages_show()
    {
        var listing = File.ReadAllText(Path.Combine(Site.Value, "sources", "index.html"));
        foreach (var source in Data.Sources.Values)
        {
            var page = Page("sources/" + source.Id.Value);
            var shown = QuoteCount().Match(page).Groups[1].Value;
            listing.Should().Contain($"{source.Id.Value}/index.html\">", source.Id.Value);
            var row = listing[listing.IndexOf($"{source.Id.Value}/index.html\">", StringComparison.Ordinal)..];
            NumberCell().Match(row).Groups[1].Value.Should().Be(shown, source.Id.Value);
        }
    }

    [Fact]
    public void The_headline_counts_deals_once_each_and_lists_exports_apart()
    {
        var landing = File.ReadAllText(Path.Combine(Site.Value, "index.html"));
        var bySupplier = landing[landing.IndexOf("id=\"by-supplier\"", StringComparison.Ordinal)..landing.IndexOf("id=\"by-status\"", StringComparison.Ordinal)];
        var deals = Data.Procurements.BySupplierCountry().Sum(g => g.Procurements.Select(p => p.Equipment).Distinct().Count());

        Data.Procurements.Count(p => p.Equipment.Name == "Su-30SM").Should().BeGreaterThan(1, "the plan, the contract and the delay are records of one deal");
        Regex.Matches(bySupplier, ">Su-30SM</a>").Should().ContainSingle();
        bySupplier.Should().Contain($"{deals} deals in {Data.Procurements.BySupplierCountry().Sum(g => g.Procurements.Count)} records");
        landing.Should().Contain("id=\"exports\"").And.Contain($"{Data.Procurements.ExportsByRecipient().Sum(g => g.Procurements.Count)} export records");
    }

    [Fact]
    public void Listings_sort_by_date_undated_last_and_carry_their_facets()
    {
        var events = File.ReadAllText(Path.Combine(Site.Value, "events", "index.html"));
        var keys = Regex.Matches(events, "<tr data-kind=\"[^\"]*\"[^>]*><td>.*?</td><td data-sort(?:=\"([^\"]*)\")?>").Select(m => m.Groups[1].Value).ToList();

        keys.Should().HaveCount(Data.Events.Count);
        keys.TakeWhile(k => k.Length > 0).Should().BeInAscendingOrder(StringComparer.Ordinal);
        keys.SkipWhile(k => k.Length > 0).Should().OnlyContain(k => k.Length == 0, "undated events come last");
        keys.Count(k => k.Length == 0).Should().Be(Data.Events.Count(e => e.Date is null));
        var statements = Data.Events.Count(e => e.Kind == BelarusForces.Model.EventKind.Statement);
        events.Should().Contain($"data-facet=\"kind\" data-value=\"statement\">statement</a> <span class=\"count\">{statements}</span>");

        Listings.SortKey(BelarusForces.Values.EdtfDate.Parse("../2018-02-18")).Should().StartWith("2018-02-18", "an open start sorts by its known end");
        string.CompareOrdinal(Listings.SortKey(BelarusForces.Values.EdtfDate.Parse("2011/2013")), Listings.SortKey(BelarusForces.Values.EdtfDate.Parse("2012"))).Should().BeNegative();
        var people = File.ReadAllText(Path.Combine(Site.Value, "people", "index.html"));
        people.Should().Contain("<th scope=\"col\">posts</th>").And.Contain("Minister of Defence");
    }

    [Fact]
    public void A_person_page_lists_the_events_that_name_him_and_his_other_names()
    {
        var raukou = Data.People.Single(p => p.Id.Value == "andrei-raukou");
        var page = Page(raukou.CitationKey);
        var named = Data.FindEvents(person: raukou);

        named.Should().HaveCountGreaterThanOrEqualTo(4);
        var section = page[page.IndexOf("id=\"mentioned-in\"", StringComparison.Ordinal)..];
        foreach (var e in named.Where(e => e.Kind == BelarusForces.Model.EventKind.Statement))
        {
            section.Should().Contain($"events/{e.Id}/index.html");
        }

        page.Should().Contain("Also known as: </strong>" + string.Join(", ", raukou.Aliases));
        page.Should().Contain($"“Andrei Raukou”, record {raukou.CitationKey} in BelarusForces, version {Data.Manifest.Version} (sha256:{Data.ContentHash}).");
    }

    [Fact]
    public void A_withdrawn_record_keeps_its_address_on_a_tombstone_and_each_release_has_a_changelog()
    {
        Data.Withdrawn.Should().NotBeEmpty();
        foreach (var t in Data.Withdrawn)
        {
            var page = Page(t.Key);
            page.Should().Contain($"withdrawn in {t.Version}").And.Contain(Encoded(t.Reason));
            page.Should().Contain($"../../{t.ReplacedBy}/index.html");
        }

        var diff = BelarusForces.Versioning.DatasetDiff.Between(BelarusForcesDataset.LoadRelease("1.0.0"), BelarusForcesDataset.LoadRelease("1.1.0"));
        var changelog = Page("versions/1.1.0");
        changelog.Should().Contain($"Changed ({diff.Changed.Count})").And.Contain($"Withdrawn ({diff.Withdrawn.Count})").And.Contain($"Added ({diff.Added.Count})");
        Page("versions").Should().Contain("1.0.0").And.Contain("1.1.0/index.html");
        Page("procurements/cs-vn3-from-china").Should().Contain("../../versions/index.html\">Versions and changes</a>");
    }

    [Fact]
    public void Charts_keep_one_measure_each_with_round_ticks_and_a_viewbox()
    {
        var page = Page("indicators/belarus-pilot-annual-flight-hours");
        var svgs = Regex.Matches(page, "<svg [^>]*viewBox=\"0 0 640 \\d+\"[^>]*role=\"img\"");
        var measures = BelarusForces.Cli.Site.Chart.Measures(Data.Indicators.PilotFlightHours()).Count();

        measures.Should().BeGreaterThan(1, "graduates' practice hours are a measure of their own");
        svgs.Should().HaveCount(measures);
        var ticks = Regex.Matches(page, "text-anchor=\"end\">([0-9,]+)</text>").Select(m => int.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        ticks.Should().NotBeEmpty().And.OnlyContain(t => t % 10 == 0);
        page.Should().Contain("about 2004 to about 2009").And.NotContain(">2004~/2009~<");
    }

    [Fact]
    public void The_downloads_list_each_file_with_its_size_and_hash()
    {
        var landing = File.ReadAllText(Path.Combine(Site.Value, "index.html"));
        var sqlite = Path.Combine(Site.Value, "downloads", "sqlite", "belarus-forces.sqlite");

        File.Exists(sqlite).Should().BeTrue();
        landing.Should().Contain(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(sqlite))));
        landing.Should().Contain("downloads/datapackage/datapackage.json").And.Contain("downloads/datapackage/procurements.csv");
    }

    [Fact]
    public void Records_whose_sources_disagree_show_both_quotes_side_by_side()
    {
        var contradiction = Data.Contradictions().First();
        foreach (var (record, other) in new[] { (contradiction.Record, contradiction.Other), (contradiction.Other, contradiction.Record) })
        {
            var page = Page(record.CitationKey);
            page.Should().Contain("id=\"related\"").And.Contain($"../../{other.CitationKey}/index.html");
            var disagree = page[page.IndexOf("class=\"disagree\"", StringComparison.Ordinal)..];
            disagree.Should().Contain(Encoded(record.Evidence[0].Quote)).And.Contain(Encoded(other.Evidence[0].Quote));
        }

        var updated = Data.FindRecord("procurements/su-30sm-from-russia-2017-plan")!;
        Page(updated.CitationKey).Should().Contain("updated by <a href=\"../../procurements/su-30sm-delivery-delayed/index.html\"");
    }

    // Text as the site's writer encodes it.
    private static string Encoded(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    private static string Page(string key) => File.ReadAllText(Path.Combine(Site.Value, key, "index.html"));

    private static string Generate(string? seeds, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        SiteWriter.Write(Data, seeds, folder, force: true);
        return folder;
    }

    [GeneratedRegex(@"in text order \((\d+) quotes\)")]
    private static partial Regex QuoteCount();

    [GeneratedRegex(@"<td class=""number"">([0-9,]+)</td>")]
    private static partial Regex NumberCell();

    [GeneratedRegex("&(?!amp;|lt;|gt;|quot;|#39;)")]
    private static partial Regex BareAmpersand();
}
