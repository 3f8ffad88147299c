using BelarusForces.Model;
using BelarusForces.Values;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace BelarusForces.Browser.Tests;

/// <summary>The order of battle pages of the explorer, read and followed in Chromium.</summary>
[Trait("Category", "Slow")]
public sealed class OrderOfBattlePageTests(GeneratedSite site) : IClassFixture<GeneratedSite>
{
    private static readonly BelarusForcesDataset Data = BelarusForcesDataset.Current;

    [Fact]
    public async Task A_line_of_the_order_of_battle_leads_to_its_quote()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Order of battle", Exact = true }).First.ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "As of 31 December 2017" }).ClickAsync();
        await page.WaitForURLAsync("**/orbat/2017/index.html");

        var sof = page.Locator("#unit-special-operations-forces");
        (await sof.Locator(".orbat-unknown").AllInnerTextsAsync()).Should().Contain("Strength not reported.", "the brigades' strength is not reported");
        var strength = sof.Locator("> ul > li.orbat-line").Filter(new() { HasText = "Strength:" });
        (await strength.InnerTextAsync()).Should().Contain("5,000 to 7,000 personnel");

        var expected = Data.OrderOfBattle(EdtfDate.Parse("2017")).Find(new Id<Unit>("special-operations-forces"))!.Strength!;
        await strength.Locator("a.orbat-record").ClickAsync();
        await page.WaitForURLAsync("**/units/special-operations-forces/index.html#evidence");
        var marks = await page.Locator("figure.evidence mark").AllInnerTextsAsync();
        foreach (var quote in expected.Evidence.Select(e => e.Quote))
        {
            marks.Should().Contain(m => m.Contains(quote, StringComparison.Ordinal) || quote.Contains(m, StringComparison.Ordinal), $"“{quote}” is highlighted on the record's page");
        }
    }

    [Fact]
    public async Task The_changes_page_lists_what_appeared_with_its_record()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("orbat/2016-2017/index.html"));

        var lines = await page.Locator("li.orbat-appeared").AllInnerTextsAsync();
        var changes = Data.OrderOfBattleChanges(EdtfDate.Parse("2016"), EdtfDate.Parse("2017"));
        lines.Should().HaveCount(changes.Changes.Count(c => c.Kind == Queries.OrderOfBattleChangeKind.Appeared));
        lines.Should().Contain(l => l.Contains("Vadzim Dzyanisenka", StringComparison.Ordinal) && l.Contains("people/vadzim-dzyanisenka", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("orbat/2017/index.html")]
    [InlineData("orbat/2017-2018/index.html")]
    public async Task An_order_of_battle_page_passes_the_WCAG_2_AA_rules_of_axe(string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(path));

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target))}").Should().BeEmpty();
    }
}
