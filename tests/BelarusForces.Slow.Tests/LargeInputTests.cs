using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BelarusForces.Data;

namespace BelarusForces.Tests;

/// <summary>
/// The directory loader's costs on inputs at their limits: a 60 MB seed with 10,000 absent quotes, and as many records
/// as the collections together may hold. Each copies and loads a large data directory, so it runs with the slow tests.
/// </summary>
public sealed class LargeInputTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_60_MB_pinned_seed_with_10000_absent_quotes_is_checked_in_one_pass()
    {
        using var data = new DataFixture();
        const string seedFile = "large-seed.txt";
        var line = "The brigade trained at the range near Baranavichy with its new armoured vehicles and drones. ";
        var text = new StringBuilder(61 * 1024 * 1024);
        for (int i = 0; text.Length < 60 * 1024 * 1024; i++)
        {
            text.Append(line).Append(i).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        File.WriteAllBytes(Path.Combine(data.Root, "seeds", seedFile), bytes);
        int lines = text.ToString().Count(c => c == '\n');
        data.Edit("dataset.json", m => m["seeds"]!.AsArray().Add(new JsonObject { ["file"] = seedFile, ["sha256"] = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant() }));
        data.Edit("sources.json", f =>
        {
            var source = f["records"]![0]!.DeepClone().AsObject();
            source["id"] = "large-seed";
            source["seedFile"] = seedFile;
            source["firstLine"] = 1;
            source["lastLine"] = lines;
            f["records"]!.AsArray().Add(source);
        });
        data.Edit("units.json", f =>
        {
            var evidence = DataFixture.Record(f, "special-operations-forces")["evidence"]!.AsArray();
            for (int i = 0; i < 10_000; i++)
            {
                evidence.Add(new JsonObject { ["source"] = "large-seed", ["quote"] = $"absent quote {i:D5} x" });
            }
        });

        var watch = Stopwatch.StartNew();
        var check = Task.Run(() => data.Problems());

        // A bound on a hang, not a measurement: a search per quote over the seed takes many minutes.
        var problems = await check.WaitAsync(TimeSpan.FromSeconds(90)); // times out when quotes are searched one by one
        problems.Where(p => p.Rule == "quote-verbatim").Should().HaveCount(10_000);
        Console.WriteLine($"60 MB seed, 10,000 absent quotes: {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void The_collections_together_hold_at_most_the_directory_limit_of_records()
    {
        using var data = new DataFixture();
        foreach (var file in new[] { "organisations.json", "units.json", "inventory.json" })
        {
            var node = JsonNode.Parse(File.ReadAllText(data.PathOf(file)))!;
            var records = node["records"]!.AsArray();
            var template = records.MinBy(r => r!.ToJsonString().Length)!;
            for (int i = records.Count; i < (DataFiles.MaxTotalRecords / 3) + 10; i++)
            {
                var copy = template.DeepClone();
                copy["id"] = $"copy-{i}";
                records.Add(copy);
            }

            File.WriteAllText(data.PathOf(file), node.ToJsonString());
        }

        data.Problems().Should().ContainSingle(p => p.Rule == "record-count").Which.Message.Should().Contain($"at most {DataFiles.MaxTotalRecords}");
    }
}
