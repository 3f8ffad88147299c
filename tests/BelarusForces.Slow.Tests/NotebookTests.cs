using System.Text.Json.Nodes;

namespace BelarusForces.Tests;

/// <summary>
/// The notebooks run in a real Jupyter host: <c>jupyter nbconvert --execute</c> with the .NET Interactive C# kernel
/// and with Python's ipykernel, and their committed outputs are those of the current data. With UPDATE_NOTEBOOKS=1
/// the executed outputs are written back into samples/.
/// </summary>
[Trait("Category", "Slow")]
[Collection(DotnetProcesses.Name)]
public sealed class NotebookTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("belarus-forces-notebooks-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static BelarusForcesDataset Data => BelarusForcesDataset.Current;

    [Fact]
    public void The_csharp_tour_runs_from_a_clone_as_the_readme_says_and_leaves_the_samples_as_they_are()
    {
        var notebook = Load("tour.ipynb");
        ((string?)notebook["metadata"]!["kernelspec"]!["name"]).Should().Be(".net-csharp");
        var before = Directory.GetFiles(Path.Combine(Repository.Root, "samples")).Order(StringComparer.Ordinal).ToList();
        // The README's two commands, unchanged: the build the first cell loads, then the notebook itself, in place.
        ProcessRunner.Succeed("dotnet", Repository.Root, ["build", "src/BelarusForces", "-c", "Release"]);

        var executed = Execute(Path.Combine(Repository.Root, "samples", "tour.ipynb"));

        Text(executed).Should().Contain(Data.VersionId).And.Contain("CS/VN3").And.Contain("NONA M-1").And.Contain("−10 to +15").And.Contain("SVG chart");
        // The kernel's first output is its own start-up script, which names this machine's addresses: not kept.
        Cells(executed).First(c => (string?)c["cell_type"] == "code")["outputs"] = new JsonArray();
        SaveOrCompare(executed, "tour.ipynb");
        Directory.GetFiles(Path.Combine(Repository.Root, "samples")).Order(StringComparer.Ordinal).Should().Equal(before, "running the notebook leaves no file behind");
    }

    [Fact]
    public void The_python_tour_answers_the_headline_questions_from_the_sqlite_export_and_plots_the_trend()
    {
        var (code, output, error) = ExportFixture.RunTool("export", "--format", "sqlite", "--out", Path.Combine(_root, "belarus-forces-data"));
        code.Should().Be(0, output + error);
        var notebook = Load("python-tour.ipynb");
        ((string?)notebook["metadata"]!["kernelspec"]!["name"]).Should().Be("python3");

        var input = Path.Combine(_root, "python-tour.ipynb");
        File.WriteAllText(input, notebook.ToJsonString());
        var executed = Execute(input);

        var text = Text(executed);
        text.Should().Contain(Data.ContentHash).And.Contain("NONA M-1").And.Contain("60..80");
        var russia = Data.Procurements.BySupplierCountry().Single(g => g.Supplier?.Code == "RU").Procurements.Count;
        text.Should().MatchRegex($@"Russia\s+{russia}\b");
        Outputs(executed).Should().Contain(o => o["data"] != null && o["data"]!["image/png"] != null, "the flight-hour chart is drawn");
        SaveOrCompare(executed, "python-tour.ipynb");
    }

    // As the README runs a notebook: executed where it is, the result written elsewhere, the committed file untouched.
    private JsonNode Execute(string notebook)
    {
        var name = Path.GetFileName(notebook);
        var tools = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");
        var path = Environment.GetEnvironmentVariable("PATH") + Path.PathSeparator + tools;
        var (code, output, error) = ProcessRunner.Run("jupyter", Path.GetDirectoryName(notebook)!, ["nbconvert", "--to", "notebook", "--execute", notebook, "--output-dir", _root, "--output", "executed-" + name, "--ExecutePreprocessor.timeout=600"],
            new Dictionary<string, string> { ["PATH"] = path, ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1" });
        code.Should().Be(0, output + error);
        var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(_root, "executed-" + name)))!;
        Outputs(executed).Should().NotContain(o => (string?)o["output_type"] == "error");
        return executed;
    }

    // The committed notebook keeps the outputs of a run on the current data, so that a reader sees the answers.
    private static void SaveOrCompare(JsonNode executed, string name)
    {
        var path = Path.Combine(Repository.Root, "samples", name);
        if (Environment.GetEnvironmentVariable("UPDATE_NOTEBOOKS") == "1")
        {
            // Timings change with every run; the committed file keeps what the reader needs.
            foreach (var cell in Cells(executed))
            {
                cell["metadata"]?.AsObject().Remove("execution");
            }

            File.WriteAllText(path, executed.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        var committed = Load(name);
        Cells(committed).Select(Source).Should().Equal(Cells(executed).Select(Source), "the committed cells are the ones run");
        Outputs(committed).Should().NotBeEmpty($"samples/{name} is committed with its outputs: run the slow tests with UPDATE_NOTEBOOKS=1");
        Text(committed).Should().Contain(Data.ContentHash[..8], "the committed outputs are those of the current data");
    }

    private static JsonNode Load(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "samples", name)))!;

    private static IEnumerable<JsonNode> Cells(JsonNode notebook) => notebook["cells"]!.AsArray().Select(c => c!);

    private static IEnumerable<JsonNode> Outputs(JsonNode notebook) => Cells(notebook).SelectMany(c => c["outputs"]?.AsArray() ?? []).Select(o => o!);

    private static string Source(JsonNode cell) => cell["source"] is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)cell["source"] ?? "";

    // Everything the outputs print: streams, and the plain-text and HTML forms of results.
    private static string Text(JsonNode notebook) => string.Join("\n", Outputs(notebook).Select(o =>
        Join(o["text"]) + Join(o["data"]?["text/plain"]) + Join(o["data"]?["text/html"])));

    private static string Join(JsonNode? text) => text switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        null => "",
        _ => (string?)text ?? "",
    };
}
