using System.Text.Json.Nodes;
using BelarusForces.Queries;
using BelarusForces.Testing;
using BelarusForces.Values;

namespace BelarusForces.Tests;

/// <summary>The tool's search, show and listings, and its edge: exit codes, closed outputs, hostile values.</summary>
public class CliSearchTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll");

    private static (int ExitCode, string Out, string Err) Run(params string[] args) =>
        ProcessRunner.Run("dotnet", AppContext.BaseDirectory, args.Prepend(Tool), timeoutSeconds: 60);

    // Through a shell, to close or fill the tool's standard output or error.
    private static (int ExitCode, string Out, string Err) Shell(string arguments, string redirection) =>
        ProcessRunner.Run("sh", AppContext.BaseDirectory, ["-c", $"dotnet '{Tool}' {arguments} {redirection}"], timeoutSeconds: 60);

    private static JsonArray Json(string output) => JsonNode.Parse(output)!.AsArray();

    [Fact]
    public void Search_finds_the_records_whose_text_holds_the_words()
    {
        var expected = BelarusForcesDataset.Current.AllRecords().OfType<Model.MilitaryEvent>()
            .Where(e => e.Title.Contains("urban warfare", StringComparison.OrdinalIgnoreCase)).Select(e => e.CitationKey).ToList();

        var (code, output, _) = Run("search", "urban warfare", "--format", "json");

        code.Should().Be(0);
        expected.Should().NotBeEmpty();
        var keys = Json(output).Select(r => (string?)r!["key"]).ToList();
        keys.Should().Contain(expected);
        Json(output)[0]!.AsObject().Select(p => p.Key).Should().Equal("key", "collection", "field", "matched", "score", "snippet", "headline", "published", "seed_file", "line");
        ((string?)Json(output)[0]!["snippet"]).Should().Contain("«urban» «warfare»");
    }

    [Fact]
    public void Search_takes_a_collection_and_a_limit_and_ends_with_a_newline()
    {
        var (code, output, _) = Run("search", "Deputy Defence Minister", "--collection", "people", "--limit", "1", "--format", "csv");

        code.Should().Be(0);
        output.Should().EndWith("\n");
        var lines = output.TrimEnd().Split('\n');
        lines.Should().HaveCount(2);
        lines[1].Should().StartWith("people/siarhei-simanenka,people,");
    }

    [Theory]
    [MemberData(nameof(SearchExamples.Questions), MemberType = typeof(SearchExamples))]
    public void Search_gives_the_answer_in_the_top_three_with_its_source_date_and_seed_line(string query, string expected)
    {
        var (code, output, _) = Run("search", query, "--limit", "3", "--format", "json");

        code.Should().Be(0);
        var hits = Json(output);
        hits.Select(h => (string?)h!["key"]).Should().Contain(expected);
        foreach (var hit in hits)
        {
            var data = BelarusForcesDataset.Current;
            var record = data.FindRecord((string)hit!["key"]!)!;
            var source = data.Sources.Values.Single(s => s.SeedFile == (string?)hit["seed_file"] && s.Headline == (string?)hit["headline"]);
            int line = int.Parse((string)hit["line"]!, System.Globalization.CultureInfo.InvariantCulture);

            ((string?)hit["published"]).Should().Be(source.Published.ToString());
            record.Evidence.Concat(Search.SearchFields.Claims(record).SelectMany(c => c.Evidence))
                .Should().Contain(e => e.Source == source && e.Line == line, "the seed line is where the record's quote stands");
        }
    }

    [Fact]
    public void Search_says_nothing_matches_only_when_no_word_does_and_then_names_the_nearest()
    {
        var (partialCode, partial, partialError) = Run("search", "SOF cargo airdrop", "--limit", "3");
        var (noneCode, none, noneError) = Run("search", "zzqqx qqzzx");

        partialCode.Should().Be(0);
        partial.Should().Contain("[2 of 3 words]").And.Contain("p-7-parachute-platform").And.NotContain("Nothing matches");
        partialError.Should().Contain("not found: airdrop");
        noneCode.Should().Be(1);
        none.Should().BeEmpty();
        noneError.Should().Contain("Nothing matches").And.Contain("Did you mean");
    }

    [Fact]
    public void The_search_table_shows_each_hit_with_its_source_and_seed_line()
    {
        var hit = BelarusForcesDataset.Current.Search("annual flying time 2011-2013", limit: 1)[0];

        var (code, output, _) = Run("search", "annual flying time 2011-2013", "--limit", "1");

        code.Should().Be(0);
        output.Should().Contain($"{hit.Evidence!.Source.SeedFile} line {hit.Evidence.Line}").And.Contain(hit.Key);
    }

    [Fact]
    public void Equipment_filters_take_variants_unless_exact_and_find_takes_a_unit_and_a_post()
    {
        var t72 = BelarusForcesDataset.Current.Equipment.Find("t-72")!;
        var variants = BelarusForcesDataset.Current.Procurements.Where(p => p.Equipment.VariantOf == t72).Select(p => p.Id.Value).ToList();

        variants.Should().NotBeEmpty();
        Json(Run("procurements", "--equipment", "T-72", "--format", "json").Out).Select(r => (string?)r!["id"]).Should().Contain(variants);
        Json(Run("procurements", "--equipment", "T-72", "--exact", "--format", "json").Out).Select(r => (string?)r!["equipment_id"]).Should().OnlyContain(id => id == "t-72");
        Json(Run("inventory", "--equipment", "T-72", "--format", "json").Out).Select(r => (string?)r!["equipment_id"]).Should().Contain("t-72b");
        Run("events", "--person", "Zas", "--format", "csv").Out.Should().Contain("polonez-belarusian-rocket-test-2018-h1");
        Run("find", "SOF commander").Out.Should().Contain("people/vadzim-dzyanisenka");
    }

    [Fact]
    public void A_date_filter_lists_undated_records_under_their_own_heading_and_names_them_beside_json()
    {
        var undated = BelarusForcesDataset.Current.Events.Where(e => e.Date is null).ToList();
        var dated2017 = BelarusForcesDataset.Current.FindEvents(date: DateFilter.MayInclude(EdtfDate.Parse("2017")));

        undated.Should().NotBeEmpty();
        var (code, table, _) = Run("events", "--date", "2017");
        code.Should().Be(0);
        table.Should().Contain($"Undated ({undated.Count}):");
        table[table.IndexOf("Undated (", StringComparison.Ordinal)..].Should().Contain(undated[0].Id.Value);

        var (jsonCode, json, note) = Run("events", "--date", "2017", "--format", "json");
        jsonCode.Should().Be(0);
        Json(json).Select(r => (string?)r!["id"]).Should().BeEquivalentTo(dated2017.Select(e => e.Id.Value), "JSON holds the matches alone");
        note.Should().Contain($"{undated.Count} undated record(s)").And.Contain(undated[0].CitationKey);
        Run("events", "--kind", "statement").Out.Should().NotContain("Undated (", "without a date filter nothing is set apart");
    }

    [Theory]
    [InlineData("search", "tanks", "--collection", "tanks")]
    [InlineData("search", "tanks", "--limit", "0")]
    [InlineData("search")]
    [InlineData("search", "--")]
    [InlineData("search", "  ")]
    [InlineData("events", "--kind", "parade")]
    [InlineData("units", "--country", "Atlantis")]
    [InlineData("people", "--date", "2017-13")]
    [InlineData("organisations", "--kind", "bank")]
    [InlineData("agreements", "--date", "2017", "--within", "2017")]
    [InlineData("sites", "--country", "XX")]
    [InlineData("inventory", "--status", "lost")]
    [InlineData("sources", "--within", "someday")]
    [InlineData("procurements", "--kind", "gift")]
    [InlineData("procurements", "--year", "10000")]
    [InlineData("procurements", "--year", "-10000")]
    [InlineData("procurements", "--year", "2147483647")]
    [InlineData("show", "people/andrei-raukou", "--format", "yaml")]
    public void Bad_arguments_exit_2_with_one_line_and_no_stack_trace(params string[] args)
    {
        var (code, output, error) = Run(args);

        code.Should().Be(2, string.Join(" ", args));
        output.Should().BeEmpty();
        error.Should().NotContain("   at ").And.NotContain("Description:");
        error.TrimEnd().Split('\n').Should().HaveCountLessThanOrEqualTo(2, "one line and, for a parse error, the usage");
    }

    [Fact]
    public void A_very_long_search_is_refused_in_one_short_line()
    {
        var (code, _, error) = Run("search", string.Join(" ", Enumerable.Repeat("tank", 2000)));

        code.Should().Be(2);
        error.Length.Should().BeLessThan(200);
    }

    [Fact]
    public void A_parse_error_prints_the_command_usage_not_the_whole_help()
    {
        var (code, output, error) = Run("search", "x", "--no-such-option");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("--no-such-option").And.Contain("Usage: belarus-forces search <text> [options]");
    }

    [Fact]
    public void Response_files_are_off()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "secret-line-of-the-file");
            var (code, _, error) = Run("find", "@" + file);

            code.Should().Be(1, "@file is a name like any other, and nothing is named so");
            error.Should().NotContain("secret-line-of-the-file");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("summary", ">&-")]
    [InlineData("summary", ">/dev/full")]
    [InlineData("find zzz", "2>&-")]
    [InlineData("search zzzzzz", "2>/dev/full")]
    public void A_closed_or_full_output_ends_quietly_with_a_non_zero_code(string arguments, string redirection)
    {
        var (code, _, error) = Shell(arguments, redirection);

        code.Should().Be(1);
        error.Should().NotContain("   at ").And.NotContain("Unhandled");
    }

    [Fact]
    public void Control_characters_in_values_are_shown_escaped()
    {
        var (code, _, error) = Run("show", "people/\u001b[31mred\u0007");

        code.Should().Be(1);
        error.Should().Contain("\\x1B[31mred\\x07").And.NotContain("\u001b").And.NotContain("\u0007");
    }

    [Fact]
    public void Find_and_search_find_a_person_by_the_post()
    {
        var simanenka = BelarusForcesDataset.Current.People.Single(p => p.Posts.Any(post => post.Title.StartsWith("Deputy Defence Minister", StringComparison.Ordinal)));

        Run("find", "Deputy Defence Minister").Out.Should().Contain(simanenka.CitationKey);
        Run("search", "Deputy Defence Minister", "--limit", "1").Out.Should().Contain(simanenka.CitationKey);
    }

    [Fact]
    public void Show_prints_readable_fields_each_quote_with_its_source_and_what_refers_to_the_record()
    {
        var (code, output, _) = Run("show", "units/special-operations-forces");

        code.Should().Be(0);
        output.Should().EndWith("\n").And.NotContain("\\u").And.NotContain("{\"");
        output.Should().Contain("Referred to by").And.Contain("people/vadzim-dzyanisenka (posts)").And.Contain("units/special-operations-forces-brigades (parent)");
        output.Should().Contain("— ").And.Contain("000_925b1f25f93f0159.txt");

        var raukou = Run("show", "people/andrei-raukou").Out;
        raukou.Should().Contain("Raŭkoŭ").And.NotContain("\\u016D");
    }

    [Fact]
    public void Show_gives_the_seed_line_where_each_quote_stands()
    {
        var evidence = BelarusForcesDataset.Current.People.Find("vadzim-dzyanisenka")!.Evidence[0];
        var seedLine = File.ReadLines(Path.Combine(Repository.Seeds, evidence.Source.SeedFile)).ElementAt(evidence.Line - 1);

        var (code, output, _) = Run("show", "people/vadzim-dzyanisenka");

        code.Should().Be(0);
        seedLine.Should().Contain(evidence.Quote[..30]);
        output.Should().Contain($"{evidence.Source.SeedFile} line {evidence.Line}");
    }

    [Fact]
    public void Show_takes_json_and_shows_sources()
    {
        var data = BelarusForcesDataset.Current;
        var source = data.Sources.Values.First();

        var (code, output, _) = Run("show", "people/andrei-raukou", "--format", "json");
        var (sourceCode, sourceText, _) = Run("show", "sources/" + source.Id);

        code.Should().Be(0);
        var json = JsonNode.Parse(output)!;
        ((string?)json["key"]).Should().Be("people/andrei-raukou");
        ((string?)json["record"]!["name"]).Should().Be(data.People.Find("andrei-raukou")!.Name);
        json["referred_by"]!.AsArray().Should().NotBeEmpty();
        sourceCode.Should().Be(0);
        sourceText.Should().Contain(source.Headline).And.Contain($"Cited by ({data.ReferencesTo(source).Length})");
    }

    [Fact]
    public void Indicator_shows_who_said_each_value_the_claim_and_the_quote()
    {
        var (code, output, _) = Run("indicator", "sof-night-drill-share", "--format", "json");

        code.Should().Be(0);
        var row = Json(output)[0]!;
        ((string?)row["said_by"]).Should().Contain("people/vadzim-dzyanisenka");
        ((string?)row["claim"]).Should().NotBeNullOrEmpty();
        ((string?)row["quote"]).Should().Be(BelarusForcesDataset.Current.Indicators.Find("sof-night-drill-share")!.Observations[0].Evidence[0].Quote);
    }

    [Fact]
    public void Procurements_take_a_country_by_name_a_kind_an_equipment_type_and_a_unit()
    {
        var data = BelarusForcesDataset.Current;
        var fromRussia = data.Procurements.Count(p => p.Supplier == Values.Country.Russia);

        Json(Run("procurements", "--supplier", "Russia", "--format", "json").Out).Should().HaveCount(fromRussia);
        Json(Run("procurements", "--supplier", "Russian Federation", "--format", "json").Out).Should().HaveCount(fromRussia);
        Json(Run("procurements", "--kind", "modernisation", "--format", "json").Out).Should().HaveCount(data.Procurements.Count(p => p.Kind == Model.ProcurementKind.Modernisation));
        Json(Run("procurements", "--equipment", "Tor-M2", "--format", "json").Out).Select(r => (string?)r!["equipment_id"]).Should().NotBeEmpty().And.OnlyContain(id => id == "tor-m2");
        Json(Run("procurements", "--unit", "sof", "--format", "json").Out).Select(r => (string?)r!["id"]).Should().Contain("cs-vn3-sof-2017");
    }

    [Fact]
    public void Date_options_take_edtf_with_may_include_and_certainly_within()
    {
        var mayInclude = Json(Run("procurements", "--date", "2017-12", "--format", "json").Out).Select(r => (string?)r!["id"]).ToList();
        var within = Json(Run("procurements", "--within", "2017", "--format", "json").Out).Select(r => (string?)r!["id"]).ToList();
        var in2010 = Json(Run("procurements", "--year", "2010", "--kind", "modernisation", "--format", "json").Out);

        mayInclude.Should().NotBeEmpty();
        within.Should().NotBeEmpty();
        in2010.Should().BeEmpty("modernisations dated ../2017 count as 2017, their known end");
        Run("equipment", "--unit", "sof", "--as-of", "2017").ExitCode.Should().Be(0);
    }

    [Theory]
    [InlineData("events", "--kind", "test", "polonez-m-test-300km")]
    [InlineData("events", "--person", "Raukou", "raukou")]
    [InlineData("units", "--parent", "sof", "special-operations-forces-brigades")]
    [InlineData("people", "--post", "commander", "vadzim-dzyanisenka")]
    [InlineData("organisations", "--member", "Belarus", "csto")]
    [InlineData("agreements", "--party", "Russia", "su-30sm-contract")]
    [InlineData("sites", "--country", "Belarus", "polatsk-sam-site")]
    [InlineData("inventory", "--unit", "sof", "cs-vn3-sof-2017")]
    [InlineData("sources", "--date", "2017", "minsk-silently-builds-new-army-2017")]
    public void Every_listing_filters_and_prints_its_records(string command, string option, string value, string expected)
    {
        var (code, output, _) = Run(command, option, value, "--format", "csv");

        code.Should().Be(0);
        output.Should().EndWith("\n");
        var lines = output.TrimEnd().Split('\n');
        lines.Length.Should().BeGreaterThan(1, $"{command} {option} {value} finds records");
        output.Should().Contain(expected);
        lines[0].Split(',').Should().OnlyContain(c => c == c.ToLowerInvariant() && !c.Contains(' '), "column names are snake_case");
    }

    [Fact]
    public void Table_keys_are_never_cut()
    {
        var (code, output, _) = Run("organisations");

        code.Should().Be(0);
        foreach (var organisation in BelarusForcesDataset.Current.Organisations)
        {
            output.Should().Contain(organisation.Id.Value);
        }
    }
}
