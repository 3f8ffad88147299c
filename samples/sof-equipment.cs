// The equipment of the Special Operations Forces, as of the end of 2017, with origin and evidence.
// Run: dotnet run samples/sof-equipment.cs
// Outside this repository, replace the #:project line with:  #:package BelarusForces@1.2.0
#:project ../src/BelarusForces/BelarusForces.csproj

using BelarusForces;
using NodaTime;

var data = BelarusForcesDataset.Current;
var asOf = new LocalDate(2017, 12, 31);
Console.WriteLine($"Special Operations Forces equipment as of {asOf:yyyy-MM-dd} ({data.VersionId})");
foreach (var item in data.SpecialOperationsForcesEquipment(asOf))
{
    Console.WriteLine($"- {item.Equipment.Name} ({item.Equipment.Category}), origin {item.Origin?.Name ?? "unknown"}, since {item.Since}");
    Console.WriteLine($"    “{item.Evidence[0].Quote}”");
    Console.WriteLine($"    — {item.Evidence[0].Source.Headline} ({item.Evidence[0].Source.Published})");
}
