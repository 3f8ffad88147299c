using BelarusForces.Cli.Site;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BelarusForces.Benchmarks;

/// <summary>
/// The evidence explorer (<c>belarus-forces site</c>) generated for the embedded data and for the synthetic 10× and
/// 100× datasets of <see cref="ScalingBenchmarks"/>, with the repository's seed texts. The site is written to a
/// memory file system (/dev/shm) where there is one, so that the figures are the generator's rather than the disk's,
/// and removed after every iteration, so that each one writes a fresh site. It runs in the host process, with no separate
/// benchmark program to build: an iteration takes a second or more, far above what measuring in process can distort.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Monitoring))]
public class SiteBenchmarks
{
    private sealed class Monitoring : ManualConfig
    {
        public Monitoring() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    private BelarusForcesDataset _data = null!;
    private string _seeds = null!;
    private string _target = null!;

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = ScalingBenchmarks.LoadSynthetic(Scale);
        _seeds = Path.Combine(RepositoryRoot(), "seeds");
        _target = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"belarus-forces-site-{Scale}x-{Environment.ProcessId}");
    }

    [Benchmark]
    public int Site() => SiteWriter.Write(_data, _seeds, _target, force: false);

    [IterationCleanup]
    public void Remove()
    {
        if (Directory.Exists(_target))
        {
            Directory.Delete(_target, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BelarusForces.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository (with BelarusForces.sln) was not found above " + AppContext.BaseDirectory);
    }
}
