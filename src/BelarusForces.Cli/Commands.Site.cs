using System.CommandLine;
using BelarusForces.Cli.Site;

namespace BelarusForces.Cli;

/// <summary>The <c>site</c> command: the evidence explorer, a static website of the dataset.</summary>
internal static partial class Commands
{
    private static Command Site()
    {
        var output = new Option<string>("--out") { Description = "The folder to write the site into; it must be missing or empty unless --force is given.", Required = true };
        var data = new Option<string?>("--data") { Description = "A data directory to make the site of, validated first; by default the embedded data." };
        var seeds = new Option<string?>("--seeds") { Description = "The seed texts, to show each quote in its paragraph; by default seeds/ beside the data directory (for the embedded data, ./seeds when present). Without them, quotes stand alone." };
        var force = new Option<bool>("--force") { Description = "Replace a folder the tool wrote before (it holds a .belarus-forces-output file); no other folder is replaced." };
        var release = new Option<string?>("--release") { Description = "Make the site of an earlier release, such as 1.0.0, rebuilt from the package's history; by default the embedded data's own version." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The address the site will be served from (https://example.org/belarus-forces/), so that each record's citation gives its full permanent address." };
        var command = new Command("site", "Writes the evidence explorer: a static website with a page per record, its quotes in their paragraphs, citations, charts and search. Open index.html from disk or put the folder on any static host.\nExample: belarus-forces site --out belarus-forces-site")
        {
            output, data, seeds, force, release, baseUrl,
        };
        command.SetAction(parse => Run(() =>
        {
            var directory = parse.GetValue(data);
            var seedDirectory = parse.GetValue(seeds) ?? (directory is null ? "seeds" : Path.Combine(directory, "..", "seeds"));
            if (parse.GetValue(seeds) is { } given && !Directory.Exists(given))
            {
                throw new UserError($"--seeds: '{given}' is not a directory.");
            }

            var version = parse.GetValue(release);
            if (version is not null && directory is not null)
            {
                throw new UserError("--release and --data: give one; a release is rebuilt from the package's own data.");
            }

            if (parse.GetValue(baseUrl) is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
            {
                throw new UserError($"--base-url: '{url}' is not an http or https address.");
            }

            BelarusForcesDataset dataset;
            try
            {
                dataset = version is not null ? BelarusForcesDataset.LoadRelease(version) : directory is null ? Data : BelarusForcesDataset.LoadDirectory(directory, parse.GetValue(seeds));
            }
            catch (KeyNotFoundException e) when (version is not null)
            {
                throw new UserError($"--release: {e.Message}");
            }

            var target = parse.GetValue(output)!;
            int pages;
            try
            {
                pages = SiteWriter.Write(dataset, Directory.Exists(seedDirectory) ? seedDirectory : null, target, parse.GetValue(force), directory, parse.GetValue(baseUrl));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"Cannot write the site to '{target}': {e.Message}", 1);
            }

            Console.Out.WriteLine($"Wrote {pages} pages to {Path.GetFullPath(target)}; open {Path.Combine(Path.GetFullPath(target), "index.html")}.");
            return 0;
        }));
        return command;
    }
}
