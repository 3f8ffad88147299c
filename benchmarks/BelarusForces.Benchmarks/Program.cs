using System.Diagnostics;
using System.Globalization;
using BelarusForces;
using BelarusForces.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release -- [BenchmarkDotNet arguments]   the steady-state benchmarks (--filter '*')
// dotnet run -c Release -- memory                         retained memory of a loaded dataset against the JSON size
// dotnet run -c Release -- cold [runs] [baseline checkout] whole-process cold starts, alternating, medians and ratios
// dotnet run -c Release -- scaling-sizes                  the JSON size of each synthetic scale
switch (args.FirstOrDefault())
{
    case "firstload-reflection":
        // Run by "cold" in a fresh process: a first reflection-based JsonSerializer parse of the data files, the
        // baseline for the library's first load (which the answer program reports itself).
        var watch = Stopwatch.StartNew();
        if (EmbeddedData.ReflectionDeserialize(EmbeddedData.Files()) < 500)
        {
            throw new InvalidOperationException("The reflection baseline read fewer records than the dataset holds.");
        }

        Console.WriteLine(watch.Elapsed.TotalMilliseconds.ToString(CultureInfo.InvariantCulture));
        return 0;
    case "memory":
        Memory.Report();
        return 0;
    case "cold":
        ColdStart.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 21, args.Length > 2 ? args[2] : null);
        return 0;
    case "scaling-sizes":
        foreach (var scale in new[] { 1, 10, 100, 1000 })
        {
            Console.WriteLine($"{scale}x: {ScalingBenchmarks.Bytes(scale) / 1024.0 / 1024.0:0.0} MB of JSON");
        }

        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(LoadBenchmarks).Assembly).Run(args);
        return 0;
}
