using System.CommandLine;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Cli;

/// <summary>The tool's commands; each writes to standard output and returns an exit code.</summary>
internal static class Commands
{
    public static Command Summary()
    {
        var command = new Command("summary", "Version, counts by collection and the three headline answers in brief.\nExample: belarus-forces summary");
        command.SetAction(_ =>
        {
            var data = BelarusForcesDataset.Current;
            var output = Console.Out;
            output.WriteLine($"{data.Manifest.Title}");
            output.WriteLine($"Version {data.Manifest.Version}, released {data.Manifest.Released}; data {data.Manifest.DataLicence}, code {data.Manifest.CodeLicence}.");
            output.WriteLine();
            output.WriteLine("Records by collection:");
            foreach (var (name, count) in Counts(data))
            {
                output.WriteLine($"  {name,-14} {count,5}");
            }

            output.WriteLine();
            output.WriteLine("What Belarus acquired, by supplier country:");
            foreach (var group in data.Procurements.BySupplierCountry())
            {
                var items = group.Procurements.Select(p => p.Equipment.Name).Distinct().Take(6);
                output.WriteLine($"  {group.Supplier?.Name ?? "(unstated)",-12} {group.Procurements.Count,3}  {string.Join(", ", items)}{(group.Procurements.Count > 6 ? ", ..." : "")}");
            }

            output.WriteLine();
            output.WriteLine("Special Operations Forces equipment:");
            foreach (var item in data.SpecialOperationsForcesEquipment())
            {
                output.WriteLine($"  {item.Equipment.Name,-34} origin {item.Origin?.Name ?? "unknown",-9} since {item.Since?.ToString() ?? "undated"}");
            }

            output.WriteLine();
            output.WriteLine("Pilot flight hours:");
            output.WriteLine("  " + data.Indicators.PilotFlightHours().Summary());
            output.WriteLine();
            var batch = data.Procurements[new Id<Procurement>("cs-vn3-from-china")];
            output.WriteLine($"For example, {batch.CitationKey}: {batch.Equipment.Name} from {batch.Supplier?.Name}, batches {string.Join("; ", batch.Batches)}.");
            output.WriteLine($"  Evidence: {batch.Evidence[0]}");
            return 0;
        });
        return command;
    }

    private static IEnumerable<(string Name, int Count)> Counts(BelarusForcesDataset data) =>
    [
        ("sources", data.Sources.Count), ("units", data.Units.Count), ("equipment", data.Equipment.Count),
        ("inventory", data.Inventory.Count), ("procurements", data.Procurements.Count), ("exercises", data.Exercises.Count),
        ("indicators", data.Indicators.Count), ("people", data.People.Count), ("organisations", data.Organisations.Count),
        ("agreements", data.Agreements.Count), ("sites", data.Sites.Count), ("events", data.Events.Count),
    ];
}
