using BelarusForces.Data;

namespace BelarusForces.Tests;

/// <summary>
/// Names fold the same with and without ICU, so that a host running with globalization invariant (a small container)
/// finds the same records. The check builds src/BelarusForces for a script, so it shares the collection of the other
/// tests that build the repository's projects.
/// </summary>
[Collection(DotnetProcesses.Name)]
public class InvariantGlobalizationTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Names_fold_the_same_without_the_system_unicode_library()
    {
        // The same check under invariant mode and under ICU: a child process with globalization invariant.
        var names = new[] { "Raŭkoŭ", "Лукашэнка", "Su-30SM", "Ćwiek", "Ægir", "ΑΘΗΝΑ" };
        var here = string.Join("|", names.Select(NameFolding.Normalize));
        var script = $$"""
            var names = new[] { {{string.Join(", ", names.Select(n => "\"" + n + "\""))}} };
            var normalize = typeof(BelarusForces.BelarusForcesDataset).Assembly.GetType("BelarusForces.Data.NameFolding")!.GetMethod("Normalize", [typeof(string)])!;
            Console.Write(string.Join("|", names.Select(n => (string)normalize.Invoke(null, [n])!)));
            """;
        var root = Directory.CreateTempSubdirectory("belarus-forces-fold-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "fold.cs"), $"#:property InvariantGlobalization=true\n#:property PublishAot=false\n#:project {Path.Combine(Repository.Root, "src", "BelarusForces")}\n" + script);
            ProcessRunner.Succeed("dotnet", root, ["run", "fold.cs"]).Trim().Should().Be(here);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
