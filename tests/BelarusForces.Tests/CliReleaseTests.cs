using BelarusForces.Versioning;

namespace BelarusForces.Tests;

/// <summary>The tool's release checks: validate's warning about an unversioned edit, and diff against a release.</summary>
public class CliReleaseTests
{
    private static (int ExitCode, string Out, string Err) Run(params string[] args) =>
        ProcessRunner.Run("dotnet", AppContext.BaseDirectory, args.Prepend(Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll")), timeoutSeconds: 60);

    [Fact]
    public void Validate_warns_when_edited_data_keeps_a_released_version_and_says_what_to_do()
    {
        using var data = new DataFixture();
        data.Edit("units.json", f => DataFixture.Record(f, "special-operations-forces")["note"] = "edited");

        var (code, output, error) = Run("validate", data.Data);
        var (_, _, clean) = Run("validate", Repository.Data);

        code.Should().Be(0, "the data is valid; only its version is wrong");
        output.Should().Contain("is valid");
        var version = BelarusForcesDataset.Current.Manifest.Version;
        error.Should().Contain($"the data is not what {version} released")
            .And.Contain("sha256:" + BelarusForcesDataset.LoadDirectory(data.Data).ContentHash)
            .And.Contain("raise the version in dataset.json");
        clean.Should().NotContain("warning");
    }

    [Fact]
    public void Validate_gives_the_hash_to_record_for_a_version_not_yet_released()
    {
        using var data = new DataFixture();
        data.Edit("dataset.json", f => f["version"] = "9.9.9");

        var (code, _, error) = Run("validate", data.Data);

        code.Should().Be(0);
        error.Should().Contain("version 9.9.9 is not in releases.json yet").And.Contain($"\"sha256\": \"{BelarusForcesDataset.LoadDirectory(data.Data).ContentHash}\"");
    }

    [Fact]
    public void Diff_since_a_release_prints_the_changelog_markdown()
    {
        var (code, output, error) = Run("diff", "--since", "1.0.0", "--format", "markdown");

        code.Should().Be(0);
        output.Should().Be(DatasetDiff.Between(BelarusForcesDataset.LoadRelease("1.0.0"), BelarusForcesDataset.Current).ToMarkdown());
        output.Should().Contain("`exercises/west-2017`");
        error.Should().Contain("20 withdrawn", "one record was withdrawn in 1.1.0 and nineteen in 1.2.0");
    }

    [Fact]
    public void Diff_since_an_unknown_release_is_one_line_with_the_releases()
    {
        var (code, _, error) = Run("diff", "--since", "0.1.0");

        code.Should().Be(1);
        error.Trim().Should().Contain("0.1.0 was never released").And.Contain("1.0.0").And.NotContain("\n").And.NotContain("   at ");
    }
}
