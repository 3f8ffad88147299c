
namespace BelarusForces.Tests;

/// <summary>The library is trimming- and AOT-safe: a small app published with NativeAOT loads the data and answers a query.</summary>
[Collection(DotnetProcesses.Name)]
[Trait("Category", "Slow")]
public class AotTests
{
    [Fact]
    public void A_native_aot_app_loads_the_dataset_and_answers_without_warnings()
    {
        var root = Directory.CreateTempSubdirectory("belarus-forces-aot-").FullName;
        var output = Path.Combine(root, "out");
        try
        {
            CopySources(root, "src/BelarusForces", "tests/BelarusForces.AotSmoke");

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

    [Fact]
    public void The_tool_installs_as_a_native_executable_for_this_platform_with_a_portable_fallback_package()
    {
        var root = Directory.CreateTempSubdirectory("belarus-forces-tool-").FullName;
        var feed = Path.Combine(root, "feed");
        var tools = Path.Combine(root, "tools");
        var packages = Path.Combine(root, "packages");
        try
        {
            CopySources(root, "src/BelarusForces", "src/BelarusForces.Sqlite", "src/BelarusForces.Cli");

            // What a release does on each platform: the top-level package, the portable one, and this platform's.
            var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
            foreach (var runtime in new[] { null, "any", rid })
            {
                string[] pack = ["pack", "src/BelarusForces.Cli/BelarusForces.Cli.csproj", "-c", "Release", "-o", feed];
                var output = Run("dotnet", root, runtime is null ? pack : [.. pack, "-r", runtime]);
                output.Should().NotContain("warning IL").And.NotContain("AOT analysis warning");
            }

            var version = BelarusForcesDataset.Current.Manifest.Version;
            Directory.GetFiles(feed).Select(Path.GetFileName).Should().BeEquivalentTo(
                [$"BelarusForces.Cli.{version}.nupkg", $"BelarusForces.Cli.any.{version}.nupkg", $"BelarusForces.Cli.{rid}.{version}.nupkg"]);

            var (code, installed, error) = ProcessRunner.Run(
                "dotnet", root, ["tool", "install", "BelarusForces.Cli", "--tool-path", tools, "--add-source", feed], new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages });
            code.Should().Be(0, installed + error);

            var command = new FileInfo(Path.Combine(tools, OperatingSystem.IsWindows() ? "belarus-forces.exe" : "belarus-forces"));
            var target = command.LinkTarget is { } link ? Path.GetFullPath(link, tools) : command.FullName;
            target.Should().Contain($"belarusforces.cli.{rid}", "the platform's own package is installed");
            Directory.GetFiles(Path.GetDirectoryName(target)!, "*.dll").Should().BeEmpty("a NativeAOT tool is one native executable");
            Run(command.FullName, root, "summary").Should().Contain(BelarusForcesDataset.Current.VersionId);
            // The native tool carries SQLite's native library beside it and registers it without reflection.
            Run(command.FullName, root, "export", "--format", "sqlite", "--out", Path.Combine(root, "export")).Should().Contain("Wrote 2 files");
            new FileInfo(Path.Combine(root, "export", "belarus-forces.sqlite")).Length.Should().BePositive();
            // Parquet.Net reflects over the column types, which trimming may break: the native tool's files are the portable tool's.
            Run(command.FullName, root, "export", "--format", "parquet", "--out", Path.Combine(root, "parquet"));
            ExportFixture.RunTool("export", "--format", "parquet", "--out", Path.Combine(root, "parquet-portable")).ExitCode.Should().Be(0);
            foreach (var file in Directory.GetFiles(Path.Combine(root, "parquet-portable")))
            {
                File.ReadAllBytes(Path.Combine(root, "parquet", Path.GetFileName(file))).Should().Equal(File.ReadAllBytes(file), Path.GetFileName(file));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // A publish for one runtime restores every project with that runtime and rewrites their lock files, so these tests
    // work on a copy of the projects they build (with the data and the shared build files), leaving the repository as it is.
    private static void CopySources(string root, params string[] projects)
    {
        foreach (var part in projects.Append("data").Append("seeds").Append("eng/DataTool"))
        {
            Copy(Path.Combine(Repository.Root, part), Path.Combine(root, part));
        }

        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "README.md" })
        {
            File.Copy(Path.Combine(Repository.Root, file), Path.Combine(root, file));
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
