using System.Text.Json.Nodes;
using BelarusForces.Data;

namespace BelarusForces.Tests;

/// <summary>A private copy of the repository's data and seeds in a temporary folder, to break on purpose.</summary>
internal sealed class DataFixture : IDisposable
{
    public DataFixture()
    {
        Root = Directory.CreateTempSubdirectory("belarus-forces-").FullName;
        Data = Path.Combine(Root, "data");
        Directory.CreateDirectory(Data);
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        foreach (var file in Directory.GetFiles(Repository.Data, "*.json"))
        {
            File.Copy(file, Path.Combine(Data, Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(Repository.Seeds))
        {
            File.Copy(file, Path.Combine(Root, "seeds", Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string Data { get; }

    public string PathOf(string file) => Path.Combine(Data, file);

    /// <summary>Changes a collection file through its JSON tree and writes it back indented, as curators do.</summary>
    public void Edit(string file, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(File.ReadAllText(PathOf(file)))!;
        edit(node);
        File.WriteAllText(PathOf(file), node.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    /// <summary>The record of a collection file with the id.</summary>
    public static JsonObject Record(JsonNode file, string id) =>
        file["records"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["id"] == id);

    public void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(PathOf(file));
        text.Should().Contain(from, "the fixture edit must change something");
        File.WriteAllText(PathOf(file), text.Replace(from, to, StringComparison.Ordinal));
    }

    public IReadOnlyList<DataProblem> Problems()
    {
        var act = () => BelarusForcesDataset.LoadDirectory(Data);
        return act.Should().Throw<DatasetLoadException>().Which.Problems;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
