using System.Diagnostics;
using System.Globalization;
using BelarusForces;
using BelarusForces.Values;

// Loads the dataset and prints one answer; the time of the first load goes to standard error for the cold-start runner.
var watch = Stopwatch.StartNew();
var data = BelarusForcesDataset.Current;
var loaded = watch.Elapsed.TotalMilliseconds;
var china = data.Procurements.FromSupplier(Country.China);
Console.WriteLine($"{china.Length} procurements from China: {china[0].Equipment.Name}");
Console.Error.WriteLine(loaded.ToString(CultureInfo.InvariantCulture));
return 0;
