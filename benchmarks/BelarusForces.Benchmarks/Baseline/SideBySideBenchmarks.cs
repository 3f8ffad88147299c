extern alias baseline;

using System.Reflection;
using BelarusForces.Export;
using BelarusForces.Search;
using BelarusForces.Values;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Old = baseline::BelarusForces;

namespace BelarusForces.Benchmarks.Baseline;

/// <summary>
/// Each measured operation of an earlier commit (the baseline of its category, built by benchmarks/baseline.sh) and of
/// this code, one after the other in one process. Each version loads its own embedded data.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SideBySide.InProcess))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SideBySideBenchmarks
{
    private BelarusForcesDataset _data = null!;
    private Old.BelarusForcesDataset _old = null!;
    private Dictionary<string, byte[]> _files = [];
    private string _export = "";
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _data = BelarusForcesDataset.LoadEmbedded();
        _old = Old.BelarusForcesDataset.LoadEmbedded();
        _files = EmbeddedData.Files();
        _export = Directory.CreateTempSubdirectory("belarus-forces-side-by-side-").FullName;
        SideBySide.Describe(_old, _data);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_export, recursive: true);

    [Benchmark(Baseline = true), BenchmarkCategory("1 load embedded")]
    public Old.BelarusForcesDataset LoadOld() => Old.BelarusForcesDataset.LoadEmbedded();

    [Benchmark, BenchmarkCategory("1 load embedded")]
    public BelarusForcesDataset Load() => BelarusForcesDataset.LoadEmbedded();

    [Benchmark, BenchmarkCategory("1 load embedded")]
    public long Floor() => EmbeddedData.ReaderPass(_files);

    [Benchmark(Baseline = true), BenchmarkCategory("2 procurements from Russia")]
    public int FromSupplierOld() => _old.Procurements.FromSupplier(Old.Values.Country.Russia).Length;

    [Benchmark, BenchmarkCategory("2 procurements from Russia")]
    public int FromSupplier() => _data.Procurements.FromSupplier(Country.Russia).Length;

    [Benchmark(Baseline = true), BenchmarkCategory("3 SOF equipment")]
    public int SofEquipmentOld() => _old.SpecialOperationsForcesEquipment().Length;

    [Benchmark, BenchmarkCategory("3 SOF equipment")]
    public int SofEquipment() => _data.SpecialOperationsForcesEquipment().Length;

    [Benchmark(Baseline = true), BenchmarkCategory("4 pilot flight hours")]
    public int PilotFlightHoursOld() => _old.Indicators.PilotFlightHours().Comparisons.Count;

    [Benchmark, BenchmarkCategory("4 pilot flight hours")]
    public int PilotFlightHours() => _data.Indicators.PilotFlightHours().Comparisons.Count;

    [Benchmark(Baseline = true), BenchmarkCategory("5 FindByName")]
    public int FindByNameOld() => _old.FindByName("Su-30SM").Length;

    [Benchmark, BenchmarkCategory("5 FindByName")]
    public int FindByName() => _data.FindByName("Su-30SM").Length;

    [Benchmark(Baseline = true), BenchmarkCategory("6 search urban warfare")]
    public int SearchOld() => _old.Search("urban warfare", limit: 10).Length;

    [Benchmark, BenchmarkCategory("6 search urban warfare")]
    public int Search() => _data.Search("urban warfare", limit: 10).Length;

    [Benchmark, BenchmarkCategory("6 search urban warfare")]
    public int SearchScan() =>
        _data.AllRecords().Where(r => SearchFields.Of(r).Any(f => f.Text.Contains("urban warfare", StringComparison.OrdinalIgnoreCase))).Take(10).Count();

    [Benchmark(Baseline = true), BenchmarkCategory("7 search phrase")]
    public int SearchPhraseOld() => _old.Search("\"Deputy Defence Minister\"", limit: 10).Length;

    [Benchmark, BenchmarkCategory("7 search phrase")]
    public int SearchPhrase() => _data.Search("\"Deputy Defence Minister\"", limit: 10).Length;

    [Benchmark(Baseline = true), BenchmarkCategory("8 search decommission")]
    public int SearchPrefixAndSlipOld() => _old.Search("decommission", limit: 10).Length;

    [Benchmark, BenchmarkCategory("8 search decommission")]
    public int SearchPrefixAndSlip() => _data.Search("decommission", limit: 10).Length;

    [Benchmark, BenchmarkCategory("9 search SOF cargo airdrop")]
    public int SearchPartial() => _data.Search("SOF cargo airdrop", limit: 10).Length;

    [Benchmark(Baseline = true), BenchmarkCategory("10 search index build")]
    public int BuildIndexOld() => new Old.Search.SearchIndex(_old.AllRecords(), _old.Sources.Values).TermCount;

    [Benchmark, BenchmarkCategory("10 search index build")]
    public int BuildIndex() => new SearchIndex(_data.AllRecords(), _data.Sources.Values).TermCount;

    [Benchmark(Baseline = true), BenchmarkCategory("11 tidy tables")]
    public int TablesOld() => Old.Export.TidyTables.Build(_old).Count;

    [Benchmark, BenchmarkCategory("11 tidy tables")]
    public int Tables() => TidyTables.Build(_data).Count;

    [Benchmark(Baseline = true), BenchmarkCategory("12 CSV export")]
    public int CsvOld() => Old.Export.DatasetExport.WriteCsv(_old, Next()).Count;

    [Benchmark, BenchmarkCategory("12 CSV export")]
    public int Csv() => DatasetExport.WriteCsv(_data, Next()).Count;

    // A new folder per call: the writers refuse to overwrite.
    private string Next() => Path.Combine(_export, (++_run).ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>The evidence explorer of the embedded data, written by the earlier commit's tool and by this one.</summary>
[MemoryDiagnoser]
[Config(typeof(Monitoring))]
public class SideBySideSiteBenchmarks
{
    private sealed class Monitoring : ManualConfig
    {
        public Monitoring()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(9)
                .WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median);
        }
    }

    private BelarusForcesDataset _data = null!;
    private Old.BelarusForcesDataset _old = null!;
    private string _target = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = BelarusForcesDataset.LoadEmbedded();
        _old = Old.BelarusForcesDataset.LoadEmbedded();
        _target = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"belarus-forces-site-side-by-side-{Environment.ProcessId}");
        foreach (var (version, write) in new (string, Func<int>)[] { ("baseline", SiteOld), ("current", Site) })
        {
            var pages = write();
            var files = Directory.GetFiles(_target, "*", SearchOption.AllDirectories);
            Console.WriteLine($"// site, {version}: {pages} pages, {files.Length} files, {files.Sum(f => new FileInfo(f).Length)} bytes");
            Remove();
        }
    }

    [Benchmark(Baseline = true)]
    public int SiteOld() => baseline::BelarusForces.Cli.Site.SiteWriter.Write(_old, Repository.Seeds, _target, force: false);

    [Benchmark]
    public int Site() => Cli.Site.SiteWriter.Write(_data, Repository.Seeds, _target, force: false);

    [IterationCleanup]
    public void Remove()
    {
        if (Directory.Exists(_target))
        {
            Directory.Delete(_target, recursive: true);
        }
    }
}

/// <summary>The search index built at 1×, 10× and 100× the records (<see cref="ScalingBenchmarks.Synthetic(int)"/>), by both versions.</summary>
[MemoryDiagnoser]
[Config(typeof(Iterations))]
public class SideBySideSearchScalingBenchmarks
{
    private BelarusForcesDataset _data = null!;
    private Old.BelarusForcesDataset _old = null!;

    private sealed class Iterations : ManualConfig
    {
        public Iterations()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median);
        }
    }

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = ScalingBenchmarks.LoadSynthetic(Scale);
        var oldFiles = ScalingBenchmarks.Synthetic(Scale, Old.Data.DataFiles.All.ToDictionary(f => f, Old.Data.DataFiles.ReadEmbedded),
            Old.Data.Collections.All.Where(c => c != Old.Data.Collections.Sources).Select(c => c.File), Old.Data.DataFiles.Releases);
        _old = Old.BelarusForcesDataset.LoadTrusted(f => oldFiles.GetValueOrDefault(f));
        SideBySide.Describe(_old, _data);
    }

    [Benchmark(Baseline = true)]
    public int BuildIndexOld() => new Old.Search.SearchIndex(_old.AllRecords(), _old.Sources.Values).TermCount;

    [Benchmark]
    public int BuildIndex() => new SearchIndex(_data.AllRecords(), _data.Sources.Values).TermCount;
}

internal static class SideBySide
{
    /// <summary>In process (BenchmarkDotNet's separate build does not finish in time on a busy machine), 15 iterations.</summary>
    public sealed class InProcess : ManualConfig
    {
        public InProcess()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median);
        }
    }

    /// <summary>What each version measures: its records, its index and its answers to the searches above (in the log).</summary>
    public static void Describe(Old.BelarusForcesDataset old, BelarusForcesDataset data)
    {
        Console.WriteLine($"// baseline: {Assembly.GetAssembly(typeof(Old.BelarusForcesDataset))!.Location}");
        Console.WriteLine($"// records: baseline {old.AllRecords().Count()}, current {data.AllRecords().Count()}");
        Console.WriteLine($"// index terms: baseline {new Old.Search.SearchIndex(old.AllRecords(), old.Sources.Values).TermCount}, current {new SearchIndex(data.AllRecords(), data.Sources.Values).TermCount}");
        foreach (var query in new[] { "urban warfare", "\"Deputy Defence Minister\"", "decommission", "SOF cargo airdrop" })
        {
            Console.WriteLine($"// hits for {query}: baseline {old.Search(query, limit: 10).Length}, current {data.Search(query, limit: 10).Length}");
        }
    }
}
