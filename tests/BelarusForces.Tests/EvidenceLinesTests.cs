using BelarusForces.Data;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Tests;

/// <summary>The seed lines the package embeds are keyed by file and JSON path, so that a quote never gets another's line.</summary>
public class EvidenceLinesTests
{
    private static Dictionary<string, int> Embedded() =>
        System.Text.Json.JsonSerializer.Deserialize(DataFiles.ReadEmbedded(DataFiles.EvidenceLines), DataJsonContext.Default.DictionaryStringInt32)!;

    [Fact]
    public void A_quote_is_found_by_its_file_and_path()
    {
        var lines = Embedded();
        var file = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Data, "procurements.json")))!["records"]!.AsArray();
        int index = file.Select(r => (string?)r!["id"]).ToList().IndexOf("cs-vn3-from-china");
        var quote = BelarusForcesDataset.Current.Procurements[new Id<Procurement>("cs-vn3-from-china")].Batches[1].Evidence[0];

        lines[$"procurements.json:$.records[{index}].batches[1].evidence[0]"].Should().Be(quote.Line).And.BeGreaterThan(0);
        lines.Should().Equal(DatasetBuilder.ComputeEvidenceLines(new DirectoryInfo(Repository.Data), new DirectoryInfo(Repository.Seeds)));
    }

    [Fact]
    public void Lines_that_miss_a_quote_fail_the_load_and_name_the_quote()
    {
        var lines = Embedded();
        var missing = lines.Keys.First(k => k.StartsWith("units.json:", StringComparison.Ordinal));
        lines.Remove(missing);

        var act = () => DatasetBuilder.Trusted(DataFiles.ReadEmbedded, lines);

        act.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<DataProblem>(p => p.File == "units.json" && "units.json:" + p.JsonPath == missing && p.Rule == Rules.UnexpectedInput.Id);
    }

}
