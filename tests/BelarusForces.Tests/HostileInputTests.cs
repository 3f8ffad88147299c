using System.Diagnostics;
using System.Text.Json.Nodes;
using BelarusForces.Data;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Tests;

/// <summary>
/// What a hostile user may hand to <see cref="BelarusForcesDataset.LoadDirectory"/>: deep chains, special files, links
/// out of the directory, unpinned seeds, forged or ambiguous quotes, values past their limits. Each gives a complete
/// dataset or the documented exception with one problem per fault, never a crash, a hang or a stack trace.
/// </summary>
public class HostileInputTests
{
    [Fact]
    public void A_parent_chain_fifty_thousand_deep_loads_on_a_small_stack()
    {
        using var data = new DataFixture();
        const int depth = 50_000;
        data.Edit("units.json", file =>
        {
            var records = file["records"]!.AsArray();
            var template = DataFixture.Record(file, "special-operations-forces");
            var evidence = new JsonArray(template["evidence"]![0]!.DeepClone());
            for (int i = 0; i < depth; i++)
            {
                var unit = new JsonObject
                {
                    ["id"] = $"chain-{i}", ["name"] = $"Chain unit {i}", ["aliases"] = new JsonArray(), ["country"] = "BY", ["kind"] = "unit",
                    ["parent"] = i == 0 ? "special-operations-forces" : $"chain-{i - 1}", ["strength"] = new JsonArray(), ["claim"] = "official",
                    ["evidence"] = evidence.DeepClone(),
                };
                records.Add(unit);
            }
        });

        // 256 KB of stack: a recursive walk over the chain would overflow it long before the end.
        BelarusForcesDataset? loaded = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    loaded = BelarusForcesDataset.LoadDirectory(data.Data);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        failure.Should().BeNull();

        var deepest = loaded!.Units[new Id<Unit>($"chain-{depth - 1}")];
        deepest.ParentId.Should().Be(new Id<Unit>($"chain-{depth - 2}"));
        loaded.SubunitsOf(loaded.Units[new Id<Unit>("chain-0")]).Should().ContainSingle().Which.Id.Value.Should().Be("chain-1");
    }

    [Fact]
    public void A_long_unresolved_id_is_reported_shortened_and_suggestions_stay_small()
    {
        using var data = new DataFixture();
        data.Replace("procurements.json", "\"equipment\": \"cs-vn3\"", $"\"equipment\": \"cs-vn3{new string('x', 19_000)}\"");

        var problems = data.Problems().Where(p => p.Rule == "reference-resolves").ToList();

        problems.Should().HaveCount(2, "two procurements name cs-vn3").And.OnlyContain(p => p.Message.Length < 400 && p.Message.Contains("did you mean 'cs-vn3'"));
    }

    [Fact]
    public void A_five_megabyte_value_is_one_short_problem()
    {
        using var data = new DataFixture();
        data.Replace("procurements.json", "\"equipment\": \"cs-vn3\"", $"\"equipment\": \"cs-vn3{new string('x', 5_000_000)}\"");

        data.Problems().Should().HaveCount(2, "two procurements name cs-vn3").And.OnlyContain(p => p.Rule == "text-length" && p.Message.Length < 200 && p.Line > 0);
    }

    [Fact]
    public void A_symlink_to_a_device_a_fifo_and_a_directory_are_refused_before_they_are_read()
    {
        using var data = new DataFixture();
        File.Delete(data.PathOf("units.json"));
        File.CreateSymbolicLink(data.PathOf("units.json"), "/dev/zero");
        File.Delete(data.PathOf("sites.json"));
        MakeFifo(data.PathOf("sites.json"));
        File.Delete(data.PathOf("events.json"));
        Directory.CreateDirectory(data.PathOf("events.json"));
        MakeFifo(Path.Combine(data.Root, "seeds", "extra.txt")); // not pinned by the manifest: never opened

        var problems = data.Problems();

        problems.Where(p => p.Rule == "file-type").Select(p => p.File).Should().BeEquivalentTo(["units.json", "sites.json", "events.json"]);
        problems.Single(p => p.File == "units.json").Message.Should().Contain("outside the directory");
        problems.Single(p => p.File == "events.json").Message.Should().Contain("directory");
    }

    [Fact]
    public void A_link_that_stays_inside_the_directory_is_followed()
    {
        using var data = new DataFixture();
        File.Move(data.PathOf("sites.json"), Path.Combine(data.Data, "sites.real"));
        File.CreateSymbolicLink(data.PathOf("sites.json"), "sites.real");

        BelarusForcesDataset.LoadDirectory(data.Data).Sites.Should().HaveCount(Repository.Validated.Sites.Count);
    }

    [Fact]
    public void Seeds_in_a_pseudo_filesystem_are_refused_without_hanging()
    {
        using var data = new DataFixture();
        var act = () => BelarusForcesDataset.LoadDirectory(data.Data, "/proc/self");

        act.Should().Throw<DatasetLoadException>().Which.Problems.Should().Contain(p => p.Rule == "seed-present" && p.File == "dataset.json");
    }

    [Fact]
    public void A_quote_counts_only_against_a_seed_the_manifest_pins()
    {
        using var data = new DataFixture();
        File.WriteAllText(Path.Combine(data.Root, "seeds", "forged.txt"), "Belarus received 500 Su-35 fighters from Russia in 2017.\n");
        data.Edit("sources.json", file => DataFixture.Record(file, "belarus-reviews-defence-policy-2018")["seedFile"] = "forged.txt");

        data.Problems().Should().Contain(p => p.Rule == "seed-pinned" && p.JsonPath.EndsWith(".seedFile", StringComparison.Ordinal) && p.Message.Contains("forged.txt"));
    }

    [Fact]
    public void A_quote_of_a_few_letters_and_a_quote_that_occurs_twice_are_refused()
    {
        using var data = new DataFixture();
        data.Edit("procurements.json", file =>
        {
            var evidence = DataFixture.Record(file, "cs-vn3-from-china")["evidence"]!.AsArray();
            evidence[0]!["quote"] = "a";
        });
        data.Edit("people.json", file =>
        {
            var evidence = DataFixture.Record(file, "andrey-osurkov")["evidence"]!.AsArray();
            evidence[0]!["quote"] = "Lithuanian sentenced for spying for Belarus";
        });

        var problems = data.Problems();

        problems.Should().Contain(p => p.Rule == "quote-present" && p.File == "procurements.json" && p.Message.Contains("at least 12"));
        problems.Should().Contain(p => p.Rule == "quote-unique" && p.File == "people.json" && p.Line > 0);
    }

    [Theory]
    [InlineData(0, 56)]
    [InlineData(1, 100_000)]
    public void A_line_range_outside_the_seed_is_one_problem_and_the_others_are_still_reported(int first, int last)
    {
        using var data = new DataFixture();
        data.Edit("sources.json", file =>
        {
            var source = DataFixture.Record(file, "belarus-reviews-defence-policy-2018");
            source["firstLine"] = first;
            source["lastLine"] = last;
        });
        data.Replace("procurements.json", "\"equipment\": \"cs-vn3\"", "\"equipment\": \"cs-vn4\"");

        var problems = data.Problems();

        problems.Should().Contain(p => p.Rule == "line-range" && p.File == "sources.json" && p.Line > 0);
        problems.Should().Contain(p => p.Rule == "reference-resolves" && p.File == "procurements.json");
        problems.Should().NotContain(p => p.Rule == "unexpected-input");
    }

    [Fact]
    public void A_seed_cut_in_half_fails_its_hash_and_names_the_seed()
    {
        using var data = new DataFixture();
        var seed = Directory.GetFiles(Path.Combine(data.Root, "seeds")).Single();
        var bytes = File.ReadAllBytes(seed);
        File.WriteAllBytes(seed, bytes[..(bytes.Length / 2)]);

        data.Problems().Should().ContainSingle(p => p.Rule == "seed-hash" && p.Message.Contains(Path.GetFileName(seed)));
    }

    [Fact]
    public void Every_limit_is_named_and_enforced()
    {
        using var data = new DataFixture();
        data.Edit("sites.json", file => file["records"]![0]!["note"] = new string('x', DataFiles.MaxTextLength + 1));
        var tiny = new JsonObject { ["id"] = "a", ["name"] = "a", ["aliases"] = new JsonArray(), ["kind"] = "treaty", ["parties"] = new JsonArray(), ["claim"] = "official", ["evidence"] = new JsonArray() };
        data.Edit("agreements.json", file => file["records"] = new JsonArray([.. Enumerable.Range(0, DataFiles.MaxRecords + 1).Select(_ => tiny.DeepClone())]));
        data.Replace("units.json", "\"established\": null", "\"established\": " + new string('[', DataFiles.MaxDepth) + new string(']', DataFiles.MaxDepth));
        File.WriteAllBytes(data.PathOf("people.json"), new byte[DataFiles.MaxFileBytes + 1]);

        var problems = data.Problems();

        problems.Should().Contain(p => p.File == "sites.json" && p.Rule == "text-length");
        problems.Should().Contain(p => p.File == "agreements.json" && p.Rule == "record-count");
        problems.Should().Contain(p => p.File == "units.json" && p.Rule == "json-shape" && p.Line > 0);
        problems.Should().Contain(p => p.File == "people.json" && p.Rule == "file-size");
        Rules.All.Select(r => r.Id).Should().Contain(["text-length", "record-count", "id-format", "json-shape", "file-size"]);
    }

    [Fact]
    public void An_id_over_its_length_limit_is_refused()
    {
        using var data = new DataFixture();
        data.Replace("exercises.json", "\"id\": \"west-2017\"", "\"id\": \"" + string.Join("-", Enumerable.Repeat("west", 60)) + "\"");

        data.Problems().Should().Contain(p => p.File == "exercises.json" && p.Rule == "id-format" && p.Message.Contains($"at most {DataFiles.MaxIdLength}"));
    }

    [Fact]
    public void Look_alike_letters_of_another_script_in_a_name_are_reported()
    {
        using var data = new DataFixture();
        data.Edit("equipment.json", file => DataFixture.Record(file, "polonez")["aliases"]!.AsArray().Add("P\u0430lanez")); // Cyrillic а

        data.Problems().Should().ContainSingle(p => p.Rule == "name-script" && p.Message.Contains("P\u0430lanez"));
    }

    [Theory]
    [InlineData(">100")]
    [InlineData("<0")]
    [InlineData("100..101")]
    public void A_share_that_leaves_no_value_between_0_and_100_is_refused(string share)
    {
        using var data = new DataFixture();
        data.Edit("exercises.json", f => DataFixture.Record(f, "sof-exercises-2017")["nightShare"] = share);

        data.Problems().Should().ContainSingle(p => p.Rule == "share-range" && p.JsonPath.EndsWith(".nightShare", StringComparison.Ordinal));
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start("mkfifo", [path]);
        process.WaitForExit();
        process.ExitCode.Should().Be(0);
    }
}
