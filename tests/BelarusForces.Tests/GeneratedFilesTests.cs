using BelarusForces.Data.Generated;

namespace BelarusForces.Tests;

/// <summary>
/// The JSON Schemas, docs/CODEBOOK.md and docs/TABLES.md are generated from the code and the data by eng/DataTool;
/// this test fails when a committed one is stale, and names the command that regenerates them.
/// </summary>
public class GeneratedFilesTests
{
    [Fact]
    public void Every_generated_file_is_current()
    {
        var generated = DerivedFiles.Generate(new DirectoryInfo(Repository.Data), BelarusForcesDataset.Current);
        generated.Select(g => g.Path).Should().Contain(["data/schema/common.schema.json", "data/schema/procurements.schema.json", "docs/CODEBOOK.md", "docs/TABLES.md"]);
        foreach (var (path, text) in generated)
        {
            var file = Path.Combine(Repository.Root, path);
            var committed = File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : null;
            committed.Should().Be(text, $"{path} is generated: run `{DerivedFiles.Command}` and commit the result");
        }
    }

    [Fact]
    public void A_generated_file_tells_how_it_is_made()
    {
        var generated = DerivedFiles.Generate(new DirectoryInfo(Repository.Data), BelarusForcesDataset.Current).ToDictionary(g => g.Path, g => g.Text);
        generated["docs/CODEBOOK.md"].Should().Contain(DerivedFiles.Command);
        generated["docs/TABLES.md"].Should().Contain(DerivedFiles.Command).And.Contain("| `supplier_share` |");
    }
}
