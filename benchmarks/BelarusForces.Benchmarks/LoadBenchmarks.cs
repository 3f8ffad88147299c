using BenchmarkDotNet.Attributes;

namespace BelarusForces.Benchmarks;

/// <summary>Loading the whole dataset, steady state, against the floor (a bare reader pass) and the naive way (reflection).</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private Dictionary<string, byte[]> _files = [];
    private string _root = "";

    [GlobalSetup]
    public void Setup()
    {
        _files = EmbeddedData.Files();
        _root = Directory.CreateTempSubdirectory("belarus-forces-bench-").FullName;
        Directory.CreateDirectory(Path.Combine(_root, "data"));
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        foreach (var (name, bytes) in _files)
        {
            File.WriteAllBytes(Path.Combine(_root, "data", name), bytes);
        }

        foreach (var seed in BelarusForcesDataset.Current.Manifest.Seeds)
        {
            File.Copy(Path.Combine(Repository.Seeds, seed.File), Path.Combine(_root, "seeds", seed.File));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true, Description = "floor: Utf8JsonReader pass")]
    public long Floor() => EmbeddedData.ReaderPass(_files);

    [Benchmark(Description = "load embedded (parse, resolve, index)")]
    public BelarusForcesDataset LoadEmbedded() => BelarusForcesDataset.LoadTrusted(f => _files.GetValueOrDefault(f));

    [Benchmark(Description = "load directory (every check, quotes too)")]
    public BelarusForcesDataset LoadDirectory() => BelarusForcesDataset.LoadDirectory(Path.Combine(_root, "data"));

    [Benchmark(Description = "naive: reflection JsonSerializer only")]
    public int Reflection() => EmbeddedData.ReflectionDeserialize(_files);
}

/// <summary>Finds the repository from the benchmark's working directory.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BelarusForces.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
