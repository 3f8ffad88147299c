using System.Globalization;

namespace BelarusForces.Benchmarks;

/// <summary>
/// Every export of the embedded data from the NativeAOT tool, as a whole process into a new folder, in one run with
/// the formats alternating: the medians and the size of what each writes.
/// </summary>
internal static class ToolExports
{
    private static readonly string[] Formats = ["csv", "jsonl", "datapackage", "sqlite", "parquet"];

    public static void Run(int runs)
    {
        var root = Repository.Root;
        var output = Directory.CreateTempSubdirectory("belarus-forces-tool-exports-").FullName;
        Console.WriteLine("Publishing the NativeAOT tool...");
        var tool = ColdStart.Publish(root, "src/BelarusForces.Cli/BelarusForces.Cli.csproj", Path.Combine(output, "cli-aot"), System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, aot: true, "belarus-forces");
        // As in ColdStart: the publish rewrote the lock files with this runtime's graph; put the portable ones back.
        ColdStart.Dotnet(root, "restore", "BelarusForces.sln", "--force-evaluate", "-p:RestoreLockedMode=false");
        var times = Formats.ToDictionary(f => f, _ => new List<double>());
        for (int i = 0; i <= runs; i++)
        {
            foreach (var format in Formats)
            {
                var (elapsed, _, error) = ColdStart.Time(tool, ["export", "--format", format, "--out", Path.Combine(output, $"{format}-{i}")]);
                if (error.Length > 0)
                {
                    throw new InvalidOperationException($"export --format {format} failed: {error}");
                }

                // The first round warms the file system's caches and is not counted.
                if (i > 0)
                {
                    times[format].Add(elapsed);
                }
            }
        }

        Console.WriteLine($"| format | median (ms, {runs} runs) | written |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var format in Formats)
        {
            var bytes = Directory.GetFiles(Path.Combine(output, $"{format}-1")).Sum(f => new FileInfo(f).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {format} | {ColdStart.Median(times[format]):0} | {bytes / 1024.0 / 1024.0:0.00} MB |"));
        }

        Directory.Delete(output, recursive: true);
    }
}
