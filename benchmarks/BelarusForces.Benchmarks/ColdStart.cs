using System.Diagnostics;
using System.Globalization;

namespace BelarusForces.Benchmarks;

/// <summary>
/// Cold starts measured as whole processes, in one run, alternating the programs so that machine noise falls on all
/// of them alike; reports medians and ratios.
/// </summary>
internal static class ColdStart
{
    public static void Run(int runs)
    {
        var root = Repository.Root;
        var output = Directory.CreateTempSubdirectory("belarus-forces-cold-").FullName;
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        Console.WriteLine("Publishing the programs...");
        var empty = Publish(root, "benchmarks/ColdStart/EmptyApp/EmptyApp.csproj", Path.Combine(output, "empty"), rid, aot: false, "EmptyApp");
        var answer = Publish(root, "benchmarks/ColdStart/AnswerApp/AnswerApp.csproj", Path.Combine(output, "answer"), rid, aot: false, "AnswerApp");
        var cliAot = Publish(root, "src/BelarusForces.Cli/BelarusForces.Cli.csproj", Path.Combine(output, "cli-aot"), rid, aot: true, "belarus-forces");
        var cliJit = Publish(root, "src/BelarusForces.Cli/BelarusForces.Cli.csproj", Path.Combine(output, "cli-jit"), rid, aot: false, "belarus-forces");
        var self = Environment.ProcessPath!;

        // A publish for one runtime rewrites the lock files of the projects it restores with that runtime's graph:
        // put the portable ones back, so that the repository is left as it was.
        using (var restore = Process.Start(new ProcessStartInfo("dotnet", ["restore", "BelarusForces.sln", "--force-evaluate", "-p:RestoreLockedMode=false"]) { WorkingDirectory = root, RedirectStandardOutput = true })!)
        {
            restore.StandardOutput.ReadToEnd();
            restore.WaitForExit();
        }

        var programs = new (string Name, string File, string[] Args)[]
        {
            ("empty console program (JIT)", empty, []),
            ("load + one answer (JIT)", answer, []),
            ("CLI summary, NativeAOT", cliAot, ["summary"]),
            ("CLI summary, JIT", cliJit, ["summary"]),
        };
        var wall = programs.ToDictionary(p => p.Name, _ => new List<double>());
        var firstLoad = new Dictionary<string, List<double>> { ["library"] = [], ["reflection"] = [] };
        for (int i = 0; i < runs + 1; i++)
        {
            foreach (var (name, file, arguments) in programs)
            {
                var ms = Time(file, arguments).Elapsed;
                if (i > 0)
                {
                    wall[name].Add(ms); // the first round warms the disk cache
                }
            }

            foreach (var mode in firstLoad.Keys)
            {
                var reported = double.Parse(Time(self, ["firstload", mode]).Output, CultureInfo.InvariantCulture);
                if (i > 0)
                {
                    firstLoad[mode].Add(reported);
                }
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

        double library = Median(firstLoad["library"]), reflection = Median(firstLoad["reflection"]);
        Console.WriteLine();
        Console.WriteLine("First load inside a fresh process (the library's loader against reflection-based JsonSerializer):");
        Console.WriteLine();
        Console.WriteLine("| first load | median ms |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| library (source-generated, checks, resolve, index) | {library:0.0} |");
        Console.WriteLine($"| reflection JsonSerializer (parse only) | {reflection:0.0} |");
        Console.WriteLine($"| ratio reflection / library | {reflection / library:0.00} |");
        Directory.Delete(output, recursive: true);
    }

    private static string Publish(string root, string project, string output, string rid, bool aot, string name)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "publish", project, "-c", "Release", "-r", rid, "--self-contained", aot ? "true" : "false", "-o", output, $"-p:PublishAot={aot}", "-p:RestoreLockedMode=false" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Publishing {project} failed:\n{log}");
        }

        return Path.Combine(output, name);
    }

    private static (double Elapsed, string Output) Time(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (watch.Elapsed.TotalMilliseconds, output.Trim());
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
