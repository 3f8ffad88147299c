using System.Reflection;
using System.Text.Json.Nodes;
using BelarusForces.Values;
using BelarusForces.Versioning;

namespace BelarusForces.Tests;

public class VersioningTests
{
    private static readonly BelarusForcesDataset Data = BelarusForcesDataset.Current;

    [Fact]
    public void The_version_is_one_everywhere()
    {
        var version = Data.Manifest.Version;
        var informational = typeof(BelarusForcesDataset).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var cff = File.ReadAllLines(Path.Combine(Repository.Root, "CITATION.cff"));

        informational.Split('+')[0].Should().Be(version);
        cff.Should().Contain($"version: {version}");
        cff.Should().Contain($"date-released: {Data.Manifest.Released}");
        cff.Should().Contain("type: dataset");
        cff.Should().Contain($"license: {Data.Manifest.DataLicence}");
        Data.Cite().Should().Contain($"Version {version}");
    }

    [Fact]
    public void The_version_id_names_the_version_and_the_hash()
    {
        Data.ContentHash.Should().MatchRegex("^[0-9a-f]{64}$");
        Data.VersionId.Should().Be($"BelarusForces {Data.Manifest.Version} (sha256:{Data.ContentHash[..8]})");
    }

    [Fact]
    public void The_hash_ignores_whitespace_key_order_and_line_endings_but_not_values()
    {
        using var data = new DataFixture();
        var file = data.PathOf("units.json");
        var node = JsonNode.Parse(File.ReadAllText(file))!;
        foreach (var record in node["records"]!.AsArray())
        {
            var obj = record!.AsObject();
            var reversed = obj.Reverse().Select(p => (p.Key, Value: p.Value?.DeepClone())).ToList();
            obj.Clear();
            foreach (var (key, value) in reversed)
            {
                obj[key] = value;
            }
        }

        File.WriteAllText(file, node.ToJsonString(new() { WriteIndented = true }).ReplaceLineEndings("\r\n"));
        BelarusForcesDataset.LoadDirectory(data.Data).ContentHash.Should().Be(Data.ContentHash);

        data.Edit("units.json", f => DataFixture.Record(f, "special-operations-forces")["name"] = "Special Operations Force");
        BelarusForcesDataset.LoadDirectory(data.Data).ContentHash.Should().NotBe(Data.ContentHash);
    }

    [Fact]
    public void Released_data_never_changes_under_the_same_version()
    {
        var release = Data.Releases.SingleOrDefault(r => r.Version == Data.Manifest.Version);
        var keys = Data.AllRecords().Select(r => r.CitationKey).ToList();

        release.Should().NotBeNull($"data/releases.json must hold version {Data.Manifest.Version}");
        var computed = BelarusForces.Versioning.ContentHash.Compute(f => File.ReadAllBytes(Path.Combine(Repository.Data, f)).AsMemory());
        Data.ContentHash.Should().Be(computed, "the embedded data reports the hash of its release");
        release!.Sha256.Should().Be(computed, "data released as {0} changed: change the version and add a CHANGELOG entry ({1} records now)", release.Version, keys.Count);
        release.Released.Should().Be(Data.Manifest.Released);
    }

    [Fact]
    public void Every_id_of_every_released_version_still_resolves()
    {
        Data.Releases.Should().NotBeEmpty();
        foreach (var key in Data.Releases.SelectMany(r => r.Keys))
        {
            Data.Resolve(key).Record.Should().NotBeNull($"{key} was released");
        }
    }

    [Fact]
    public void A_withdrawn_record_stays_as_a_tombstone_that_points_to_its_replacement()
    {
        using var data = new DataFixture();
        data.Edit("procurements.json", f =>
        {
            var records = f["records"]!.AsArray();
            records.Remove(DataFixture.Record(f, "su-30sm-from-russia-2017-plan"));
            DataFixture.Record(f, "su-30sm-delivery-delayed").Remove("relations"); // it updated the plan it now holds
        });
        data.Edit("events.json", f => DataFixture.Record(f, "officials-insist-su-30-delivery-from-2018")["relations"]![0]!["record"] = "procurements/su-30sm-delivery-delayed");
        data.Edit("releases.json", f => f["withdrawn"]!.AsArray().Add(new JsonObject
        {
            ["key"] = "procurements/su-30sm-from-russia-2017-plan",
            ["replacedBy"] = "procurements/su-30sm-delivery-delayed",
            ["version"] = "1.1.0",
            ["reason"] = "merged into the record of the delayed deliveries",
        }));

        var lookup = BelarusForcesDataset.LoadDirectory(data.Data).Resolve("procurements/su-30sm-from-russia-2017-plan");

        lookup.IsWithdrawn.Should().BeTrue();
        lookup.Record!.CitationKey.Should().Be("procurements/su-30sm-delivery-delayed");
        lookup.ToString().Should().Be("procurements/su-30sm-from-russia-2017-plan was withdrawn in 1.1.0 (merged into the record of the delayed deliveries); see procurements/su-30sm-delivery-delayed");
    }

    [Fact]
    public void A_released_id_that_disappears_or_a_tombstone_that_points_nowhere_fails_validation()
    {
        using var data = new DataFixture();
        data.Edit("procurements.json", f => f["records"]!.AsArray().Remove(DataFixture.Record(f, "su-30sm-from-russia-2017-plan")));
        data.Edit("releases.json", f => f["withdrawn"]!.AsArray().Add(new JsonObject
        {
            ["key"] = "procurements/old-record",
            ["replacedBy"] = "procurements/nowhere",
            ["version"] = "1.1.0",
            ["reason"] = "test",
        }));

        var rules = data.Problems().Select(p => p.Rule).Distinct();

        rules.Should().BeEquivalentTo(["released-id-resolves", "tombstone-target", "relation-target"], "the record was released in every version so far, and two records relate to it");
    }

    [Fact]
    public void The_diff_of_two_datasets_lists_added_changed_and_withdrawn_records_field_by_field()
    {
        using var data = new DataFixture();
        data.Edit("procurements.json", f =>
        {
            var records = f["records"]!.AsArray();
            DataFixture.Record(f, "mi-8mtv-5-from-russia-2017")["status"] = "delivering";
            var copy = DataFixture.Record(f, "tor-m2-from-russia-2017").DeepClone();
            copy["id"] = "tor-m2-second-division";
            records.Add(copy);
        });
        var firstEvent = Data.Events[0].CitationKey;
        data.Edit("events.json", f => f["records"]!.AsArray().RemoveAt(0));
        data.Edit("releases.json", f => f["withdrawn"]!.AsArray().Add(new JsonObject
        {
            ["key"] = firstEvent,
            ["replacedBy"] = null,
            ["version"] = "1.1.0",
            ["reason"] = "withdrawn in a test",
        }));

        var diff = DatasetDiff.Between(Data, BelarusForcesDataset.LoadDirectory(data.Data));

        diff.Added.Should().Equal("procurements/tor-m2-second-division");
        diff.Withdrawn.Should().Equal(firstEvent);
        diff.Changed.Should().ContainSingle().Which.Should().Be(new RecordChange("procurements/mi-8mtv-5-from-russia-2017", new[] { new FieldChange("status", "\"delivered\"", "\"delivering\"") }.ToValueArray()));
        diff.ToMarkdown().Should().Contain("### Added (1)");
        DatasetDiff.Between(Data, Data).IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData(CitationFormat.BibTex, "@misc{belarusforces_")]
    [InlineData(CitationFormat.Apa, "BelarusForces contributors. (")]
    [InlineData(CitationFormat.Ris, "TY  - DATA")]
    [InlineData(CitationFormat.CslJson, "\"type\": \"dataset\"")]
    public void Citations_of_the_dataset_and_of_a_record_name_the_version_and_hash(CitationFormat format, string marker)
    {
        var dataset = Data.Cite(format);
        var record = Data.Cite("indicators/belarus-pilot-annual-flight-hours", format);

        dataset.Should().Contain(marker).And.Contain(Data.Manifest.Version).And.Contain(Data.ContentHash);
        record.Should().Contain(marker).And.Contain("indicators/belarus-pilot-annual-flight-hours").And.Contain(Data.ContentHash);
    }

    [Fact]
    public void Citing_an_unknown_record_says_what_a_key_looks_like()
    {
        var act = () => Data.Cite("procurements/nothing");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*collection/id*");
    }
}
