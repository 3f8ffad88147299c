using System.Diagnostics;
using System.Globalization;

namespace BelarusForces.Benchmarks;

/// <summary>
/// Cold starts measured as whole processes, in one run, alternating the programs so that machine noise falls on all
/// of them alike; reports medians and ratios.
/// </summary>
internal static class ColdStart
{
    /// <param name="runs">Rounds of alternating runs.</param>
    /// <param name="baselineRoot">A checkout of an earlier release (such as `git worktree add ../v1.0.0 v1.0.0`), whose package is measured beside this one.</param>
    public static void Run(int runs, string? baselineRoot)
    {
        var root = Repository.Root;
        var output = Directory.CreateTempSubdirectory("belarus-forces-cold-").FullName;
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        Console.WriteLine("Packing the library and publishing the programs...");
        var fromPackage = BuildFromPackage(root, Path.Combine(output, "package"));
        var baseline = baselineRoot is null ? null : BuildFromPackage(baselineRoot, Path.Combine(output, "baseline"));
        var empty = Publish(root, "benchmarks/ColdStart/EmptyApp/EmptyApp.csproj", Path.Combine(output, "empty"), rid, aot: false, "EmptyApp");
        var answer = Publish(root, "benchmarks/ColdStart/AnswerApp/AnswerApp.csproj", Path.Combine(output, "answer"), rid, aot: false, "AnswerApp");
        var cliAot = Publish(root, "src/BelarusForces.Cli/BelarusForces.Cli.csproj", Path.Combine(output, "cli-aot"), rid, aot: true, "belarus-forces");
        var cliJit = Publish(root, "src/BelarusForces.Cli/BelarusForces.Cli.csproj", Path.Combine(output, "cli-jit"), rid, aot: false, "belarus-forces");
        var self = Environment.ProcessPath!;

        // A publish for one runtime rewrites the lock files of the projects it restores with that runtime's graph:
        // put the portable ones back, so that the repository is left as it was.
        Dotnet(root, "restore", "BelarusForces.sln", "--force-evaluate", "-p:RestoreLockedMode=false");

        var programs = new List<(string Name, string File, string[] Args)>
        {
            ("empty console program (JIT)", empty, []),
            ("console program that prints one line, no library (JIT)", empty, ["print"]),
            ("load + one answer, package (ReadyToRun for this platform)", fromPackage, []),
            ("load + one answer, IL only (JIT, as on other platforms)", answer, []),
            ("CLI summary, NativeAOT", cliAot, ["summary"]),
            ("CLI summary, JIT", cliJit, ["summary"]),
        };
        if (baseline is not null)
        {
            programs.Insert(3, ($"load + one answer, baseline package {Version(baselineRoot!)} (ReadyToRun)", baseline, []));
        }

        var wall = programs.ToDictionary(p => p.Name, _ => new List<double>());
        var firstLoad = new Dictionary<string, List<double>> { ["package"] = [], ["baseline"] = [], ["il"] = [], ["reflection"] = [] };
        for (int i = 0; i < runs + 1; i++)
        {
            foreach (var (name, file, arguments) in programs)
            {
                var (ms, _, error) = Time(file, arguments);
                if (i == 0)
                {
                    continue; // the first round warms the disk cache
                }

                wall[name].Add(ms);
                if (file == fromPackage || file == answer || file == baseline)
                {
                    firstLoad[file == fromPackage ? "package" : file == baseline ? "baseline" : "il"].Add(double.Parse(error, CultureInfo.InvariantCulture));
                }
            }

            var reflection = double.Parse(Time(self, ["firstload-reflection"]).Output, CultureInfo.InvariantCulture);
            if (i > 0)
            {
                firstLoad["reflection"].Add(reflection);
            }
        }

        double emptyMedian = Median(wall[programs[0].Name]);
        Console.WriteLine();
        Console.WriteLine($"Whole processes, {runs} alternating runs each, median wall time:");
        Console.WriteLine();
        Console.WriteLine("| program | median ms | ratio to the empty program |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, _, _) in programs)
        {
            Console.WriteLine($"| {name} | {Median(wall[name]):0.0} | {Median(wall[name]) / emptyMedian:0.00} |");
        }

        double reflectionMedian = Median(firstLoad["reflection"]);
        Console.WriteLine();
        Console.WriteLine("First load inside a fresh process, against a first reflection-based JsonSerializer parse of the same files:");
        Console.WriteLine();
        Console.WriteLine("| first load | median ms | reflection / this |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| library from the package (ReadyToRun), parse, checks, resolve | {Median(firstLoad["package"]):0.0} | {reflectionMedian / Median(firstLoad["package"]):0.00} |");
        if (baseline is not null)
        {
            Console.WriteLine($"| baseline {Version(baselineRoot!)} from its package (ReadyToRun) | {Median(firstLoad["baseline"]):0.0} | {reflectionMedian / Median(firstLoad["baseline"]):0.00} |");
        }

        Console.WriteLine($"| library, IL only (JIT) | {Median(firstLoad["il"]):0.0} | {reflectionMedian / Median(firstLoad["il"]):0.00} |");
        Console.WriteLine($"| reflection JsonSerializer, parse only | {reflectionMedian:0.0} | 1.00 |");
        Directory.Delete(output, recursive: true);
    }

    // The answer program as a user builds it: from the packed package, a portable build, which runs the package's
    // ReadyToRun assembly for this platform if it has one.
    private static string BuildFromPackage(string root, string directory)
    {
        var feed = Path.Combine(directory, "feed");
        var app = Path.Combine(directory, "app");
        Directory.CreateDirectory(app);
        Dotnet(root, "pack", "src/BelarusForces/BelarusForces.csproj", "-c", "Release", "-o", feed);
        File.Copy(Path.Combine(root, "benchmarks/ColdStart/AnswerApp/Program.cs"), Path.Combine(app, "Program.cs"));
        File.WriteAllText(Path.Combine(app, "AnswerFromPackage.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <RestorePackagesPath>{Path.Combine(directory, "packages")}</RestorePackagesPath>
                <RestoreAdditionalProjectSources>{feed}</RestoreAdditionalProjectSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="BelarusForces" Version="{Version(root)}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(app, "Directory.Packages.props"), "<Project />");
        Dotnet(app, "build", "-c", "Release", "-o", Path.Combine(directory, "out"));
        return Path.Combine(directory, "out", "AnswerFromPackage");
    }

    private static string Version(string root) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "data", "dataset.json"))).RootElement.GetProperty("version").GetString()!;

    private static void Dotnet(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(" ", args)} failed:\n{log}");
        }
    }

    private static string Publish(string root, string project, string output, string rid, bool aot, string name)
    {
        Dotnet(root, "publish", project, "-c", "Release", "-r", rid, "--self-contained", aot ? "true" : "false", "-o", output, $"-p:PublishAot={aot}", "-p:RestoreLockedMode=false");
        return Path.Combine(output, name);
    }

    private static (double Elapsed, string Output, string Error) Time(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (watch.Elapsed.TotalMilliseconds, output.Result.Trim(), error.Trim());
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
