using System.Text.Json.Nodes;

namespace BelarusForces.Tests;

/// <summary>The samples run as users run them: file-based apps with dotnet run, and the notebook's code cells as one script.</summary>
[Collection(DotnetProcesses.Name)]
[Trait("Category", "Slow")]
public class SampleTests
{
    [Theory]
    [InlineData("procurements-by-supplier.cs", "Russia", "Mi-8MTV-5")]
    [InlineData("sof-equipment.cs", "NONA M-1", "origin Russia")]
    [InlineData("pilot-flight-hours.cs", "60 to 80", "−10 to +15")]
    public void A_sample_script_prints_a_readable_answer(string sample, string first, string second)
    {
        var output = DotnetRun(Path.Combine(Repository.Root, "samples", sample));

        output.Should().Contain(first).And.Contain(second);
    }

    [Fact]
    public void Every_sample_shows_the_package_line_a_user_outside_the_repository_writes()
    {
        var version = BelarusForcesDataset.Current.Manifest.Version;
        foreach (var sample in Directory.GetFiles(Path.Combine(Repository.Root, "samples"), "*.cs"))
        {
            File.ReadAllText(sample).Should().Contain($"#:package BelarusForces@{version}", sample);
        }
    }

    [Fact]
    public void The_notebook_runs_as_a_script()
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "samples", "tour.ipynb")))!;
        var cells = notebook["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code")
            .Select(c => string.Concat(c!["source"]!.AsArray().Select(l => (string?)l)));
        var code = string.Join("\n", cells).Split('\n');
        code.Should().Contain("#r \"../src/BelarusForces/bin/Release/net10.0/BelarusForces.dll\"", "the notebook loads the library built from the clone");
        var project = Path.Combine(Repository.Root, "src", "BelarusForces", "BelarusForces.csproj");
        // Without implicit usings, as in a notebook kernel: the cells must name every namespace they use.
        var script = new[] { $"#:project {project}", "#:property ImplicitUsings=disable" }.Concat(code.Where(l => !l.StartsWith("#r ", StringComparison.Ordinal)));
        var dir = Directory.CreateTempSubdirectory("belarus-forces-notebook-").FullName;
        try
        {
            var file = Path.Combine(dir, "tour.cs");
            File.WriteAllLines(file, script);

            var output = DotnetRun(file);

            output.Should().Contain(BelarusForcesDataset.Current.VersionId).And.Contain("CS/VN3").And.Contain("SVG chart");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string DotnetRun(string file)
    {
        var work = Directory.CreateTempSubdirectory("belarus-forces-run-").FullName;
        try
        {
            return ProcessRunner.Succeed("dotnet", work, ["run", file]);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
