// Belarusian military pilots' average annual flight hours, with the Soviet and Russian comparison points.
// Run: dotnet run samples/pilot-flight-hours.cs   (writes pilot-flight-hours.svg beside the current directory)
// Outside this repository, replace the #:project line with:  #:package BelarusForces@1.2.0
#:project ../src/BelarusForces/BelarusForces.csproj

using BelarusForces;

var trend = BelarusForcesDataset.Current.Indicators.PilotFlightHours();
Console.WriteLine(trend.ToMarkdown());
Console.WriteLine(trend.Summary());
Console.WriteLine($"Change from 2011/2013 to 2016: {trend.Change("2011/2013", "2016")} hours (bounds, not midpoints).");
File.WriteAllText("pilot-flight-hours.svg", trend.ToSvg());
Console.WriteLine("Chart written to pilot-flight-hours.svg");
