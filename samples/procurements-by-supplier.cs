// What did Belarus acquire, from which country, when, and on what evidence?
// Run: dotnet run samples/procurements-by-supplier.cs
// Outside this repository, replace the #:project line with:  #:package BelarusForces@1.2.0
#:project ../src/BelarusForces/BelarusForces.csproj

using BelarusForces;

var data = BelarusForcesDataset.Current;
Console.WriteLine($"{data.VersionId}: procurements by supplier country");
foreach (var group in data.Procurements.BySupplierCountry())
{
    Console.WriteLine();
    Console.WriteLine($"{group.Supplier?.Name ?? "Supplier not stated"} ({group.Procurements.Count})");
    foreach (var p in group.Procurements)
    {
        var deliveries = p.Batches.IsEmpty ? "" : " — delivered " + string.Join(", ", p.Batches.Select(b => $"{b.Quantity?.Describe() ?? "?"} in {b.Delivered?.ToString() ?? "?"}"));
        Console.WriteLine($"  {p.Equipment.Name}: {p.Quantity?.Describe() ?? "quantity not stated"}, {p.Status}{deliveries} [{p.Claim}] ({p.CitationKey})");
    }
}

Console.WriteLine();
Console.WriteLine("Exports from Belarus by recipient:");
foreach (var group in data.Procurements.ExportsByRecipient())
{
    Console.WriteLine($"  {group.Recipient?.Name ?? "undisclosed"}: {string.Join(", ", group.Procurements.Select(p => $"{p.Equipment.Name} ({p.Status}, {p.Claim})"))}");
}
