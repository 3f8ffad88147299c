using BelarusForces.Queries;
using BelarusForces.Testing;
using BelarusForces.Versioning;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BelarusForces.Browser.Tests;

/// <summary>The evidence explorer as a reader uses it: opened from disk in Chromium, read, searched and followed by keyboard.</summary>
[Trait("Category", "Slow")]
public sealed class ExplorerTests(GeneratedSite site) : IClassFixture<GeneratedSite>
{
    private static readonly BelarusForcesDataset Data = BelarusForcesDataset.Current;

    // One crawl serves the broken-link and the console-error tests.
    private static readonly SemaphoreSlim CrawlLock = new(1, 1);
    private static SiteCrawl? _crawl;

    [Fact]
    public async Task The_landing_page_shows_the_three_headline_answers()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));

        var suppliers = page.Locator("h2#by-supplier ~ div.scroll").First.Locator("tbody tr");
        (await suppliers.CountAsync()).Should().Be(Data.Procurements.BySupplierCountry().Length);
        var russia = Data.Procurements.BySupplierCountry().Single(g => g.Supplier?.Code == "RU");
        var cells = await suppliers.Filter(new() { HasText = "Russia" }).Locator("td.number").AllInnerTextsAsync();
        cells.Should().Equal(
            russia.Procurements.Select(p => p.Equipment).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
            russia.Procurements.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var sof = await page.Locator("h2#sof-equipment + div.scroll table tbody th").AllInnerTextsAsync();
        sof.Should().Equal(Data.SpecialOperationsForcesEquipment().Select(e => e.Equipment.Name));

        var trend = Data.Indicators.PilotFlightHours();
        var chart = page.Locator("h2#flight-hours + figure");
        var own = trend.Comparisons.Prepend(trend.Indicator).Where(s => s.Measure == trend.Indicator.Measure).ToList();
        (await chart.Locator("svg g rect").CountAsync()).Should().Be(own.Sum(s => s.Observations.Count), "every observation of the measure is a band, none a point");
        (await chart.Locator("table tbody tr").CountAsync()).Should().Be(own.Sum(s => s.Observations.Count), "the table beside the chart holds the same figures");
        (await chart.Locator("figcaption").InnerTextAsync()).Should().Contain("about 30 hours in about 2004 to about 2009");

        (await page.Locator("p.version").InnerTextAsync()).Should().Contain(Data.ContentHash).And.Contain(Data.Manifest.Version);
        (await page.Locator("pre.citation").First.InnerTextAsync()).Should().Be(Data.Cite(CitationFormat.Apa));
        await page.ScreenshotAsync(new() { Path = Path.Combine(GeneratedSite.Screenshots, "landing.png"), FullPage = true });
    }

    [Fact]
    public async Task Searching_Tor_M2_lists_the_equipment_then_its_procurements()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        await page.FillAsync("#q", "Tor-M2");
        await page.PressAsync("#q", "Enter");
        await page.WaitForURLAsync("**/search/index.html?q=Tor-M2");

        // The record named by the whole query first, as the library ranks it; then the deals for it.
        var links = await page.Locator("#results li > a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        links[0].Should().Be("../equipment/tor-m2/index.html");
        var second = links[1].Split('/')[^2];
        links[1].Should().StartWith("../procurements/");
        Data.Procurements.Find(second)!.Equipment.Name.Should().Be("Tor-M2");
        (await page.Locator("#search-status").InnerTextAsync()).Should().MatchRegex(@"^\d+ records match\.$");
    }

    [Fact]
    public async Task A_record_page_highlights_each_quote_inside_its_paragraph_and_gives_its_citation()
    {
        const string key = "procurements/cs-vn3-from-china";
        var record = Data.FindRecord(key)!;
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(key + "/index.html"));

        (await page.Locator("h1").InnerTextAsync()).Should().Contain("CS/VN3");
        var marks = await page.Locator("figure.evidence blockquote p mark").AllInnerTextsAsync();
        var paragraphs = await page.Locator("figure.evidence blockquote p").AllInnerTextsAsync();
        foreach (var quote in record.Evidence.Select(e => e.Quote))
        {
            marks.Should().Contain(m => m.Contains(quote, StringComparison.Ordinal) || quote.Contains(m, StringComparison.Ordinal), $"“{quote}” is highlighted");
            paragraphs.Should().Contain(p => p.Contains(quote, StringComparison.Ordinal) && p.Length > quote.Length, "the quote stands inside a longer paragraph");
        }

        var captions = await page.Locator("figure.evidence figcaption").AllInnerTextsAsync();
        captions.Should().Contain(c => c.Contains(record.Evidence[0].Source.Headline, StringComparison.Ordinal) && c.EndsWith($"line {record.Evidence[0].Line}", StringComparison.Ordinal));
        var bibtex = page.Locator("pre.citation[data-format=BibTeX]");
        (await bibtex.InnerTextAsync()).Should().Be(Data.Cite(key, CitationFormat.BibTex));
        (await page.Locator("span.badge").First.InnerTextAsync()).Should().Be("official statement");
        await page.ScreenshotAsync(new() { Path = Path.Combine(GeneratedSite.Screenshots, "record.png"), FullPage = true });
    }

    [Fact]
    public async Task A_crawl_of_every_internal_link_finds_none_broken_and_no_address_off_the_site()
    {
        var crawl = await Crawl();

        crawl.Pages.Count.Should().BeGreaterThan(Data.AllRecords().Count(), "every record has a page the crawl reaches");
        crawl.Broken.Should().BeEmpty();
        crawl.External.Should().BeEmpty("the site needs no CDN or server");
    }

    [Fact]
    public async Task No_page_logs_a_console_error()
    {
        var crawl = await Crawl();

        crawl.Pages.Should().Contain(p => p.Contains("/search/index.html", StringComparison.Ordinal));
        crawl.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Keyboard_alone_reaches_the_search_box_and_a_result()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));

        await TabUntil(page, "document.activeElement.id === 'q'");
        await page.Keyboard.TypeAsync("Zapad");
        await page.Keyboard.PressAsync("Enter");
        // The results appear once the page has read its index, which takes a while on a busy machine.
        await page.WaitForURLAsync("**/search/index.html?q=Zapad", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("#results a").First.WaitForAsync(new() { Timeout = 90_000 });
        await TabUntil(page, "document.activeElement.closest('#results') !== null");
        var target = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");
        // A busy machine can take longer than the default 30 s to open the record; the page itself is small.
        await page.WaitForURLAsync("**" + target.TrimStart('.'), new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 });

        (await page.Locator("h1").InnerTextAsync()).Should().NotBeEmpty();
        (await page.Locator("figure.evidence mark").CountAsync()).Should().BePositive();
    }

    [Fact]
    public async Task A_collection_table_filters_and_sorts()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("procurements/index.html"));
        var rows = page.Locator("#table-procurements tbody tr");
        (await rows.CountAsync()).Should().Be(Data.Procurements.Count);

        await page.FillAsync("#filter-procurements", "Su-30");
        var shown = await page.Locator("#table-procurements tbody tr:visible td:first-child").AllInnerTextsAsync();
        shown.Should().NotBeEmpty().And.OnlyContain(t => t.Contains("Su-30", StringComparison.Ordinal))
            .And.HaveCount(Data.Procurements.Count(p => p.Equipment.Name.Contains("Su-30", StringComparison.Ordinal)));

        await page.FillAsync("#filter-procurements", "");
        await page.ClickAsync("#table-procurements th:nth-child(2) button");
        var keys = await page.Locator("#table-procurements tbody tr td:nth-child(2)").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.sort)");
        keys.TakeWhile(k => k.Length > 0).Should().BeInAscendingOrder(StringComparer.Ordinal);
        keys.SkipWhile(k => k.Length > 0).Should().OnlyContain(k => k.Length == 0, "undated rows stay last");
        (await page.GetAttributeAsync("#table-procurements th:nth-child(2)", "aria-sort")).Should().Be("ascending");
        await page.ClickAsync("#table-procurements th:nth-child(2) button");
        var descending = await page.Locator("#table-procurements tbody tr td:nth-child(2)").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.sort)");
        descending.Last().Should().BeEmpty("undated rows stay last whichever way the column is sorted");
    }

    [Fact]
    public async Task Without_JavaScript_a_record_and_a_table_still_read_and_print_leaves_out_the_navigation()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("procurements/cs-vn3-from-china/index.html"));
        (await page.Locator("figure.evidence mark").First.IsVisibleAsync()).Should().BeTrue();
        (await page.Locator("pre.citation").CountAsync()).Should().Be(3);

        await page.GotoAsync(site.Url("events/index.html"));
        (await page.Locator("table tbody tr").CountAsync()).Should().Be(Data.Events.Count);
        (await page.Locator("p.filter").IsVisibleAsync()).Should().BeFalse("the filter box needs the script, so it stays hidden without it");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await page.Locator("header.site").IsVisibleAsync()).Should().BeFalse();
        (await page.Locator("main h1").IsVisibleAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task From_a_static_host_the_permanent_address_serves_the_record_and_search_works()
    {
        using var host = new StaticHost(site.Root);
        var errors = new List<string>();
        var page = await site.NewPageAsync(errors);

        var response = await page.GotoAsync(host.Address + "procurements/cs-vn3-from-china/");
        response!.Status.Should().Be(200);
        (await page.Locator("figure.evidence mark").CountAsync()).Should().BePositive();
        await page.FillAsync("#q", "Tor-M2");
        await page.PressAsync("#q", "Enter");
        await page.WaitForURLAsync("**/search/index.html?q=Tor-M2");
        await page.Locator("#results li a").First.ClickAsync();
        await page.WaitForURLAsync("**/equipment/tor-m2/index.html");
        errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_delivery_row_shows_its_own_quote_under_it()
    {
        var cs = (BelarusForces.Model.Procurement)Data.FindRecord("procurements/cs-vn3-from-china")!;
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(cs.CitationKey + "/index.html"));

        var deliveries = page.Locator("table.nested").Filter(new() { Has = page.Locator("caption", new() { HasText = "Deliveries" }) });
        for (int i = 0; i < cs.Batches.Count; i++)
        {
            var row = deliveries.Locator("tbody tr:not(.proof)").Nth(i);
            (await row.Locator("td").Nth(1).InnerTextAsync()).Should().Be(BelarusForces.Cli.Site.Words.Date(cs.Batches[i].Delivered));
            var proof = row.Locator("xpath=following-sibling::tr[1]");
            (await proof.GetAttributeAsync("class")).Should().Be("proof");
            (await proof.Locator("q").AllInnerTextsAsync()).Should().Equal(cs.Batches[i].Evidence.Select(e => e.Quote));
            (await proof.IsVisibleAsync()).Should().BeTrue();
        }
    }

    [Fact]
    public async Task A_faceted_events_listing_reached_by_its_address_shows_only_its_rows()
    {
        var statements2017 = Data.Events.Where(e => e.Kind == BelarusForces.Model.EventKind.Statement && BelarusForces.Cli.Site.Listings.Years(e.Date).Contains("2017")).ToList();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("events/index.html") + "?kind=statement&year=2017");

        statements2017.Should().NotBeEmpty();
        var shown = page.Locator("#table-events tbody tr:visible");
        (await shown.CountAsync()).Should().Be(statements2017.Count);
        var titles = await shown.Locator("td:first-child").AllInnerTextsAsync();
        titles.Should().BeEquivalentTo(statements2017.Select(e => BelarusForces.Cli.Site.SiteWriter.Capital(e.Title)));
        (await page.Locator("#shown-events").InnerTextAsync()).Should().Be($"Showing {statements2017.Count} of {Data.Events.Count} records: kind statement; year 2017.");
        (await page.GetAttributeAsync("a[data-facet=kind][data-value=statement]", "aria-current")).Should().Be("true");

        // Following the active facet's link removes it from the address, and the year alone stays.
        await page.ClickAsync("a[data-facet=kind][data-value=statement]");
        await page.WaitForURLAsync("**/events/index.html?year=2017");
        (await page.Locator("#table-events tbody tr:visible").CountAsync()).Should().Be(Data.Events.Count(e => BelarusForces.Cli.Site.Listings.Years(e.Date).Contains("2017")));
    }

    [Fact]
    public async Task A_person_page_lists_his_statements()
    {
        var raukou = Data.People.Single(p => p.Id.Value == "andrei-raukou");
        var statements = Data.FindEvents(person: raukou).Where(e => e.Kind == BelarusForces.Model.EventKind.Statement).ToList();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(raukou.CitationKey + "/index.html"));

        statements.Should().HaveCountGreaterThanOrEqualTo(4);
        var listed = await page.Locator("section[aria-labelledby=mentioned-in] li a").AllInnerTextsAsync();
        listed.Should().Contain(statements.Select(e => BelarusForces.Cli.Site.SiteWriter.Capital(e.Title)));
        (await page.Locator("p.aka").InnerTextAsync()).Should().Contain(raukou.Aliases[0]);
    }

    [Fact]
    public async Task A_withdrawn_record_has_a_tombstone_that_leads_to_where_its_fact_lives_now()
    {
        var tombstone = Data.Withdrawn[0];
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(tombstone.Key + "/index.html"));

        (await page.Locator("h1").InnerTextAsync()).Should().Be($"{tombstone.Key}: withdrawn in {tombstone.Version}");
        (await page.Locator("article").InnerTextAsync()).Should().Contain(tombstone.Reason);
        await page.Locator("p.moved a").ClickAsync();
        await page.WaitForURLAsync("**/" + tombstone.ReplacedBy + "/index.html");
        (await page.Locator("p.key code").InnerTextAsync()).Should().Be(tombstone.ReplacedBy + "/");
    }

    [Fact]
    public async Task The_changelog_page_of_a_release_lists_what_changed()
    {
        var diff = DatasetDiff.Between(BelarusForcesDataset.LoadRelease("1.0.0"), BelarusForcesDataset.LoadRelease("1.1.0"));
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        await page.ClickAsync("footer a:text('Versions and changes')");
        await page.ClickAsync("a[href='1.1.0/index.html']");

        (await page.Locator("h1").InnerTextAsync()).Should().Be("Changes in 1.1.0");
        (await page.Locator("table.changes tbody tr").CountAsync()).Should().Be(diff.Changed.Sum(c => c.Fields.Count));
        (await page.Locator("#withdrawn + ul li").AllInnerTextsAsync()).Should().Equal(diff.Tombstones.Select(t => $"{t.Key}: {t.Reason}"));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("procurements/cs-vn3-from-china/index.html")]
    [InlineData("events/index.html")]
    [InlineData("procurements/index.html")]
    [InlineData("indicators/belarus-pilot-annual-flight-hours/index.html")]
    [InlineData("versions/1.1.0/index.html")]
    public async Task At_320_pixels_a_page_reflows_without_scrolling_sideways(string path)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
        await page.GotoAsync(site.Url(path));

        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(320);
        var header = await page.Locator("header.site").BoundingBoxAsync();
        header!.Height.Should().BeLessThan(640 * 0.2f, "the header leaves the screen to the content");
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("procurements/cs-vn3-from-china/index.html")]
    [InlineData("events/index.html?kind=statement")]
    public async Task In_the_dark_scheme_a_page_passes_the_contrast_rules_of_axe(string path)
    {
        var page = await site.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await page.GotoAsync(site.Url("index.html").Replace("index.html", path, StringComparison.Ordinal));

        (await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor")).Should().Be("rgb(18, 18, 18)", "the dark scheme is applied");
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target))}").Should().BeEmpty();
        result.Passes.Should().Contain(p => p.Id == "color-contrast");
    }

    [Theory]
    [InlineData("index.html", "landing")]
    [InlineData("procurements/cs-vn3-from-china/index.html", "record")]
    [InlineData("events/index.html?kind=statement", "listing")]
    public async Task Screenshots_at_1280_and_390_pixels(string path, string name)
    {
        foreach (var (width, height) in new[] { (1280, 800), (390, 844) })
        {
            var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
            await page.GotoAsync(site.Url("index.html").Replace("index.html", path, StringComparison.Ordinal));
            var file = Path.Combine(GeneratedSite.Screenshots, $"{name}-{width}.png");
            await page.ScreenshotAsync(new() { Path = file });
            new FileInfo(file).Length.Should().BePositive();
            await page.CloseAsync();
        }
    }

    // The explorer's search is the library's: the same hits in the same order, each with the same field and snippet, and
    // the answer to each of the issue's questions in the top three.
    [Theory]
    [MemberData(nameof(SearchExamples.Questions), MemberType = typeof(SearchExamples))]
    public async Task The_explorer_finds_and_ranks_as_the_library_does(string query, string expected)
    {
        var page = await site.NewPageAsync();
        var hits = await Results(page, query);
        var library = Data.Search(query, limit: 10);

        hits.Take(3).Select(h => h.Key).Should().Contain(expected);
        hits.Take(10).Select(h => h.Key).Should().Equal(library.Select(h => h.Key));
        hits.Take(10).Select(h => (h.Field, h.Snippet)).Should().Equal(library.Select(h => (h.Field, h.Snippet)));
        hits.Take(10).Select(h => h.Matched).Should().Equal(library.Select(h => h.IsPartial ? h.Matched : ""));
        foreach (var (hit, from) in hits.Take(10).Zip(library).Where(p => p.Second.Evidence is not null))
        {
            hit.Provenance.Should().Contain(from.Evidence!.Source.Headline, "a hit says where its quote comes from");
        }
    }

    [Theory]
    [MemberData(nameof(SearchExamples.Spellings), MemberType = typeof(SearchExamples))]
    public async Task Every_name_of_a_thing_finds_what_its_other_names_find(string one, string other)
    {
        var page = await site.NewPageAsync();

        var first = await Results(page, one);
        var second = await Results(page, other);

        first.Should().NotBeEmpty();
        first.Select(h => h.Key).Should().BeEquivalentTo(second.Select(h => h.Key));
    }

    [Fact]
    public async Task Back_from_a_result_returns_to_the_query_and_its_results()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("search/index.html"));
        await page.FillAsync("#q", "SOF cargo airdrop");
        var first = await page.Locator("#results li a").First.GetAttributeAsync("href");
        await page.Locator("#results li a").First.ClickAsync();
        await page.WaitForURLAsync("**" + first!.TrimStart('.'));

        await page.GoBackAsync();

        new Uri(page.Url).Query.Should().Be("?q=SOF+cargo+airdrop");
        (await page.InputValueAsync("#q")).Should().Be("SOF cargo airdrop");
        (await page.Locator("#results li a").First.GetAttributeAsync("href")).Should().Be(first);
        (await page.Locator("#results li .matched").First.InnerTextAsync()).Should().Contain("2 of 3 words").And.Contain("airdrop");
        (await page.Locator("#search-status").InnerTextAsync()).Should().NotContain("Nothing matches");
    }

    [Fact]
    public async Task Su_30_finds_no_S_300_and_the_address_keeps_the_query()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("search/index.html"));
        await page.FillAsync("#q", "Su-30");

        var titles = await page.Locator("#results li > a").AllInnerTextsAsync();
        titles.Should().NotBeEmpty().And.Contain(t => t.Contains("Su-30", StringComparison.Ordinal)).And.NotContain(t => t.Contains("S-300", StringComparison.Ordinal));
        new Uri(page.Url).Query.Should().Be("?q=Su-30");
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("procurements/cs-vn3-from-china/index.html")]
    [InlineData("indicators/belarus-pilot-annual-flight-hours/index.html")]
    [InlineData("people/andrei-raukou/index.html")]
    [InlineData("procurements/index.html")]
    [InlineData("events/index.html?kind=statement&year=2017")]
    [InlineData("versions/1.1.0/index.html")]
    [InlineData("agreements/joint-regional-air-defence-system/index.html")]
    [InlineData("sources/belarus-reviews-defence-policy-2018/index.html")]
    [InlineData("search/index.html?q=Su-30")]
    public async Task A_page_passes_the_WCAG_2_AA_rules_of_axe(string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("index.html").Replace("index.html", path, StringComparison.Ordinal));

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target))}").Should().BeEmpty();
        result.Passes.Should().Contain(p => p.Id == "color-contrast", "contrast was checked");
    }

    private sealed record Hit(string Key, string Field, string Snippet, string Matched, string Provenance);

    // The hits the search page lists for a query, read as the library writes them: key, field, snippet with «marks».
    private async Task<Hit[]> Results(IPage page, string query)
    {
        await page.GotoAsync(site.Url("search/index.html") + "?q=" + Uri.EscapeDataString(query));
        var rows = await page.Locator("#results li").EvaluateAllAsync<string[][]>("""
            items => items.map(li => [
              li.querySelector("a").getAttribute("href"),
              li.querySelector(".snippet .field").textContent,
              Array.from(li.querySelector(".snippet").childNodes).slice(1).map(n => n.nodeName === "MARK" ? "«" + n.textContent + "»" : n.textContent).join(""),
              li.querySelector(".matched")?.textContent ?? "",
              li.querySelector(".provenance")?.textContent ?? ""])
            """);
        return [.. rows.Select(r => new Hit(r[0]["../".Length..^"/index.html".Length], r[1].TrimEnd(':', ' '), r[2], Matched(r[3]), r[4]))];

        // ", 2 of 3 words; not airdrop" as the library's Matched says it: "2 of 3 words".
        static string Matched(string text) => text.Split(';')[0].Trim(',', ' ');
    }

    private static async Task TabUntil(IPage page, string condition)
    {
        for (int i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }
        }

        throw new Xunit.Sdk.XunitException($"40 presses of Tab did not reach: {condition}");
    }

    private async Task<SiteCrawl> Crawl()
    {
        await CrawlLock.WaitAsync();
        try
        {
            return _crawl ??= await SiteCrawl.RunAsync(site);
        }
        finally
        {
            CrawlLock.Release();
        }
    }
}
