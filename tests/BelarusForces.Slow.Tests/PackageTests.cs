using System.IO.Compression;
using System.Security.Cryptography;

namespace BelarusForces.Tests;

/// <summary>The package, used the way users use it: packed, then referenced by version from a folder.</summary>
[Collection(DotnetProcesses.Name)]
[Trait("Category", "Slow")]
public class PackageTests
{
    private static readonly string Version = BelarusForcesDataset.Current.Manifest.Version;

    [Fact]
    public void The_packed_library_works_from_a_console_project_and_a_file_based_script()
    {
        var root = Directory.CreateTempSubdirectory("belarus-forces-pack-").FullName;
        try
        {
            var feed = Path.Combine(root, "feed");
            var again = Path.Combine(root, "again");
            // Packing uses the machine's package cache (the ReadyToRun compiler and runtime packs are large); restoring
            // the package just packed uses a private one, so that no older copy of the same version is picked up.
            ProcessRunner.Succeed("dotnet", Repository.Root, ["pack", "src/BelarusForces/BelarusForces.csproj", "-c", "Release", "-o", feed]);
            ProcessRunner.Succeed("dotnet", Repository.Root, ["pack", "src/BelarusForces/BelarusForces.csproj", "-c", "Release", "-o", again]);

            var package = Path.Combine(feed, $"BelarusForces.{Version}.nupkg");
            File.Exists(Path.Combine(feed, $"BelarusForces.{Version}.snupkg")).Should().BeTrue("a symbols package is produced");
            using (var zip = ZipFile.OpenRead(package))
            {
                zip.Entries.Select(e => e.FullName).Should().Contain([
                    "README.md", "lib/net8.0/BelarusForces.dll", "lib/net10.0/BelarusForces.dll", "lib/net8.0/BelarusForces.xml", "lib/net10.0/BelarusForces.xml",
                    .. ReadyToRunRuntimes.Select(rid => $"runtimes/{rid}/lib/net10.0/BelarusForces.dll")]);
                using var nuspec = new StreamReader(zip.GetEntry("BelarusForces.nuspec")!.Open());
                nuspec.ReadToEnd().Should().Contain("<license type=\"expression\">MIT AND CC-BY-4.0</license>");
            }

            LibraryHashes(package).Should().Equal(LibraryHashes(Path.Combine(again, $"BelarusForces.{Version}.nupkg")), "two packs of one commit give identical assemblies");

            File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            var app = Path.Combine(root, "app");
            Directory.CreateDirectory(app);
            File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="BelarusForces" Version="{Version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), Program);
            Dotnet(app, "run").Should().Contain($"BelarusForces {Version}").And.Contain("China: CS/VN3")
                .And.Contain(ReadyToRunRuntimes.Contains(Rid) ? $"runtimes/{Rid}/lib/net10.0/BelarusForces.dll" : "lib/net10.0/BelarusForces.dll", "a program on a common platform runs the precompiled assembly")
                .And.Contain("ICU not started", "loading the data and answering a query need no culture, and starting ICU costs a fresh process milliseconds");

            var script = Path.Combine(root, "script.cs");
            File.WriteAllText(script, $"#:package BelarusForces@{Version}\n" + Program);
            Dotnet(root, "run", script).Should().Contain($"BelarusForces {Version}").And.Contain("China: CS/VN3");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
            if (Directory.Exists(PackageCache))
            {
                Directory.Delete(PackageCache, recursive: true);
            }
        }
    }

    private static readonly string[] ReadyToRunRuntimes = ["linux-x64", "linux-arm64", "osx-arm64", "osx-x64", "win-x64"];

    private static string Rid => System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;

    private static string PackageCache => Path.Combine(Path.GetTempPath(), "belarus-forces-nuget-" + Environment.ProcessId);

    private const string Program = """
        using BelarusForces;
        using BelarusForces.Values;

        var data = BelarusForcesDataset.Current;
        var china = "China: " + string.Join(", ", data.Procurements.FromSupplier(Country.China).Select(p => p.Equipment.Name).Distinct());
        // Before the console, which starts the globalization library itself: on Linux, whether the load did.
        var icu = File.Exists("/proc/self/maps") && File.ReadAllText("/proc/self/maps").Contains("libicu");
        Console.WriteLine(data.VersionId);
        Console.WriteLine(china);
        Console.WriteLine(typeof(BelarusForcesDataset).Assembly.Location.Replace('\\', '/'));
        Console.WriteLine(icu ? "ICU started" : "ICU not started");
        """;

    private static string[] LibraryHashes(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)).OrderBy(e => e.FullName)
            .Select(e =>
            {
                using var stream = e.Open();
                return e.FullName + ":" + Convert.ToHexString(SHA256.HashData(stream));
            }).ToArray();
    }

    // A private package cache, so that the package just packed is the one restored.
    private static string Dotnet(string directory, params string[] args) =>
        ProcessRunner.Succeed("dotnet", directory, args, new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackageCache });
}
