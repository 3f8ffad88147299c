using BelarusForces;
using BelarusForces.Values;

var china = BelarusForcesDataset.Current.Procurements.FromSupplier(Country.China);
Console.WriteLine($"{china.Length} procurements from China: {china[0].Equipment.Name}");
