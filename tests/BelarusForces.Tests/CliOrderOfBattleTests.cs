using System.Text.Json.Nodes;

namespace BelarusForces.Tests;

/// <summary>belarus-forces orbat, run as a process.</summary>
public class CliOrderOfBattleTests
{
    private static (int ExitCode, string Out, string Err) Run(params string[] args) =>
        ProcessRunner.Run("dotnet", AppContext.BaseDirectory, args.Prepend(Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll")), timeoutSeconds: 60);

    [Fact]
    public void Orbat_prints_the_tree_of_a_unit_as_of_a_date()
    {
        var (code, output, _) = Run("orbat", "--as-of", "2017-12-31", "--unit", "sof");

        code.Should().Be(0);
        var lines = output.Split('\n');
        lines[1].Should().Be("Special Operations Forces (service), established 2000~/2003~ [analyst] units/special-operations-forces");
        lines.Should().Contain("  - strength: 5,000 to 7,000 personnel, as of 2017 (0 to 364 days old) [analyst] units/special-operations-forces");
        lines.Should().Contain(l => l.StartsWith("    Special Operations Forces brigades (brigade)", StringComparison.Ordinal));
        output.Should().Be(BelarusForcesDataset.Current.OrderOfBattle(Values.EdtfDate.Parse("2017-12-31"), unit: BelarusForcesDataset.Current.Units[new Values.Id<Model.Unit>("special-operations-forces")]).ToString());
    }

    [Fact]
    public void Orbat_json_names_each_line_with_its_record_and_quotes()
    {
        var (code, output, _) = Run("orbat", "--as-of", "2017", "--format", "json");

        code.Should().Be(0);
        var json = JsonNode.Parse(output)!;
        ((string?)json["day"]).Should().Be("2017-12-31");
        var sof = json["units"]!.AsArray().Single(u => (string?)u!["id"] == "special-operations-forces")!;
        ((string?)sof["parent_id"]).Should().Be("belarus-armed-forces");
        ((string?)sof["strength"]!["quantity"]).Should().Be("5000..7000");
        ((string?)sof["strength"]!["record"]).Should().Be("units/special-operations-forces");
        sof["strength"]!["evidence"]!.AsArray().Should().NotBeEmpty();
        sof["equipment"]!.AsArray().Select(e => (string?)e!["origin"]).Should().Contain(["BY", "CN", "RU"]);
    }

    [Fact]
    public void Orbat_from_to_prints_the_changes_in_markdown()
    {
        var (code, output, _) = Run("orbat", "--from", "2016", "--to", "2018", "--format", "markdown");

        code.Should().Be(0);
        output.Should().StartWith("## Order of battle changes from 2016 to 2018")
            .And.Contain("- **Special Operations Forces**\n  - appeared: strength: 5,000 to 7,000 personnel");
    }

    [Theory]
    [InlineData("is not an EDTF date", "orbat", "--as-of", "31.12.2017")]
    [InlineData("has an open end", "orbat", "--as-of", "2017/..")]
    [InlineData("Give either --as-of DATE, or --from DATE and --to DATE", "orbat")]
    [InlineData("Give either --as-of DATE, or --from DATE and --to DATE", "orbat", "--from", "2016")]
    [InlineData("is after --to", "orbat", "--from", "2018", "--to", "2016")]
    [InlineData("There is no unit named 'special operation force'", "orbat", "--as-of", "2017", "--unit", "special operation force")]
    [InlineData("was not yet established on 1999-12-31", "orbat", "--as-of", "1999", "--unit", "sof")]
    public void Bad_dates_and_units_fail_with_a_plain_message(string message, params string[] args)
    {
        var (code, output, error) = Run(args);

        code.Should().NotBe(0);
        output.Should().BeEmpty();
        error.Should().Contain(message).And.NotContain("   at ");
    }
}
