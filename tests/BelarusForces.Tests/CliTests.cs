using System.Text.Json.Nodes;

namespace BelarusForces.Tests;

/// <summary>The belarus-forces tool, run end to end as a process, as a user runs it.</summary>
public class CliTests
{
    private static (int ExitCode, string Out, string Err) Run(params string[] args) =>
        ProcessRunner.Run("dotnet", AppContext.BaseDirectory, args.Prepend(Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll")), timeoutSeconds: 60);

    [Fact]
    public void Summary_prints_version_hash_counts_and_the_headline_answers()
    {
        var (code, output, _) = Run("summary");

        code.Should().Be(0);
        output.Should().Contain(BelarusForcesDataset.Current.VersionId)
            .And.Contain("procurements")
            .And.Contain("Special Operations Forces equipment")
            .And.Contain("60 to 80 hours in 2011/2013");
    }

    [Fact]
    public void A_listing_with_quotes_puts_each_rows_first_quote_and_its_source_on_screen()
    {
        var (code, output, _) = Run("inventory", "--unit", "sof", "--quotes", "--format", "json");

        code.Should().Be(0);
        var rows = JsonNode.Parse(output)!.AsArray();
        rows.Should().NotBeEmpty();
        foreach (var row in rows)
        {
            var record = BelarusForcesDataset.Current.FindRecord("inventory/" + (string?)row!["id"])!;
            var first = record.Evidence[0];
            ((string?)row["quote"]).Should().Be($"“{first.Quote}” — {first.Source.Id}, line {first.Line}");
        }
    }

    [Fact]
    public void Procurements_filter_and_print_stable_json()
    {
        var (code, output, _) = Run("procurements", "--supplier", "RU", "--status", "delivered", "--year", "2017", "--format", "json");

        code.Should().Be(0);
        var rows = JsonNode.Parse(output)!.AsArray();
        rows.Select(r => (string?)r!["id"]).Should().Contain("mi-8mtv-5-from-russia-2017");
        rows.Should().OnlyContain(r => (string?)r!["supplier"] == "RU" && (string?)r["status"] == "delivered");
        // The procurements table's columns (a quantity or a date as one column, as the data writes it), then the batches.
        rows[0]!.AsObject().Select(p => p.Key).Should().Equal("id", "kind", "equipment_id", "supplier", "supplier_share", "supplier_organisation_id", "recipient", "recipient_unit_id",
            "quantity", "ordered", "expected_delivery", "status", "value", "value_currency", "claim", "hedge", "note", "procurement_batches");
        rows.Single(r => (string?)r!["id"] == "mi-8mtv-5-from-russia-2017")!["procurement_batches"]!.GetValue<string>().Should().Contain("@", "each batch is its quantity and date");
    }

    [Fact]
    public void Tables_fit_an_80_column_terminal()
    {
        foreach (var args in new[] { new[] { "procurements" }, ["equipment", "--unit", "belarus-armed-forces"], ["indicator"], ["exercises"], ["find", "csto"] })
        {
            var (code, output, _) = Run(args);
            code.Should().Be(0);
            output.Split('\n').Should().OnlyContain(line => line.TrimEnd('\r').Length <= 80, string.Join(" ", args));
        }
    }

    [Fact]
    public void A_table_wraps_long_cells_at_spaces_and_counts_its_rows()
    {
        var (code, output, _) = Run("events", "--kind", "test");

        code.Should().Be(0);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines[0].Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).Should().Equal("id", "date", "kind", "title");
        var first = lines.FindIndex(l => l.StartsWith("polonez-belarusian-rocket-test-2018-h1", StringComparison.Ordinal));
        first.Should().BePositive("the event's row is printed");
        lines[first].Should().EndWith("Planned test of a", "a cell too wide for its column wraps at a space");
        lines[first + 1].Trim().Should().Be("completely", "and goes on at the next line");
        lines.Should().Contain(l => l.EndsWith("rows; --format json or csv shows every column", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sof")]
    [InlineData("Special Operations Forces")]
    [InlineData("special-operations-forces")]
    public void Equipment_accepts_any_name_of_the_unit(string unit)
    {
        var (code, output, _) = Run("equipment", "--unit", unit, "--as-of", "2017-12-31", "--format", "csv");

        code.Should().Be(0);
        output.Should().Contain("nona-m1,NONA M-1,mortar,RU,2017");
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(7);
    }

    [Fact]
    public void An_unknown_unit_names_the_nearest_ones_on_stderr()
    {
        var (code, output, error) = Run("equipment", "--unit", "special operation force");

        code.Should().NotBe(0);
        output.Should().BeEmpty();
        error.Should().Contain("There is no unit named 'special operation force'").And.Contain("special-operations-forces");
        error.Should().NotContain("   at ");
    }

    [Fact]
    public void A_bad_date_says_which_format_is_expected()
    {
        var (code, _, error) = Run("equipment", "--unit", "sof", "--as-of", "31.12.2017");

        code.Should().Be(2);
        error.Should().Contain("is not an EDTF date").And.Contain("2017-12-31");
    }

    [Theory]
    [InlineData("procurements", "--supplier", "Atlantis")]
    [InlineData("procurements", "--status", "arrived")]
    [InlineData("procurements", "--format", "xml")]
    [InlineData("exercises", "--year", "last")]
    [InlineData("no-such-command")]
    public void Bad_arguments_fail_with_a_message_and_no_stack_trace(params string[] args)
    {
        var (code, _, error) = Run(args);

        code.Should().Be(2);
        error.Should().NotBeEmpty().And.NotContain("   at ");
    }

    [Fact]
    public void Indicator_lists_the_series_and_charts_one_by_any_alias()
    {
        var (listCode, list, _) = Run("indicator", "--format", "csv");
        var (code, output, _) = Run("indicator", "pilot-flight-hours");

        listCode.Should().Be(0);
        list.Should().Contain("belarus-pilot-annual-flight-hours");
        code.Should().Be(0);
        output.Should().Contain("2011/2013").And.Contain("▓").And.Contain("soviet-pilot-annual-flight-hours");
    }

    [Fact]
    public void Exercises_filter_by_year_and_participant()
    {
        var (code, output, _) = Run("exercises", "--year", "2017", "--participant", "RU", "--format", "json");

        code.Should().Be(0);
        JsonNode.Parse(output)!.AsArray().Select(r => (string?)r!["id"]).Should().Contain(["west-2017", "sof-exercises-2017"]).And.NotContain("sof-independent-battalion-tactical-exercises-2017");
    }

    [Fact]
    public void Find_and_show_give_the_record_with_its_evidence_and_source()
    {
        var (findCode, found, _) = Run("find", "Raŭkoŭ");
        var (code, output, _) = Run("show", "procurements/cs-vn3-from-china");
        var (missingCode, _, error) = Run("show", "procurements/cs-vn3-from-chian");

        findCode.Should().Be(0);
        found.Should().Contain("people/andrei-raukou");
        code.Should().Be(0);
        output.Should().Contain("supplier: CN").And.Contain("second batch of CS/VN3").And.Contain("Belarus reviews defence policy after Russia disappoints");
        missingCode.Should().Be(1);
        error.Should().Contain("procurements/cs-vn3-from-china");
    }

    [Theory]
    [InlineData("bibtex", "@misc{")]
    [InlineData("apa", "[Data set]")]
    [InlineData("ris", "TY  - DATA")]
    [InlineData("csl-json", "\"type\": \"dataset\"")]
    public void Cite_renders_each_format_for_the_dataset_and_a_record(string format, string marker)
    {
        Run("cite", "--format", format).Out.Should().Contain(marker).And.Contain(BelarusForcesDataset.Current.ContentHash);
        Run("cite", "--format", format, "--record", "exercises/west-2017").Out.Should().Contain("exercises/west-2017");
    }

    [Fact]
    public void Export_to_an_unwritable_place_fails_plainly()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (code, _, error) = Run("export", "--format", "csv", "--out", Path.Combine(file, "sub"));

            code.Should().Be(1);
            error.Should().Contain("Cannot write to").And.NotContain("   at ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_accepts_the_repository_data_and_reports_a_broken_directory_precisely()
    {
        using var data = new DataFixture();
        data.Edit("units.json", f => DataFixture.Record(f, "special-operations-forces")["country"] = "XX");

        var (okCode, ok, _) = Run("validate", Repository.Data);
        var (code, _, error) = Run("validate", data.Data);

        okCode.Should().Be(0);
        ok.Should().Contain("is valid");
        code.Should().Be(1);
        error.Should().MatchRegex(@"units\.json\(\d+\): \$\.records\[\d+\]\.country: \[country-code\]");
    }

    [Fact]
    public void Diff_compares_a_directory_with_the_embedded_data()
    {
        using var data = new DataFixture();
        data.Edit("procurements.json", f => DataFixture.Record(f, "mi-8mtv-5-from-russia-2017")["quantity"] = ">=6"); // "six", as the quote says

        var (code, output, error) = Run("diff", data.Data, "--format", "csv");

        code.Should().Be(0);
        output.Should().Contain("changed,procurements/mi-8mtv-5-from-russia-2017,quantity");
        error.Should().Contain("0 added, 1 changed, 0 withdrawn");
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("procurements")]
    [InlineData("equipment")]
    [InlineData("indicator")]
    [InlineData("exercises")]
    [InlineData("find")]
    [InlineData("search")]
    [InlineData("events")]
    [InlineData("units")]
    [InlineData("people")]
    [InlineData("organisations")]
    [InlineData("agreements")]
    [InlineData("sites")]
    [InlineData("inventory")]
    [InlineData("sources")]
    [InlineData("show")]
    [InlineData("cite")]
    [InlineData("export")]
    [InlineData("validate")]
    [InlineData("diff")]
    public void Every_command_has_help_with_an_example(string command)
    {
        var (code, output, _) = Run(command, "--help");

        code.Should().Be(0);
        output.Should().Contain("Example").And.Contain("belarus-forces " + command);
    }
}
