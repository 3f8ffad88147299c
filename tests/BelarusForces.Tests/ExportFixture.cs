using BelarusForces.Export;
using BelarusForces.Model;

namespace BelarusForces.Tests;

/// <summary>
/// The exports of the embedded data, written once for the export tests: a data package (in process) and a SQLite file
/// (by the tool, as a user runs it), in a temporary folder removed at the end.
/// </summary>
public sealed class ExportFixture : IDisposable
{
    public ExportFixture()
    {
        Root = Directory.CreateTempSubdirectory("belarus-forces-exports-").FullName;
        DatasetExport.WriteDataPackage(BelarusForcesDataset.Current, Package);
        var (code, output, error) = RunTool("export", "--format", "sqlite", "--out", Path.Combine(Root, "sqlite"));
        code.Should().Be(0, output + error);
    }

    public string Root { get; }

    public string Package => Path.Combine(Root, "package");

    public string Sqlite => Path.Combine(Root, "sqlite", "belarus-forces.sqlite");

    public static (int ExitCode, string Out, string Err) RunTool(params string[] args) =>
        ProcessRunner.Run("dotnet", AppContext.BaseDirectory, args.Prepend(Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll")), timeoutSeconds: 120);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>The rows a query returns, each as its values (null for SQL NULL), from any ADO.NET database.</summary>
    public static List<object?[]> Rows(System.Data.Common.DbConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        }

        return rows;
    }
}

/// <summary>The answers to the three headline questions, from the library: what every export must answer again.</summary>
internal static class Headline
{
    private static BelarusForcesDataset Data => BelarusForcesDataset.Current;

    /// <summary>Supplier code ("" when unstated) and the number of procurements, largest first.</summary>
    public static IEnumerable<(string Supplier, long Count)> BySupplier() =>
        Data.Procurements.BySupplierCountry().Select(g => (g.Supplier?.Code ?? "", (long)g.Procurements.Count));

    public static IEnumerable<string> SofEquipment() => Data.SpecialOperationsForcesEquipment().Select(e => e.Equipment.Id.Value);

    /// <summary>The Belarusian pilots' flight hours: period, low and high bounds.</summary>
    public static IEnumerable<(string Period, decimal? Low, decimal? High)> PilotFlightHours() =>
        Data.Indicators.PilotFlightHours().Observations.Select(o => (o.Period.ToString(), o.Value.Low, o.Value.High));

    public static int NullSupplierOrganisations => Data.Procurements.Count(p => p.SupplierOrganisationId is null);

    public static Procurement Procurement(string id) => Data.Procurements.Find(id)!;
}
