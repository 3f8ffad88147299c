using System.Text.Json.Nodes;
using DuckDB.NET.Data;

namespace BelarusForces.Tests;

/// <summary>
/// The exports read back by the tools analysts use: DuckDB reads the CSVs through the data package's schemas and
/// joins through its declared keys; Python's sqlite3 and pandas read the SQLite file. Both answer the three headline
/// questions as the library does.
/// </summary>
[Trait("Category", "Slow")]
public class ExportConsumerTests(ExportFixture exports) : IClassFixture<ExportFixture>
{
    [Fact]
    public void DuckDB_reads_the_data_package_and_answers_the_headline_questions_through_its_keys()
    {
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(exports.Package, "datapackage.json")))!;
        var resources = package["resources"]!.AsArray().ToDictionary(r => (string)r!["name"]!, r => r!);
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        foreach (var (name, resource) in resources)
        {
            var columns = resource["schema"]!["fields"]!.AsArray().Select(f => $"'{f!["name"]}': '{DuckType((string)f["type"]!)}'");
            Execute(db, $"CREATE TABLE {name} AS SELECT * FROM read_csv('{Path.Combine(exports.Package, (string)resource["path"]!)}', header = true, auto_detect = false, columns = {{{string.Join(", ", columns)}}})");
        }

        // Every join goes through a foreign key the package declares.
        string On(string from, string alias, string to, string toAlias)
        {
            var key = resources[from]["schema"]!["foreignKeys"]!.AsArray()
                .Single(k => ((string?)k!["reference"]!["resource"] ?? from) == to);
            return $"{alias}.{key!["fields"]![0]} = {toAlias}.{key["reference"]!["fields"]![0]}";
        }

        var bySupplier = Query(db, $"""
            SELECT COALESCE(p.supplier, '') AS supplier, COUNT(*) AS n, string_agg(DISTINCT e.name, '|') AS names
            FROM procurements p JOIN equipment e ON {On("procurements", "p", "equipment", "e")}
            WHERE p.recipient = 'BY' AND p.kind <> 'export' GROUP BY 1 ORDER BY n DESC, supplier
            """);
        bySupplier.Select(r => ((string)r[0]!, (long)r[1]!)).Should().Equal(Headline.BySupplier());
        ((string)bySupplier.Single(r => (string?)r[0] == "RU")[2]!).Split('|').Should().Contain("Mi-8MTV-5");

        var sof = Query(db, $"""
            WITH RECURSIVE tree (id) AS (SELECT 'special-operations-forces' UNION SELECT u.id FROM units u JOIN tree t ON {On("units", "u", "units", "t")})
            SELECT i.equipment_id FROM inventory i JOIN tree t ON {On("inventory", "i", "units", "t")}
            UNION SELECT p.equipment_id FROM procurements p JOIN tree t ON {On("procurements", "p", "units", "t")} WHERE p.status IN ('delivered', 'delivering', 'completed')
            """);
        sof.Select(r => (string)r[0]!).Should().BeEquivalentTo(Headline.SofEquipment()).And.Contain("nona-m1");

        var hours = Query(db, $"""
            SELECT o.period, o.value_low, o.value_high FROM indicator_observations o JOIN indicators i ON {On("indicator_observations", "o", "indicators", "i")}
            WHERE i.id = 'belarus-pilot-annual-flight-hours' ORDER BY o.item
            """);
        hours.Select(r => ((string)r[0]!, (decimal?)(double?)r[1], (decimal?)(double?)r[2])).Should().Equal(Headline.PilotFlightHours()).And.Contain(("2011/2013", 60m, 80m));
    }

    [Fact]
    public void Python_sqlite3_and_pandas_read_the_sqlite_file_and_answer_the_headline_questions()
    {
        var script = Path.Combine(exports.Root, "answers.py");
        File.WriteAllText(script, """
            import json, sqlite3, sys
            import pandas as pd

            db = sqlite3.connect(sys.argv[1])
            p = pd.read_sql_query("SELECT * FROM procurements", db)
            acquired = p[(p.recipient == "BY") & (p.kind != "export")].fillna({"supplier": ""})
            counts = acquired.groupby("supplier").size().reset_index(name="n").sort_values(["n", "supplier"], ascending=[False, True])
            sof = pd.read_sql_query("SELECT equipment_id FROM sof_equipment", db)
            o = pd.read_sql_query("SELECT * FROM indicator_observations", db).merge(
                pd.read_sql_query("SELECT id AS indicator_id, measure FROM indicators", db), on="indicator_id")
            belarus = o[o.indicator_id == "belarus-pilot-annual-flight-hours"].sort_values("item")
            print(json.dumps({
                "by_supplier": [[s, int(n)] for s, n in zip(counts.supplier, counts.n)],
                "sof": sorted(sof.equipment_id),
                "hours": [[r.period, None if pd.isna(r.value_low) else r.value_low, None if pd.isna(r.value_high) else r.value_high] for r in belarus.itertuples()],
            }))
            """);

        var output = ProcessRunner.Succeed(Python, exports.Root, [script, exports.Sqlite]);

        var answers = JsonNode.Parse(output)!;
        answers["by_supplier"]!.AsArray().Select(r => ((string)r![0]!, (long)r[1]!)).Should().Equal(Headline.BySupplier());
        answers["sof"]!.AsArray().Select(r => (string)r!).Should().BeEquivalentTo(Headline.SofEquipment());
        answers["hours"]!.AsArray().Select(r => ((string)r![0]!, (decimal?)r[1], (decimal?)r[2])).Should().Equal(Headline.PilotFlightHours());
    }

    [Fact]
    public void The_r_sample_reads_the_sqlite_file_and_the_csvs_and_prints_the_headline_answers()
    {
        var output = ProcessRunner.Succeed("Rscript", Repository.Root, [Path.Combine(Repository.Root, "samples", "read-in-r.R"), exports.Sqlite, exports.Package]);

        var data = BelarusForcesDataset.Current;
        output.Should().Contain($"BelarusForces {data.Manifest.Version}");
        foreach (var group in data.Procurements.BySupplierCountry())
        {
            output.Should().Contain($"  {group.Supplier?.Name ?? "unstated"}: {group.Procurements.Count}\n");
        }

        output.Should().Contain("NONA M-1 (Russia) since").And.Contain("2011/2013: 60..80 hours (low 60, high 80)");
        output.Should().Contain("country NA: Namibia", "the CSVs are read with na.strings = \"\"");
        var inherited = data.Equipment.Count(e => e.SovietInherited == true);
        output.Should().Contain($"equipment$soviet_inherited is logical: {inherited} true");
    }

    [Fact]
    public void DuckDB_reads_every_parquet_table_with_its_declared_types()
    {
        var folder = Path.Combine(exports.Root, "parquet");
        var (code, output, error) = ExportFixture.RunTool("export", "--format", "parquet", "--out", folder);
        code.Should().Be(0, output + error);
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();

        foreach (var table in BelarusForces.Export.TidyTables.Build(BelarusForcesDataset.Current))
        {
            var file = Path.Combine(folder, table.Name + ".parquet");
            var described = Query(db, $"DESCRIBE SELECT * FROM read_parquet('{file}')").Select(r => ((string)r[0]!, (string)r[1]!));
            described.Should().Equal(table.Columns.Select(c => (c.Name, DuckType(c.Type.ToString().ToLowerInvariant()))), table.Name);
            Query(db, $"SELECT COUNT(*) FROM read_parquet('{file}')").Single()[0].Should().Be((long)table.Rows.Count, table.Name);
        }

        var su30 = Query(db, $"SELECT quantity_low, CAST(expected_delivery_earliest AS VARCHAR), supplier_organisation_id FROM read_parquet('{Path.Combine(folder, "procurements.parquet")}') WHERE id = 'su-30sm-delivery-delayed'").Single();
        su30[0].Should().Be(12d);
        su30[1].Should().Be("2019-01-01");
        su30[2].Should().BeNull();
    }

    /// <summary>Debian's Python, where python3-pandas installs; another python3 on the path may lack it.</summary>
    internal static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    private static string DuckType(string frictionless) => frictionless switch
    {
        "integer" => "BIGINT",
        "number" => "DOUBLE",
        "boolean" => "BOOLEAN",
        "date" => "DATE",
        _ => "VARCHAR",
    };

    private static void Execute(DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<object?[]> Query(DuckDBConnection db, string sql) => ExportFixture.Rows(db, sql);
}
