using BelarusForces;
using BelarusForces.Values;

var data = BelarusForcesDataset.Current;
Console.WriteLine(data.VersionId);
Console.WriteLine("China: " + string.Join(", ", data.Procurements.FromSupplier(Country.China).Select(p => p.Equipment.Name).Distinct()));
Console.WriteLine(data.Indicators.PilotFlightHours().Change("2011/2013", "2016"));
