using System.Text.Json.Nodes;
using BelarusForces.Data;
using BelarusForces.Model;

namespace BelarusForces.Tests;

/// <summary>
/// The support rules: a structured value must be visible in its record's quotes, or the record says why in its
/// derivation; and the typed relations between records.
/// </summary>
public class SupportRuleTests
{
    private static readonly BelarusForcesDataset Data = BelarusForcesDataset.Current;

    [Fact]
    public void A_number_that_no_quote_states_fails_with_file_path_line_and_rule()
    {
        using var data = new DataFixture();
        data.Edit("events.json", f => DataFixture.Record(f, "us-suggests-20000-peacekeepers-ukraine-2017-11-09")["quantity"] = "21000");

        var problem = data.Problems().Should().ContainSingle().Subject;

        problem.Rule.Should().Be("value-number-quoted");
        problem.File.Should().Be("events.json");
        problem.JsonPath.Should().MatchRegex(@"^\$\.records\[\d+\]\.quantity$");
        problem.Line.Should().Be(LineOf(data.PathOf("events.json"), "\"21000\""));
        problem.Message.Should().Contain("21000");
    }

    [Fact]
    public void Numbers_in_words_and_with_separators_are_found_in_the_quotes()
    {
        // "five to seven thousand personnel", "70,000 men", "more than $1bn", "a dozen", "half a million".
        DatasetBuilder.UnquotedNumber("5000..7000", ["numbering five to seven thousand personnel"]).Should().BeNull();
        DatasetBuilder.UnquotedNumber("70000", ["70,000 men of our army cannot defend our state."]).Should().BeNull();
        DatasetBuilder.UnquotedNumber(">1000000000", ["reaching more than $1bn sales."]).Should().BeNull();
        DatasetBuilder.UnquotedNumber("12", ["a dozen of Su30 aircraft"]).Should().BeNull();
        DatasetBuilder.UnquotedNumber("500000", ["to arm half a million people"]).Should().BeNull();
        DatasetBuilder.UnquotedNumber("70", ["70,000 men of our army"]).Should().Be("70", "70 is not in 70,000");
        DatasetBuilder.UnquotedNumber("4", ["as many as four T72B"]).Should().BeNull();
    }

    [Fact]
    public void A_country_no_quote_names_fails_unless_a_derivation_says_why()
    {
        using var data = new DataFixture();
        data.Edit("equipment.json", f => DataFixture.Record(f, "yak-130")["origin"] = "RU");

        var problem = data.Problems().Should().ContainSingle().Subject;

        problem.Rule.Should().Be("country-named");
        problem.File.Should().Be("equipment.json");
        problem.JsonPath.Should().MatchRegex(@"^\$\.records\[\d+\]\.origin$");
        problem.Line.Should().Be(LineAfter(data.PathOf("equipment.json"), "\"id\": \"yak-130\"", "\"origin\": \"RU\""));

        data.Edit("equipment.json", f => DataFixture.Record(f, "yak-130")["derivation"] = new JsonArray(new JsonObject { ["field"] = "origin", ["reason"] = "a test" }));
        var load = () => BelarusForcesDataset.LoadDirectory(data.Data);
        load.Should().NotThrow();
    }

    [Fact]
    public void A_country_named_only_in_a_record_it_points_at_is_supported()
    {
        // "Russia" is in the quotes of the meeting the discussion is part of, not in the discussion's own quotes.
        var discussion = Data.FindRecord("events/lukashenka-naryshkin-discussed-ukraine-2017-10-17")!;
        discussion.Evidence.Should().NotContain(e => e.Quote.Contains("Russia", StringComparison.Ordinal));

        using var data = new DataFixture();
        data.Edit("events.json", f => DataFixture.Record(f, "lukashenka-naryshkin-discussed-ukraine-2017-10-17").Remove("relations"));

        data.Problems().Should().ContainSingle(p => p.Rule == "country-named" && p.JsonPath.EndsWith(".parties[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_neither_quoted_nor_published_fails_with_file_path_line_and_rule()
    {
        using var data = new DataFixture();
        data.Edit("events.json", f => DataFixture.Record(f, "polonez-m-test-300km")["date"] = "2016-10");

        var problem = data.Problems().Should().ContainSingle().Subject;

        problem.Rule.Should().Be("date-year-quoted");
        problem.JsonPath.Should().MatchRegex(@"^\$\.records\[\d+\]\.date$");
        problem.Line.Should().Be(LineOf(data.PathOf("events.json"), "\"2016-10\""));
        problem.Message.Should().Contain("2016").And.Contain("2017-12~");
    }

    [Fact]
    public void A_hedge_that_no_quote_holds_fails_with_file_path_line_and_rule()
    {
        using var data = new DataFixture();
        data.Edit("events.json", f => DataFixture.Record(f, "armenia-blocked-palanez-sale-claim")["hedge"] = "reportedly");

        var problem = data.Problems().Should().ContainSingle().Subject;

        problem.Rule.Should().Be("hedge-quoted");
        problem.JsonPath.Should().MatchRegex(@"^\$\.records\[\d+\]\.hedge$");
        problem.Line.Should().Be(LineOf(data.PathOf("events.json"), "\"reportedly\""));
    }

    [Fact]
    public void A_derivation_that_exempts_nothing_is_reported()
    {
        using var data = new DataFixture();
        data.Edit("events.json", f => DataFixture.Record(f, "us-suggests-20000-peacekeepers-ukraine-2017-11-09")["derivation"] = new JsonArray(new JsonObject { ["field"] = "date", ["reason"] = "the day is stated" }));

        var problem = data.Problems().Should().ContainSingle().Subject;

        problem.Rule.Should().Be("derivation-field");
        problem.JsonPath.Should().MatchRegex(@"^\$\.records\[\d+\]\.derivation\[0\]\.field$");
    }

    [Fact]
    public void A_relation_must_name_a_record_and_a_known_kind()
    {
        using var data = new DataFixture();
        data.Edit("events.json", f => DataFixture.Record(f, "polonez-m-test-300km")["relations"] = new JsonArray(
            new JsonObject { ["kind"] = "updates", ["record"] = "events/no-such-event" },
            new JsonObject { ["kind"] = "supersedes", ["record"] = "equipment/polonez-m" }));

        var problems = data.Problems();

        problems.Should().Contain(p => p.Rule == "relation-target" && p.JsonPath.EndsWith(".relations[0].record", StringComparison.Ordinal) && p.Message.Contains("events/no-such-event"));
        problems.Should().Contain(p => p.Rule == "allowed-value" && p.JsonPath.EndsWith(".relations[1].kind", StringComparison.Ordinal) && p.Message.Contains("part-of"));
    }

    [Fact]
    public void The_delayed_su_30_deal_updates_the_plan_and_the_plan_lists_it_as_referring()
    {
        var delayed = Data.FindRecord("procurements/su-30sm-delivery-delayed")!;
        var plan = Data.FindRecord("procurements/su-30sm-from-russia-2017-plan")!;

        Data.RelationsOf(delayed).Should().ContainSingle(r => r.Kind == RelationKind.Updates && ReferenceEquals(r.Record, plan))
            .Which.ToString().Should().Be("updates procurements/su-30sm-from-russia-2017-plan");
        Data.ReferencesTo(plan).Should().Contain(r => ReferenceEquals(r.Record, delayed) && r.Field == "relations");
        Data.RelationsOf(plan).Should().BeEmpty();
    }

    [Fact]
    public void The_t_72_fleet_neither_modernised_nor_replaced_contradicts_the_plan_to_modernise_it_soon()
    {
        var contradiction = Data.Contradictions().Should().ContainSingle(c => c.Record.CitationKey == "inventory/t-72-fleet-2018").Subject;

        contradiction.Other.CitationKey.Should().Be("inventory/t-72-fleet-2017");
        contradiction.Other.Evidence.Should().Contain(e => e.Quote.Contains("neither modernised nor replaced", StringComparison.Ordinal));
        contradiction.Record.Evidence.Should().Contain(e => e.Quote.Contains("will soon modernise", StringComparison.Ordinal));
        Data.Contradictions().Should().OnlyContain(c => Data.RelationsOf(c.Record).Any(r => r.Kind == RelationKind.Contradicts && ReferenceEquals(r.Record, c.Other)));
    }

    [Fact]
    public void A_derived_value_says_why()
    {
        var programme = Data.FindRecord("agreements/belarus-missile-programme")!;

        Data.DerivationsOf(programme).Should().ContainSingle().Which.ToString().Should().Be("inForce: \"perhaps only in the early 2010s\"");
        Data.DerivationsOf(Data.FindRecord("events/us-suggests-20000-peacekeepers-ukraine-2017-11-09")!).Should().BeEmpty();
    }

    [Fact]
    public void The_contradictions_command_prints_each_pair_with_both_quotes()
    {
        var (code, output, _) = Run("contradictions");

        code.Should().Be(0);
        output.Should().StartWith($"{Data.Contradictions().Count} pairs of records whose sources disagree:")
            .And.Contain("  inventory/t-72-fleet-2018")
            .And.Contain("  contradicts inventory/t-72-fleet-2017")
            .And.Contain("will soon modernise its T-72 tanks")
            .And.Contain("neither modernised nor replaced");
    }

    [Fact]
    public void Show_prints_a_records_relations_and_derivations()
    {
        var delayed = Run("show", "procurements/su-30sm-delivery-delayed").Out;
        var plan = Run("show", "procurements/su-30sm-from-russia-2017-plan").Out;
        var programme = Run("show", "agreements/belarus-missile-programme").Out;

        delayed.Should().Contain("Relations:").And.Contain("  updates procurements/su-30sm-from-russia-2017-plan");
        plan.Should().Contain("  procurements/su-30sm-delivery-delayed (relations)");
        programme.Should().Contain("  inForce: \"perhaps only in the early 2010s\"");
    }

    private static (int ExitCode, string Out, string Err) Run(params string[] args) =>
        ProcessRunner.Run("dotnet", AppContext.BaseDirectory, args.Prepend(Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll")), timeoutSeconds: 60);

    private static int LineOf(string file, string text) =>
        File.ReadAllLines(file).Select((line, i) => (line, i)).First(p => p.line.Contains(text, StringComparison.Ordinal)).i + 1;

    private static int LineAfter(string file, string anchor, string text)
    {
        var lines = File.ReadAllLines(file);
        int start = Array.FindIndex(lines, l => l.Contains(anchor, StringComparison.Ordinal));
        return Array.FindIndex(lines, start, l => l.Contains(text, StringComparison.Ordinal)) + 1;
    }
}
