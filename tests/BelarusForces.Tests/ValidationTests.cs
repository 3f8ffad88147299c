using System.Text.Json.Nodes;
using BelarusForces.Data;

namespace BelarusForces.Tests;

public class ValidationTests
{
    [Fact]
    public void An_unchanged_copy_loads()
    {
        using var data = new DataFixture();

        var dataset = BelarusForcesDataset.LoadDirectory(data.Data);

        dataset.Procurements.Count.Should().Be(BelarusForcesDataset.Current.Procurements.Count);
    }

    [Fact]
    public void Malformed_json_names_file_line_and_path()
    {
        using var data = new DataFixture();
        data.Replace("procurements.json", "\"id\": \"cs-vn3-from-china\",", "\"id\": \"cs-vn3-from-china\",,");

        var problem = data.Problems().Should().ContainSingle().Subject;

        problem.File.Should().Be("procurements.json");
        problem.Rule.Should().Be("json-shape");
        problem.Line.Should().Be(LineOf(data.PathOf("procurements.json"), "\"id\": \"cs-vn3-from-china\""));
    }

    [Fact]
    public void Unknown_members_are_errors()
    {
        using var data = new DataFixture();
        data.Edit("units.json", f => DataFixture.Record(f, "special-operations-forces")["commander"] = "someone");

        var problem = data.Problems().Should().ContainSingle().Subject;

        problem.Rule.Should().Be("json-shape");
        problem.Message.Should().Contain("commander");
        problem.JsonPath.Should().StartWith("$.records[");
    }

    [Fact]
    public void Duplicate_keys_are_errors()
    {
        using var data = new DataFixture();
        data.Replace("exercises.json", "\"id\": \"west-2017\",", "\"id\": \"west-2017\", \"id\": \"west-2017\",");

        data.Problems().Should().ContainSingle(p => p.File == "exercises.json" && p.Rule == "json-shape" && p.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Wrong_types_and_missing_required_members_are_errors()
    {
        using var data = new DataFixture();
        data.Edit("equipment.json", f => DataFixture.Record(f, "su-30sm")["sovietInherited"] = "no");
        data.Edit("sites.json", f => DataFixture.Record(f, "polatsk-sam-site").Remove("kind"));

        var problems = data.Problems();

        problems.Should().Contain(p => p.File == "equipment.json" && p.Rule == "json-shape" && p.JsonPath.EndsWith(".sovietInherited", StringComparison.Ordinal));
        problems.Should().Contain(p => p.File == "sites.json" && p.Rule == "json-shape" && p.Message.Contains("kind"));
    }

    [Fact]
    public void A_missing_file_and_an_unexpected_file_are_errors()
    {
        using var data = new DataFixture();
        File.Delete(data.PathOf("sites.json"));
        File.WriteAllText(data.PathOf("notes.json"), "{}");

        var problems = data.Problems();

        problems.Should().Contain(p => p.File == "sites.json" && p.Rule == "file-present");
        problems.Should().Contain(p => p.File == "notes.json" && p.Rule == "expected-files");
    }

    [Fact]
    public void A_byte_order_mark_is_an_error()
    {
        using var data = new DataFixture();
        File.WriteAllBytes(data.PathOf("people.json"), [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(data.PathOf("people.json"))]);

        data.Problems().Should().ContainSingle(p => p.File == "people.json" && p.Rule == "utf8-no-bom");
    }

    [Fact]
    public void A_quote_that_is_not_verbatim_is_an_error_on_its_line()
    {
        using var data = new DataFixture();
        const string quote = "Indeed, on 18 February, Belarusian state media reported that the national army received the second batch of CS/VN3 Dajiang armoured vehicles from China.";
        string? path = null;
        data.Edit("procurements.json", f =>
        {
            var evidence = DataFixture.Record(f, "cs-vn3-from-china")["batches"]![1]!["evidence"]![0]!;
            evidence["quote"] = quote.Replace("second", "third", StringComparison.Ordinal);
        });

        var problem = data.Problems().Should().ContainSingle().Subject;
        path = problem.JsonPath;

        problem.Rule.Should().Be("quote-verbatim");
        path.Should().MatchRegex(@"^\$\.records\[\d+\]\.batches\[1\]\.evidence\[0\]\.quote$");
        problem.Line.Should().Be(LineOf(data.PathOf("procurements.json"), "third batch of CS/VN3"));
    }

    [Fact]
    public void A_quote_that_is_not_valid_utf8_is_refused_on_its_line()
    {
        using var data = new DataFixture();
        var path = data.PathOf("procurements.json");
        var bytes = File.ReadAllBytes(path);
        int at = bytes.AsSpan().IndexOf("second batch of CS/VN3"u8);
        at.Should().BePositive("the quote is in the file");
        bytes[at] = 0xFF; // never valid in UTF-8
        File.WriteAllBytes(path, bytes);

        var problem = data.Problems().Should().ContainSingle().Subject;

        problem.File.Should().Be("procurements.json");
        problem.Rule.Should().Be("json-shape");
        problem.Message.Should().Contain("not valid UTF-8");
        problem.Line.Should().Be(LineOf(path, "econd batch of CS/VN3"));
    }

    [Fact]
    public void A_quote_from_another_article_is_reported_as_outside_its_source()
    {
        using var data = new DataFixture();
        data.Edit("units.json", f => DataFixture.Record(f, "special-operations-forces")["evidence"]![0]!["source"] = "western-press-digest-2016");

        data.Problems().Should().ContainSingle(p => p.Rule == "quote-verbatim" && p.Message.Contains("outside lines 722-792"));
    }

    [Fact]
    public void A_record_without_evidence_is_an_error()
    {
        using var data = new DataFixture();
        data.Edit("equipment.json", f => DataFixture.Record(f, "yak-130")["evidence"] = new JsonArray());

        data.Problems().Should().ContainSingle(p => p.File == "equipment.json" && p.Rule == "evidence-present");
    }

    [Fact]
    public void Dangling_references_name_the_missing_id_and_the_nearest_ones()
    {
        using var data = new DataFixture();
        data.Edit("procurements.json", f => DataFixture.Record(f, "cs-vn3-from-china")["equipment"] = "cs-vn");
        data.Edit("inventory.json", f => DataFixture.Record(f, "kaiman-sof-2017")["holder"] = "sof");

        var problems = data.Problems();

        problems.Should().Contain(p => p.File == "procurements.json" && p.Rule == "reference-resolves" && p.Message.Contains("'cs-vn3'"));
        problems.Should().Contain(p => p.File == "inventory.json" && p.Rule == "reference-resolves" && p.JsonPath.EndsWith(".holder", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_dates_quantities_countries_and_values_are_each_reported()
    {
        using var data = new DataFixture();
        data.Edit("procurements.json", f =>
        {
            var r = DataFixture.Record(f, "mi-8mtv-5-from-russia-2017");
            r["quantity"] = "six";
            r["supplier"] = "RUS";
            r["status"] = "arrived";
            r["batches"]![0]!["delivered"] = "2017-13";
        });

        var rules = data.Problems().Select(p => p.Rule);

        rules.Should().BeEquivalentTo(["quantity", "country-code", "allowed-value", "edtf-date"]);
    }

    [Fact]
    public void Ids_must_be_kebab_case_and_unique()
    {
        using var data = new DataFixture();
        data.Edit("events.json", f =>
        {
            var records = f["records"]!.AsArray();
            records[1]!["id"] = records[0]!["id"]!.GetValue<string>();
            records[2]!["id"] = "Not_Kebab";
        });

        var rules = data.Problems().Select(p => p.Rule).Distinct();

        // The two renamed records were released under their old ids, so those ids no longer resolving is reported too.
        rules.Should().BeEquivalentTo(["id-unique", "id-format", "released-id-resolves"]);
    }

    [Fact]
    public void Two_entities_claiming_one_alias_is_an_error()
    {
        using var data = new DataFixture();
        data.Edit("equipment.json", f => DataFixture.Record(f, "su-27")["aliases"]!.AsArray().Add("Su-30"));

        data.Problems().Should().ContainSingle(p => p.Rule == "alias-unique" && p.Message.Contains("su-30sm"));
    }

    [Fact]
    public void A_parent_cycle_is_an_error()
    {
        using var data = new DataFixture();
        data.Edit("units.json", f => DataFixture.Record(f, "belarus-armed-forces")["parent"] = "special-operations-forces");

        data.Problems().Should().Contain(p => p.File == "units.json" && p.Rule == "no-cycles");
    }

    [Fact]
    public void A_delivery_before_its_order_and_a_share_above_100_percent_are_errors()
    {
        using var data = new DataFixture();
        data.Edit("procurements.json", f => DataFixture.Record(f, "cs-vn3-from-china")["ordered"] = "2017-12");
        data.Edit("exercises.json", f => DataFixture.Record(f, "sof-exercises-2017")["nightShare"] = "170");

        var rules = data.Problems().Select(p => p.Rule);

        rules.Should().BeEquivalentTo(["delivery-after-order", "share-range"]);
    }

    [Fact]
    public void A_changed_seed_is_detected_by_its_hash()
    {
        using var data = new DataFixture();
        var seed = Directory.GetFiles(Path.Combine(data.Root, "seeds")).Single();
        File.AppendAllText(seed, " ");

        data.Problems().Should().Contain(p => p.File == "dataset.json" && p.Rule == "seed-hash");
    }

    [Fact]
    public void Every_problem_is_collected_not_only_the_first()
    {
        using var data = new DataFixture();
        data.Edit("units.json", f => DataFixture.Record(f, "special-operations-forces")["kind"] = "squad");
        data.Edit("people.json", f => DataFixture.Record(f, "andrei-raukou")["posts"]![0]!["country"] = "Belarus");
        data.Edit("indicators.json", f => DataFixture.Record(f, "belarus-pilot-annual-flight-hours")["observations"]![0]!["period"] = "mid-2000s");

        var problems = data.Problems();

        problems.Select(p => p.File).Should().BeEquivalentTo(["units.json", "people.json", "indicators.json"]);
        problems.Should().OnlyContain(p => p.Line > 0);
        problems.Should().AllSatisfy(p => p.ToString().Should().MatchRegex(@"^\w+\.json\(\d+\): \$\.records\[\d+\]\.[\w\[\]\.]+: \[[\w-]+\] .+"));
    }

    [Fact]
    public void A_missing_directory_or_seeds_directory_is_reported_plainly()
    {
        var missing = () => BelarusForcesDataset.LoadDirectory(Path.Combine(Path.GetTempPath(), "no-such-belarus-forces-dir"));
        missing.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle(p => p.Rule == "directory-present");

        using var data = new DataFixture();
        Directory.Delete(Path.Combine(data.Root, "seeds"), recursive: true);
        var noSeeds = () => BelarusForcesDataset.LoadDirectory(data.Data);
        noSeeds.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle(p => p.Rule == "seeds-present");
    }

    private static int LineOf(string file, string text) =>
        File.ReadAllLines(file).Select((line, i) => (line, i)).First(p => p.line.Contains(text, StringComparison.Ordinal)).i + 1;
}
