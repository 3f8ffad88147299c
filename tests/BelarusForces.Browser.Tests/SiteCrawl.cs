using Microsoft.Playwright;

namespace BelarusForces.Browser.Tests;

/// <summary>What a crawl of the site found: the pages it opened, broken links and references, and console errors.</summary>
public sealed record SiteCrawl(IReadOnlyList<string> Pages, IReadOnlyList<string> Broken, IReadOnlyList<string> External, IReadOnlyList<string> ConsoleErrors)
{
    /// <summary>
    /// Opens the landing page in the browser and follows every link, stylesheet and script the browser sees, page by
    /// page, until none is new. A link to a missing file, or to an anchor its page lacks, is broken; an address off
    /// the site is external (the site must need no CDN).
    /// </summary>
    public static async Task<SiteCrawl> RunAsync(GeneratedSite site)
    {
        var errors = new List<string>();
        var page = await site.NewPageAsync(errors);
        var start = new Uri(site.Url("index.html"));
        var queue = new Queue<Uri>([start]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.AbsoluteUri };
        var (pages, broken, external) = (new List<string>(), new List<string>(), new List<string>());
        while (queue.TryDequeue(out var url))
        {
            await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            pages.Add(url.AbsoluteUri);
            var targets = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href], link[href], script[src], form[action]')].map(e => e.href || e.src || e.action)");
            foreach (var target in targets.Select(t => new Uri(t)))
            {
                if (target.Scheme == "data")
                {
                    continue;
                }

                if (target.Scheme != Uri.UriSchemeFile)
                {
                    external.Add($"{url.AbsolutePath} -> {target}");
                    continue;
                }

                var file = target.LocalPath;
                var anchor = target.Fragment.TrimStart('#');
                if (!File.Exists(file) || (anchor.Length > 0 && !File.ReadAllText(file).Contains($"id=\"{anchor}\"", StringComparison.Ordinal)))
                {
                    broken.Add($"{url.AbsolutePath} -> {target}");
                }
                else if (file.EndsWith(".html", StringComparison.Ordinal) && seen.Add(new UriBuilder(target) { Fragment = "", Query = "" }.Uri.AbsoluteUri))
                {
                    queue.Enqueue(new UriBuilder(target) { Fragment = "" }.Uri);
                }
            }
        }

        await page.CloseAsync();
        return new SiteCrawl(pages, broken, external, errors);
    }
}
