using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BelarusForces.Data;
using BelarusForces.Model;
using Json.Schema;

namespace BelarusForces.Tests;

public class DataIntegrityTests
{
    private const string SeedFile = "000_925b1f25f93f0159.txt";

    [Fact]
    public void The_seed_copy_is_byte_identical_to_the_shared_seed_when_it_is_present()
    {
        var shared = Path.Combine(Repository.Root, "..", "shared", "seeds", SeedFile);
        var copy = File.ReadAllBytes(Path.Combine(Repository.Seeds, SeedFile));

        if (File.Exists(shared))
        {
            copy.Should().Equal(File.ReadAllBytes(shared));
        }

        copy.Should().NotBeEmpty();
    }

    [Fact]
    public void The_manifest_records_the_seeds_sha256()
    {
        var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(Repository.Seeds, SeedFile)))).ToLowerInvariant();

        BelarusForcesDataset.Current.Manifest.Seeds.Should().ContainSingle().Which.Should().Be(new SeedFile(SeedFile, hash));
    }

    [Fact]
    public void The_repository_data_passes_every_rule_including_verbatim_quotes()
    {
        var act = () => BelarusForcesDataset.LoadDirectory(Repository.Data);

        act.Should().NotThrow();
    }

    [Fact]
    public void The_embedded_data_is_the_repository_data()
    {
        var embedded = BelarusForcesDataset.Current;
        var validated = Repository.Validated;

        embedded.AllRecords().Select(r => r.CitationKey).Should().Equal(validated.AllRecords().Select(r => r.CitationKey));
        embedded.Procurements.Should().Equal(validated.Procurements);
        embedded.Indicators.Should().Equal(validated.Indicators);
    }

    [Fact]
    public void Every_record_and_every_nested_claim_carries_evidence()
    {
        var dataset = BelarusForcesDataset.Current;
        var nested = dataset.Units.SelectMany(u => u.Strength).Cast<IClaim>()
            .Concat(dataset.Procurements.SelectMany(p => p.Batches))
            .Concat(dataset.Exercises.SelectMany(e => e.Statistics))
            .Concat(dataset.Indicators.SelectMany(i => i.Observations))
            .Concat(dataset.People.SelectMany(p => p.Posts));

        dataset.AllRecords().Should().OnlyContain(r => r.Evidence.Count > 0);
        nested.Should().OnlyContain(c => c.Evidence.Count > 0);
        dataset.AllRecords().SelectMany(r => r.Evidence).Should().OnlyContain(e => e.Quote.Length <= 320);
    }

    [Fact]
    public void Every_source_is_cited_and_the_sources_cover_the_seed_without_gaps()
    {
        var dataset = BelarusForcesDataset.Current;
        var sources = dataset.Sources.Values.OrderBy(s => s.FirstLine).ToList();
        var cited = dataset.AllRecords().SelectMany(r => r.Evidence).Select(e => e.Source.Id.Value).ToHashSet();

        sources.Should().HaveCount(15);
        sources[0].FirstLine.Should().Be(1);
        sources.Zip(sources.Skip(1)).Should().OnlyContain(p => p.Second.FirstLine == p.First.LastLine + 1);
        sources[^1].LastLine.Should().Be(File.ReadAllText(Path.Combine(Repository.Seeds, SeedFile)).Split('\n').Length);
        cited.Should().BeEquivalentTo(sources.Select(s => s.Id.Value));
    }

    [Fact]
    public void Every_alias_resolves_to_exactly_one_entity()
    {
        var dataset = BelarusForcesDataset.Current;
        var named = dataset.AllRecords().OfType<INamedRecord>().ToList();

        named.Should().NotBeEmpty();
        foreach (var record in named)
        {
            foreach (var name in record.Aliases.Append(record.Name).Append(record.Id))
            {
                dataset.FindByName(name).Should().ContainSingle($"'{name}' must name only {record.CitationKey}").Which.Should().BeSameAs(record);
            }
        }
    }

    [Fact]
    public void Data_files_are_utf8_without_bom_and_name_their_schema()
    {
        foreach (var file in Directory.GetFiles(Repository.Data, "*.json"))
        {
            var bytes = File.ReadAllBytes(file);
            bytes.AsSpan().StartsWith("\uFEFF"u8).Should().BeFalse(file);
            var schema = (string?)JsonNode.Parse(bytes)!["$schema"];
            schema.Should().Be($"schema/{Path.GetFileNameWithoutExtension(file)}.schema.json");
            File.Exists(Path.Combine(Repository.Data, schema!)).Should().BeTrue(schema);
        }
    }

    [Fact]
    public void Every_data_file_is_valid_against_its_json_schema()
    {
        var schemas = Path.Combine(Repository.Data, "schema");
        SchemaRegistry.Global.Register(JsonSchema.FromFile(Path.Combine(schemas, "common.schema.json")));
        var failures = new List<string>();
        foreach (var file in Directory.GetFiles(Repository.Data, "*.json"))
        {
            var schema = JsonSchema.FromFile(Path.Combine(schemas, Path.GetFileNameWithoutExtension(file) + ".schema.json"));
            var result = schema.Evaluate(JsonNode.Parse(File.ReadAllText(file, Encoding.UTF8)), new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
            {
                // The list output also holds the failed branches of anyOf, so it is read only when the file fails.
                failures.AddRange((result.Details ?? []).Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{Path.GetFileName(file)} {d.InstanceLocation}: {e.Value}")));
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void The_schemas_reject_what_the_loader_rejects()
    {
        var schemas = Path.Combine(Repository.Data, "schema");
        SchemaRegistry.Global.Register(JsonSchema.FromFile(Path.Combine(schemas, "common.schema.json")));
        var schema = JsonSchema.FromFile(Path.Combine(schemas, "procurements.schema.json"));
        var doc = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Data, "procurements.json")))!;
        doc["records"]![0]!["quantity"] = "about 5";
        doc["records"]![0]!["surplus"] = true;

        schema.Evaluate(doc).IsValid.Should().BeFalse();
    }
}
