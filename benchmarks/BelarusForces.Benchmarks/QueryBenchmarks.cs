using BelarusForces.Data;
using BelarusForces.Export;
using BelarusForces.Model;
using BelarusForces.Values;
using BelarusForces.Versioning;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace BelarusForces.Benchmarks;

/// <summary>Each headline query from the indexes built at load, against a LINQ scan of the records per call.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private BelarusForcesDataset _data = null!;
    private Dictionary<string, byte[]> _files = [];
    private string _export = "";

    [GlobalSetup]
    public void Setup()
    {
        _data = BelarusForcesDataset.LoadEmbedded();
        _files = EmbeddedData.Files();
        _export = Directory.CreateTempSubdirectory("belarus-forces-export-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_export, recursive: true);

    [Benchmark, BenchmarkCategory("procurements from Russia")]
    public int FromSupplier() => _data.Procurements.FromSupplier(Country.Russia).Length;

    [Benchmark(Baseline = true), BenchmarkCategory("procurements from Russia")]
    public int FromSupplierScan() => _data.Procurements.Where(p => p.Supplier == Country.Russia && p.Recipient == Country.Belarus && p.Kind != ProcurementKind.Export).ToList().Count;

    [Benchmark, BenchmarkCategory("SOF equipment")]
    public int SofEquipment() => _data.SpecialOperationsForcesEquipment().Length;

    [Benchmark(Baseline = true), BenchmarkCategory("SOF equipment")]
    public int SofEquipmentScan()
    {
        var sof = _data.Units.Single(u => u.Id.Value == "special-operations-forces");
        var tree = _data.Units.Where(u => u == sof || u.Parent == sof).ToList();
        return _data.Inventory.Where(i => tree.Contains(i.Holder)).Select(i => i.Equipment)
            .Concat(_data.Procurements.Where(p => p.RecipientUnit is not null && tree.Contains(p.RecipientUnit) && p.Status == ProcurementStatus.Delivered).Select(p => p.Equipment))
            .Distinct().Count();
    }

    [Benchmark, BenchmarkCategory("pilot flight hours")]
    public int PilotFlightHours() => _data.Indicators.PilotFlightHours().Comparisons.Count;

    [Benchmark(Baseline = true), BenchmarkCategory("pilot flight hours")]
    public int PilotFlightHoursScan()
    {
        var main = _data.Indicators.Single(i => i.Id.Value == "belarus-pilot-annual-flight-hours");
        return _data.Indicators.Where(i => i.Measure == main.Measure && i != main).ToList().Count
            + _data.Indicators.Where(i => i.Measure == "pilot-graduate-flight-hours").ToList().Count;
    }

    [Benchmark, BenchmarkCategory("lookup")]
    public Procurement? FindById() => _data.Procurements.Find("cs-vn3-from-china");

    [Benchmark, BenchmarkCategory("lookup")]
    public int FindByAlias() => _data.FindByName("Su-30SM").Length;

    [Benchmark(Baseline = true), BenchmarkCategory("lookup")]
    public INamedRecord? FindByAliasScan() => _data.AllRecords().OfType<INamedRecord>()
        .FirstOrDefault(r => r.Aliases.Append(r.Name).Any(a => NameFolding.Normalize(a) == "su30sm"));

    [Benchmark, BenchmarkCategory("other")]
    public string Citation() => _data.Cite("procurements/cs-vn3-from-china", CitationFormat.BibTex);

    [Benchmark, BenchmarkCategory("other")]
    public string Hash() => ContentHash.Compute(f => _files[f]);

    [Benchmark, BenchmarkCategory("other")]
    public int ExportCsv() => DatasetExport.WriteCsv(_data, _export).Count;
}
