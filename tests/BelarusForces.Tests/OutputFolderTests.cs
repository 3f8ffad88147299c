using System.Diagnostics;
using BelarusForces.Cli;
using Microsoft.Data.Sqlite;

namespace BelarusForces.Tests;

/// <summary>
/// --force replaces only a folder the tool wrote (it holds the marker file), never the data, the seeds, the working
/// folder or the home folder; an interrupted or failed write leaves no staging folder and says "Cannot write".
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("belarus-forces-output-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int ExitCode, string Out, string Err) Run(params string[] args) => ExportFixture.RunTool(args);

    private static (int ExitCode, string Out, string Err) RunIn(string directory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        ProcessRunner.Run("dotnet", directory, args.Prepend(Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll")), environment, timeoutSeconds: 120);

    private static void Refused((int ExitCode, string Out, string Err) result, string words)
    {
        result.ExitCode.Should().Be(2, result.Err);
        result.Err.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().Contain(words).And.NotContain("   at ");
    }

    [Fact]
    public void Site_force_over_the_folder_that_holds_the_data_and_seeds_is_refused_and_deletes_nothing()
    {
        using var data = new DataFixture();
        File.WriteAllText(Path.Combine(data.Root, SafeOutput.Marker), "a marker does not make the data the tool's output");

        Refused(Run("site", "--data", data.Data, "--out", data.Root, "--force"), "holds the data or seeds directory");

        File.Exists(data.PathOf("dataset.json")).Should().BeTrue();
        Directory.GetFiles(Path.Combine(data.Root, "seeds")).Should().NotBeEmpty();
        Directory.GetFileSystemEntries(Path.GetDirectoryName(data.Root)!, "." + Path.GetFileName(data.Root) + ".*").Should().BeEmpty("no staging folder is left behind");
    }

    [Fact]
    public void Force_never_replaces_the_home_folder_nor_a_folder_above_the_working_folder()
    {
        var home = Path.Combine(_root, "home");
        var work = Path.Combine(home, "work");
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(home, SafeOutput.Marker), "");
        var environment = new Dictionary<string, string> { ["HOME"] = home };

        Refused(RunIn(_root, environment, "export", "--format", "csv", "--out", home, "--force"), "the home folder");
        Refused(RunIn(work, null, "export", "--format", "csv", "--out", home, "--force"), "the current directory");
        Directory.Exists(work).Should().BeTrue();
    }

    [Theory]
    [InlineData("export", "--format", "csv")]
    [InlineData("site")]
    public void Force_replaces_only_a_folder_the_tool_wrote(params string[] command)
    {
        var mine = Path.Combine(_root, "mine");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "a user's file");

        Refused(Run([.. command, "--out", mine, "--force"]), $"has no {SafeOutput.Marker}");
        File.ReadAllText(Path.Combine(mine, "notes.txt")).Should().Be("a user's file");

        var output = Path.Combine(_root, "output");
        Run([.. command, "--out", output]).ExitCode.Should().Be(0);
        File.Exists(Path.Combine(output, SafeOutput.Marker)).Should().BeTrue();
        var again = Run([.. command, "--out", output, "--force"]);
        again.ExitCode.Should().Be(0, again.Err);
        Directory.GetDirectories(_root).Select(Path.GetFileName).Should().BeEquivalentTo(["mine", "output"], "no staging folder is left behind");
    }

    [Fact]
    public void A_data_package_folder_exported_again_as_csv_keeps_no_stale_descriptor()
    {
        var target = Path.Combine(_root, "package");
        Run("export", "--format", "datapackage", "--out", target).ExitCode.Should().Be(0);
        File.Exists(Path.Combine(target, "datapackage.json")).Should().BeTrue();

        Run("export", "--format", "csv", "--out", target, "--force").ExitCode.Should().Be(0);

        File.Exists(Path.Combine(target, "datapackage.json")).Should().BeFalse("the descriptor's hashes would no longer match the files");
        File.Exists(Path.Combine(target, "units.csv")).Should().BeTrue();
    }

    [Fact]
    public void A_full_disk_during_a_sqlite_export_is_cannot_write()
    {
        var target = Path.Combine(_root, "full");
        var act = () => SafeOutput.WriteFolder(target, force: false, "--out", _ => throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13));

        act.Should().Throw<UserError>().Which.Message.Should().StartWith($"Cannot write to '{target}'").And.Contain("disk is full");
        Directory.GetFileSystemEntries(_root).Should().BeEmpty("the staging folder is removed");
    }

    [Theory]
    [InlineData("SIGTERM")]
    [InlineData("SIGINT")]
    public void A_signal_during_site_leaves_no_staging_folder(string signal)
    {
        var target = Path.Combine(_root, "site");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll"), "site", "--out", target })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var staging = Stopwatch.StartNew();
        while (!Directory.EnumerateDirectories(_root, ".site.*").Any() && !process.HasExited && staging.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(5);
        }

        process.HasExited.Should().BeFalse("the signal must reach the site while it is written");
        Thread.Sleep(50);
        using (var kill = Process.Start("kill", ["-s", signal[3..], process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        process.WaitForExit(60_000).Should().BeTrue();
        Directory.EnumerateFileSystemEntries(_root).Should().BeEmpty("the staging folder is removed and no site was put in place");
    }
}
