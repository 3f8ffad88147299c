namespace BelarusForces.Tests;

/// <summary>
/// The site command run as a user runs it, in a process of its own: the output folder's rules, and the site of an
/// earlier release. Each writes whole sites, so they run with the slow tests.
/// </summary>
public sealed class SiteCommandTests : IDisposable
{
    private static readonly BelarusForcesDataset Data = BelarusForcesDataset.Current;

    private readonly string _scratch = Directory.CreateTempSubdirectory("bf-site-command-tests-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

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

    [Fact]
    [Trait("Category", "Slow")]
    public void Site_release_makes_an_earlier_versions_site_and_refuses_a_version_never_released()
    {
        var target = Path.Combine(_scratch, "site-1.0.0");
        var withdrawn = Data.Withdrawn[0];

        var made = Tool("site", "--release", "1.0.0", "--out", target);
        made.ExitCode.Should().Be(0, made.Err);
        var landing = File.ReadAllText(Path.Combine(target, "index.html"));
        landing.Should().Contain("Version 1.0.0").And.Contain(BelarusForcesDataset.LoadRelease("1.0.0").ContentHash);
        File.ReadAllText(Path.Combine(target, withdrawn.Key, "index.html")).Should().NotContain("withdrawn in", "in 1.0.0 the record was still there");
        Directory.Exists(Path.Combine(target, "versions", "1.1.0")).Should().BeFalse("1.0.0 knows no later release");

        var refused = Tool("site", "--release", "0.9", "--out", Path.Combine(_scratch, "none"));
        refused.ExitCode.Should().Be(2);
        refused.Err.Trim().Should().StartWith("--release: BelarusForces 0.9 was never released; the releases are 1.0.0, 1.1.0");
    }

    private static (int ExitCode, string Out, string Err) Tool(params string[] args) =>
        ProcessRunner.Run("dotnet", AppContext.BaseDirectory, args.Prepend(Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll")), timeoutSeconds: 60);
}
