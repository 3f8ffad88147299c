namespace BelarusForces.Tests;

/// <summary>
/// The parts of <c>eng/release</c> that do not need a full pack: restores for one platform and for the tool's
/// top-level pack leave the committed lock files as they are, and the script refuses to write over a folder.
/// (The packs themselves, the tool's installation and the consumer build are tested by AotTests and PackageTests.)
/// </summary>
[Collection(DotnetProcesses.Name)]
[Trait("Category", "Slow")]
public class ReleaseBuildTests
{
    [Theory]
    [InlineData("-p:RuntimeIdentifier=linux-x64")]
    [InlineData("-p:RuntimeIdentifier=any")]
    [InlineData("-p:_IsPacking=true")]
    public void A_restore_for_one_platform_or_for_the_top_level_pack_leaves_the_lock_files_as_committed(string property)
    {
        var root = Directory.CreateTempSubdirectory("belarus-forces-lock-").FullName;
        try
        {
            foreach (var project in new[] { "src/BelarusForces", "src/BelarusForces.Sqlite", "src/BelarusForces.Cli" })
            {
                Directory.CreateDirectory(Path.Combine(root, project));
                foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, project), "*.*proj").Append(Path.Combine(Repository.Root, project, "packages.lock.json")))
                {
                    File.Copy(file, Path.Combine(root, project, Path.GetFileName(file)));
                }
            }

            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
            {
                File.Copy(Path.Combine(Repository.Root, file), Path.Combine(root, file));
            }

            Directory.CreateDirectory(Path.Combine(root, "data"));
            File.Copy(Path.Combine(Repository.Data, "dataset.json"), Path.Combine(root, "data", "dataset.json"));

            var (code, output, error) = ProcessRunner.Run("dotnet", root, ["msbuild", "-t:Restore", "-p:RestoreForce=true", property, "src/BelarusForces.Cli/BelarusForces.Cli.csproj"], timeoutSeconds: 300);

            code.Should().Be(0, output + error);
            foreach (var project in new[] { "src/BelarusForces", "src/BelarusForces.Sqlite", "src/BelarusForces.Cli" })
            {
                File.ReadAllText(Path.Combine(root, project, "packages.lock.json")).Should().Be(
                    File.ReadAllText(Path.Combine(Repository.Root, project, "packages.lock.json")), "{0} keeps its lock file with {1}", project, property);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_release_script_refuses_a_folder_that_is_not_empty()
    {
        var folder = Directory.CreateTempSubdirectory("belarus-forces-release-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "a user's file");

            var (code, _, error) = ProcessRunner.Run(Path.Combine(Repository.Root, "eng", "release"), Repository.Root, [folder], timeoutSeconds: 300);

            code.Should().Be(2);
            error.Should().Contain("is not empty").And.Contain("--force");
            File.ReadAllText(Path.Combine(folder, "notes.txt")).Should().Be("a user's file");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
