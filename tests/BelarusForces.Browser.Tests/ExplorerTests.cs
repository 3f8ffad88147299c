using BelarusForces.Queries;
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

        var suppliers = page.Locator("h2#by-supplier + table tbody tr");
        (await suppliers.CountAsync()).Should().Be(Data.Procurements.BySupplierCountry().Length);
        var russia = Data.Procurements.BySupplierCountry().Single(g => g.Supplier?.Code == "RU");
        (await suppliers.Filter(new() { HasText = "Russia" }).Locator("td.number").InnerTextAsync()).Should().Be(russia.Procurements.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var sof = await page.Locator("h2#sof-equipment + table tbody th").AllInnerTextsAsync();
        sof.Should().Equal(Data.SpecialOperationsForcesEquipment().Select(e => e.Equipment.Name));

        var trend = Data.Indicators.PilotFlightHours();
        var chart = page.Locator("h2#flight-hours + figure");
        (await chart.Locator("svg rect").CountAsync()).Should().Be(trend.Comparisons.Prepend(trend.Indicator).Concat(trend.Related)
            .Where(s => s.UnitOfMeasure == trend.Indicator.UnitOfMeasure).Sum(s => s.Observations.Count), "every observation is a box, none a point");
        (await chart.Locator("figcaption").InnerTextAsync()).Should().Contain(trend.Summary());

        (await page.Locator("p.version").InnerTextAsync()).Should().Contain(Data.ContentHash).And.Contain(Data.Manifest.Version);
        (await page.Locator("pre.citation").First.InnerTextAsync()).Should().Be(Data.Cite(CitationFormat.Apa));
        await page.ScreenshotAsync(new() { Path = Path.Combine(GeneratedSite.Screenshots, "landing.png"), FullPage = true });
    }

    [Fact]
    public async Task Searching_Tor_M2_lists_its_procurement_first()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        await page.FillAsync("#q", "Tor-M2");
        await page.PressAsync("#q", "Enter");
        await page.WaitForURLAsync("**/search/index.html?q=Tor-M2");

        var first = page.Locator("#results li a").First;
        var href = await first.GetAttributeAsync("href");
        var id = href!.Split('/')[^2];
        href.Should().StartWith("../procurements/");
        Data.Procurements.Find(id)!.Equipment.Name.Should().Be("Tor-M2");
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
        await page.WaitForURLAsync("**/search/index.html?q=Zapad");
        await TabUntil(page, "document.activeElement.closest('#results') !== null");
        var target = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**" + target.TrimStart('.'));

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
        await page.ClickAsync("#table-procurements th:nth-child(3) button");
        var keys = await page.Locator("#table-procurements tbody tr td:nth-child(3)").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.sort)");
        keys.Should().BeInAscendingOrder(StringComparer.Ordinal);
        (await page.GetAttributeAsync("#table-procurements th:nth-child(3)", "aria-sort")).Should().Be("ascending");
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
        await page.WaitForURLAsync("**/procurements/tor-m2-*/index.html");
        errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Ravkov", "Raukou")]
    [InlineData("Lukashenko", "Lukashenka")]
    [InlineData("Zapad-2017", "West-2017")]
    public async Task Every_name_of_a_thing_finds_what_its_other_names_find(string one, string other)
    {
        var page = await site.NewPageAsync();
        async Task<string[]> Results(string query)
        {
            await page.GotoAsync(site.Url("search/index.html") + "?q=" + Uri.EscapeDataString(query));
            return [.. await page.Locator("#results li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")];
        }

        var first = await Results(one);
        var second = await Results(other);

        // Mentions are whole names; a possessive (Raukou’s) or a headline found by the other spelling may still differ.
        second.Should().NotBeEmpty();
        first.Intersect(second).Count().Should().BeGreaterThanOrEqualTo((int)(0.9 * second.Length), "the names find the same records but for a few");
    }

    [Fact]
    public async Task Su_30_finds_no_S_300_and_the_address_keeps_the_query()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("search/index.html"));
        await page.FillAsync("#q", "Su-30");

        var titles = await page.Locator("#results li a").AllInnerTextsAsync();
        titles.Should().NotBeEmpty().And.Contain(t => t.Contains("Su-30", StringComparison.Ordinal)).And.NotContain(t => t.Contains("S-300", StringComparison.Ordinal));
        new Uri(page.Url).Query.Should().Be("?q=Su-30");
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("procurements/cs-vn3-from-china/index.html")]
    [InlineData("indicators/belarus-pilot-annual-flight-hours/index.html")]
    [InlineData("people/andrei-raukou/index.html")]
    [InlineData("procurements/index.html")]
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
