using BelarusForces.Queries;
using BelarusForces.Values;
using BenchmarkDotNet.Attributes;

namespace BelarusForces.Benchmarks;

/// <summary>
/// The order of battle as of a date, and the changes between two dates, warm (the lookups made), at 1×, 10× and 100×
/// the records (<see cref="ScalingBenchmarks.Synthetic"/>): the work grows with the units and their lines. Run in
/// process with a short job: <c>--filter '*OrderOfBattleBenchmarks*' --inProcess --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class OrderOfBattleBenchmarks
{
    private static readonly EdtfDate EndOf2017 = EdtfDate.Parse("2017-12-31");
    private static readonly EdtfDate From = EdtfDate.Parse("2016");
    private static readonly EdtfDate To = EdtfDate.Parse("2018");

    private BelarusForcesDataset _data = null!;
    private OrderOfBattle _from = null!;
    private OrderOfBattle _to = null!;

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = ScalingBenchmarks.LoadSynthetic(Scale);
        _from = _data.OrderOfBattle(From);
        _to = _data.OrderOfBattle(To);
    }

    [Benchmark]
    public int AsOfADate() => _data.OrderOfBattle(EndOf2017).Roots.Count;

    [Benchmark]
    public int Compare() => _from.Compare(_to).Changes.Count;

    [Benchmark]
    public int ChangesBetweenTwoDates() => _data.OrderOfBattleChanges(From, To).Changes.Count;
}
