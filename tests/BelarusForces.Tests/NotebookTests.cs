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
    private static readonly string PackageLine = $"#r \"nuget: BelarusForces, {BelarusForcesDataset.Current.Manifest.Version}\"\n";

    private readonly string _root = Directory.CreateTempSubdirectory("belarus-forces-notebooks-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static BelarusForcesDataset Data => BelarusForcesDataset.Current;

    [Fact]
    public void The_csharp_tour_runs_in_the_dotnet_interactive_kernel()
    {
        var notebook = Load("tour.ipynb");
        ((string?)notebook["metadata"]!["kernelspec"]!["name"]).Should().Be(".net-csharp");
        var setup = Cells(notebook).First(c => (string?)c["cell_type"] == "code");
        Source(setup).Should().Contain(PackageLine.TrimEnd('\n'), "a reader outside the repository gets the package by version");
        // Here the kernel loads the library just built, and NodaTime beside it, instead of the package.
        var built = $"#r \"{Path.Combine(AppContext.BaseDirectory, "NodaTime.dll")}\"\n#r \"{Path.Combine(AppContext.BaseDirectory, "BelarusForces.dll")}\"\n";
        SetSource(setup, Source(setup).Replace(PackageLine, built, StringComparison.Ordinal));

        var executed = Execute(notebook, "tour.ipynb");

        Text(executed).Should().Contain(Data.VersionId).And.Contain("CS/VN3").And.Contain("NONA M-1").And.Contain("−10 to +15").And.Contain("SVG chart");
        // The kernel's first output is its own start-up script, which names this machine's addresses: not kept.
        Cells(executed).First(c => (string?)c["cell_type"] == "code")["outputs"] = new JsonArray();
        SetSource(Cells(executed).First(c => (string?)c["cell_type"] == "code"), Source(setup).Replace(built, PackageLine, StringComparison.Ordinal));
        SaveOrCompare(executed, "tour.ipynb");
    }

    [Fact]
    public void The_python_tour_answers_the_headline_questions_from_the_sqlite_export_and_plots_the_trend()
    {
        var (code, output, error) = ExportFixture.RunTool("export", "--format", "sqlite", "--out", Path.Combine(_root, "belarus-forces-data"));
        code.Should().Be(0, output + error);
        var notebook = Load("python-tour.ipynb");
        ((string?)notebook["metadata"]!["kernelspec"]!["name"]).Should().Be("python3");

        var executed = Execute(notebook, "python-tour.ipynb");

        var text = Text(executed);
        text.Should().Contain(Data.ContentHash).And.Contain("NONA M-1").And.Contain("60..80");
        var russia = Data.Procurements.BySupplierCountry().Single(g => g.Supplier?.Code == "RU").Procurements.Count;
        text.Should().MatchRegex($@"Russia\s+{russia}\b");
        Outputs(executed).Should().Contain(o => o["data"] != null && o["data"]!["image/png"] != null, "the flight-hour chart is drawn");
        SaveOrCompare(executed, "python-tour.ipynb");
    }

    private JsonNode Execute(JsonNode notebook, string name)
    {
        var input = Path.Combine(_root, name);
        File.WriteAllText(input, notebook.ToJsonString());
        var tools = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");
        var path = Environment.GetEnvironmentVariable("PATH") + Path.PathSeparator + tools;
        var (code, output, error) = ProcessRunner.Run("jupyter", _root, ["nbconvert", "--to", "notebook", "--execute", name, "--output", "executed-" + name, "--ExecutePreprocessor.timeout=600"],
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

    // As Jupyter writes it: a list of lines, each but the last ending with its line break.
    private static void SetSource(JsonNode cell, string source) =>
        cell["source"] = new JsonArray([.. System.Text.RegularExpressions.Regex.Split(source, "(?<=\n)").Where(l => l.Length > 0).Select(l => (JsonNode)l)]);

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
