
namespace BelarusForces.Tests;

/// <summary>The library is trimming- and AOT-safe: a small app published with NativeAOT loads the data and answers a query.</summary>
[Collection(DotnetProcesses.Name)]
public class AotTests
{
    [Fact]
    public void A_native_aot_app_loads_the_dataset_and_answers_without_warnings()
    {
        var root = Directory.CreateTempSubdirectory("belarus-forces-aot-").FullName;
        var output = Path.Combine(root, "out");
        try
        {
            // A publish for one runtime restores every project with that runtime and rewrites their lock files, so it
            // runs on a copy of the sources, leaving the repository as it is.
            foreach (var part in new[] { "src/BelarusForces", "tests/BelarusForces.AotSmoke", "data" })
            {
                Copy(Path.Combine(Repository.Root, part), Path.Combine(root, part));
            }

            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "README.md" })
            {
                File.Copy(Path.Combine(Repository.Root, file), Path.Combine(root, file));
            }

            var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
            var publish = Run("dotnet", root, "publish", "tests/BelarusForces.AotSmoke/BelarusForces.AotSmoke.csproj", "-c", "Release", "-r", rid, "-o", output);
            publish.Should().NotContain("warning IL").And.NotContain("AOT analysis warning");

            var answer = Run(Path.Combine(output, "BelarusForces.AotSmoke"), output);

            answer.Should().Contain(BelarusForcesDataset.Current.VersionId).And.Contain("China: CS/VN3").And.Contain("−10 to +15");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) is not "bin" and not "obj"))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }

    private static string Run(string program, string directory, params string[] args)
    {
        var (code, output, error) = ProcessRunner.Run(program, directory, args, timeoutSeconds: 900);
        code.Should().Be(0, output + error);
        return output + error;
    }
}
