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
    public void The_landing_page_weighs_under_200_KB_and_does_not_load_the_search_index()
    {
        var landing = File.ReadAllText(Path.Combine(Site.Value, "index.html"));
        var weight = new[] { "index.html", "assets/site.css", "assets/site.js" }.Sum(f => new FileInfo(Path.Combine(Site.Value, f)).Length);

        weight.Should().BeLessThan(200 * 1024);
        landing.Should().NotContain("search-index.js").And.Contain("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Dataset\"");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_non_empty_folder_is_replaced_only_with_force_and_only_when_the_tool_wrote_it_never_through_a_symbolic_link_nor_over_the_current_directory()
    {
        var target = Path.Combine(_scratch, "site");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "mine.txt"), "a user's file");

        var refused = Tool("site", "--out", target);
        refused.ExitCode.Should().Be(2);
        refused.Err.Trim().Should().Be($"--out: '{target}' is not empty; pass --force to replace a folder the tool wrote before.");
        Tool("site", "--out", target, "--force").ExitCode.Should().Be(2, "the folder holds no marker: the tool did not write it");
        File.Exists(Path.Combine(target, "mine.txt")).Should().BeTrue();

        File.Delete(Path.Combine(target, "mine.txt"));
        Tool("site", "--out", target).ExitCode.Should().Be(0);
        var forced = Tool("site", "--out", target, "--force");
        forced.ExitCode.Should().Be(0, forced.Err);
        File.Exists(Path.Combine(target, "index.html")).Should().BeTrue();
        Directory.EnumerateFileSystemEntries(_scratch).Should().ContainSingle("no staging folder is left beside the site");

        var link = Path.Combine(_scratch, "link");
        Directory.CreateSymbolicLink(link, target);
        var linked = Tool("site", "--out", link, "--force");
        linked.ExitCode.Should().Be(2);
        linked.Err.Should().Contain("symbolic link");

        var here = Tool("site", "--out", ".", "--force");
        here.ExitCode.Should().Be(2);
        here.Err.Trim().Should().StartWith("--out: '.' is or holds the current directory");
    }

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

    private static (int ExitCode, string Out, string Err) Tool(params string[] args) =>
        ProcessRunner.Run("dotnet", AppContext.BaseDirectory, args.Prepend(Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll")), timeoutSeconds: 60);

    [GeneratedRegex("&(?!amp;|lt;|gt;|quot;|#39;)")]
    private static partial Regex BareAmpersand();
}
