using System.CommandLine;

namespace BelarusForces.Cli;

/// <summary>The pieces of <c>validate</c> and <c>diff</c> that concern released versions.</summary>
internal static partial class Commands
{
    // Released data never changes under the same version: an edited copy that keeps its version number would be
    // cited as something it is not.
    private static void WarnIfNotAsReleased(string dir, BelarusForcesDataset data)
    {
        var version = data.Manifest.Version;
        if (data.ReleaseOfVersion is not { } release)
        {
            CommandRunner.Error($"warning: {dir}: version {version} is not in releases.json yet; when you release it, add {{\"version\": \"{version}\", \"sha256\": \"{data.ContentHash}\", \"hashAlgorithm\": {Versioning.ContentHash.Latest}, ...}} with its keys (docs/RELEASING.md).");
        }
        else if (!data.IsAsReleased)
        {
            CommandRunner.Error($"warning: {dir}: the data is not what {version} released (its content hash is sha256:{data.ContentHash}, releases.json records sha256:{release.Sha256}); released data never changes under the same version: raise the version in dataset.json and release it (docs/RELEASING.md), or undo the edit.");
        }
    }

    private static Option<string?> SinceOption() => new("--since")
    {
        Description = "Compare a released version (such as 1.0.0) with DIR_A, or with the embedded data.",
    };

    private static Option<string> DiffFormatOption()
    {
        var option = new Option<string>("--format")
        {
            Description = "table (default), json, csv, or markdown (a CHANGELOG entry: every changed field with its old and new value).",
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "json", "csv", "markdown");
        return option;
    }

    private static OutputFormat ListingFormat(string format) => format switch
    {
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        _ => OutputFormat.Table,
    };

    // diff DIR: embedded data -> DIR; diff A B: A -> B; diff --since V [DIR]: release V -> DIR or the embedded data.
    private static (BelarusForcesDataset Older, BelarusForcesDataset Newer) DiffOperands(string? since, string? first, string? second)
    {
        if (since is not null)
        {
            if (second is not null)
            {
                throw new UserError("diff: --since compares a release with one data directory; give at most one.");
            }

            return (Release(since), first is null ? Data : BelarusForcesDataset.LoadDirectory(first));
        }

        return (first, second) switch
        {
            (null, _) => throw new UserError("diff: give a data directory (belarus-forces diff ./my-data), two, or --since VERSION."),
            (_, null) => (Data, BelarusForcesDataset.LoadDirectory(first)),
            _ => (BelarusForcesDataset.LoadDirectory(first), BelarusForcesDataset.LoadDirectory(second)),
        };

        static BelarusForcesDataset Release(string version)
        {
            try
            {
                return BelarusForcesDataset.LoadRelease(version);
            }
            catch (KeyNotFoundException e)
            {
                throw new UserError($"diff --since: {e.Message}", 1);
            }
        }
    }
}
