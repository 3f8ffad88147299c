using BelarusForces.Model;
using BelarusForces.Search;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace BelarusForces.Benchmarks;

/// <summary>Search and links between records on the embedded data, against a LINQ scan over every text field.</summary>
[MemoryDiagnoser]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SearchBenchmarks
{
    private BelarusForcesDataset _data = null!;
    private Unit _sof = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = BelarusForcesDataset.LoadEmbedded();
        _sof = _data.Units.Find("special-operations-forces")!;
        _data.Search("warm up");
        _data.ReferencesTo(_sof);
    }

    [Benchmark, BenchmarkCategory("search")]
    public int Search() => _data.Search("urban warfare", limit: 10).Length;

    [Benchmark(Baseline = true), BenchmarkCategory("search")]
    public int SearchScan() =>
        _data.AllRecords().Where(r => SearchFields.Of(r).Any(f => f.Text.Contains("urban warfare", StringComparison.OrdinalIgnoreCase))).Take(10).Count();

    [Benchmark, BenchmarkCategory("search, other queries")]
    public int SearchPhrase() => _data.Search("\"Deputy Defence Minister\"", limit: 10).Length;

    [Benchmark, BenchmarkCategory("search, other queries")]
    public int SearchPrefixAndSlip() => _data.Search("decommission", limit: 10).Length;

    [Benchmark, BenchmarkCategory("index")]
    public int BuildIndex() => new SearchIndex(_data.AllRecords(), _data.Sources.Values).TermCount;

    [Benchmark, BenchmarkCategory("references")]
    public int ReferencesTo() => _data.ReferencesTo(_sof).Length;
}

/// <summary>Index build and search at 1×, 10× and 100× the records (see <see cref="ScalingBenchmarks"/>).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SearchScalingBenchmarks
{
    private BelarusForcesDataset _data = null!;

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = ScalingBenchmarks.LoadSynthetic(Scale);
        _data.Search("warm up");
    }

    [Benchmark]
    public int BuildIndex() => new SearchIndex(_data.AllRecords(), _data.Sources.Values).TermCount;

    [Benchmark]
    public int Search() => _data.Search("urban warfare", limit: 10).Length;

    // A name that only one copy of the data holds: the query that stays small as the data grows.
    [Benchmark]
    public int SearchRareName() => _data.Search("Dzyanisenka", collection: "people", limit: 10).Length;
}
