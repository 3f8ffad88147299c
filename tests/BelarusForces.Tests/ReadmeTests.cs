using System.Reflection;
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

    [Fact]
    public void The_quick_loop_the_readme_names_holds_no_slow_test()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        readme.Should().Contain("dotnet test tests/BelarusForces.Tests");

        var slow = typeof(ReadmeTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Prepend<MemberInfo>(t))
            .Where(m => m.CustomAttributes.Any(a => a.AttributeType == typeof(TraitAttribute) && a.ConstructorArguments.Select(c => (string?)c.Value).SequenceEqual(["Category", "Slow"])))
            .Select(m => m is Type ? m.Name : $"{m.ReflectedType?.Name}.{m.Name}");
        slow.Should().BeEmpty("the quick loop is this project, and a slow test belongs in tests/BelarusForces.Slow.Tests, which it does not build");
    }
}
