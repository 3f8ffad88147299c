using System.Text.RegularExpressions;

namespace BelarusForces.Tests;

public class ReadmeTests
{
    [Fact]
    public void The_readme_states_the_counts_per_collection_of_this_version()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var data = BelarusForcesDataset.Current;
        var counts = data.AllRecords().GroupBy(r => r.Collection).ToDictionary(g => g.Key, g => g.Count());
        counts["sources"] = data.Sources.Count;

        readme.Should().Contain($"Version {data.Manifest.Version} holds");
        foreach (var (collection, count) in counts)
        {
            Regex.IsMatch(readme, $@"^\| {collection} \| {count} \|", RegexOptions.Multiline).Should().BeTrue($"the README's table must say {collection}: {count}");
        }
    }

    [Fact]
    public void The_readme_names_the_two_commands_and_ci_runs_the_test_command()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var ci = File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run"));

        readme.Should().Contain("dotnet run --project src/BelarusForces.Cli -- summary").And.Contain("dotnet test BelarusForces.sln");
        ci.Should().Contain("dotnet test BelarusForces.sln");
    }
}
