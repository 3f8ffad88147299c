using System.Diagnostics;
using Microsoft.Playwright;

namespace BelarusForces.Browser.Tests;

/// <summary>
/// A site generated once for the test class by the belarus-forces tool, as a user runs it (with the repository's seed
/// texts), and Debian's Chromium driven by Playwright. Screenshots go to <c>screenshots/</c> in the test output.
/// </summary>
public sealed class GeneratedSite : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "belarus-forces-site-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Root => _folder;

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The file:// address of a page of the site, such as <c>procurements/cs-vn3-from-china/index.html</c>.</summary>
    public string Url(string path) => new Uri(Path.Combine(_folder, path)).AbsoluteUri;

    public async Task InitializeAsync()
    {
        File.Exists(Chromium).Should().BeTrue("the browser tests drive Debian's Chromium: apt-get install -y chromium");
        var tool = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll"), "site", "--out", _folder, "--seeds", Path.Combine(RepositoryRoot(), "seeds") })
        {
            tool.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(tool)!)
        {
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, await error);
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // This machine has no network: without these, Chromium keeps trying to reach Google's services.
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A new page at 1280×900 that records every console error and uncaught exception into <paramref name="errors"/>.</summary>
    public async Task<IPage> NewPageAsync(List<string>? errors = null)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        if (errors is not null)
        {
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Add($"{page.Url}: {message.Text}");
                }
            };
            page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        }

        return page;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BelarusForces.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with BelarusForces.sln) was not found above " + AppContext.BaseDirectory);
    }
}
