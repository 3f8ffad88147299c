using BelarusForces.Export;
using BelarusForces.Sqlite;
using BenchmarkDotNet.Attributes;

namespace BelarusForces.Benchmarks;

/// <summary>
/// Every export, written to a fresh folder, at 1×, 10× and 100× the records (the scaling benchmark's synthetic data),
/// to show that exporting grows linearly; <c>Tables</c> is the tidy-table model alone, which every export starts from.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ExportBenchmarks
{
    private BelarusForcesDataset _data = null!;
    private string _root = null!;
    private int _run;

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = ScalingBenchmarks.LoadSynthetic(Scale);
        _root = Directory.CreateTempSubdirectory("belarus-forces-export-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public int Tables() => TidyTables.Build(_data).Count;

    [Benchmark]
    public int Csv() => DatasetExport.WriteCsv(_data, Next()).Count;

    [Benchmark]
    public int JsonLines() => DatasetExport.WriteJsonLines(_data, Next()).Count;

    [Benchmark]
    public int DataPackage() => DatasetExport.WriteDataPackage(_data, Next()).Count;

    [Benchmark]
    public string Sqlite()
    {
        var folder = Next();
        Directory.CreateDirectory(folder);
        return SqliteExport.Write(_data, Path.Combine(folder, SqliteExport.FileName), progress: null);
    }

    // A new folder per call: the writers refuse to overwrite.
    private string Next() => Path.Combine(_root, (++_run).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
