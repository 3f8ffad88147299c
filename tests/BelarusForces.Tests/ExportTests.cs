using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BelarusForces.Export;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace BelarusForces.Tests;

/// <summary>The tidy tables and every export made from them: CSV, JSON Lines, the data package and SQLite.</summary>
public partial class ExportTests(ExportFixture exports) : IClassFixture<ExportFixture>
{
    private static readonly IReadOnlyList<TidyTable> Tables = TidyTables.Build(BelarusForcesDataset.Current);

    private static TidyTable Table(string name) => Tables.Single(t => t.Name == name);

    private static object? Cell(TidyTable table, Func<IReadOnlyList<object?>, bool> where, string column) =>
        table.Rows.Single(where)[table.IndexOf(column)];

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();

    [Fact]
    public void Every_cell_holds_one_value_of_its_columns_type()
    {
        foreach (var table in Tables)
        {
            SnakeCase().IsMatch(table.Name).Should().BeTrue(table.Name);
            table.Columns.Should().OnlyContain(c => SnakeCase().IsMatch(c.Name) && c.Description.Length > 0, table.Name);
            table.Columns.Select(c => c.Name).Should().NotContain("equipment", "a reference column is named for what it holds: equipment_id");
            foreach (var row in table.Rows)
            {
                for (int i = 0; i < row.Count; i++)
                {
                    var column = table.Columns[i];
                    var cell = row[i];
                    if (cell is null)
                    {
                        column.Required.Should().BeFalse($"{table.Name}.{column.Name} is required");
                        continue;
                    }

                    cell.GetType().Should().Be(column.Type switch
                    {
                        ColumnType.Integer => typeof(long),
                        ColumnType.Number => typeof(decimal),
                        ColumnType.Boolean => typeof(bool),
                        ColumnType.Date => typeof(LocalDate),
                        _ => typeof(string),
                    }, $"{table.Name}.{column.Name}");
                    if (!column.Values.IsEmpty)
                    {
                        column.Values.Should().Contain((string)cell, $"{table.Name}.{column.Name}");
                    }

                    if (cell is string code && (column.ReferencedTable is not null || !column.Values.IsEmpty || column.Name == "id"))
                    {
                        code.Should().MatchRegex("^[A-Za-z0-9/_-]+$", $"{table.Name}.{column.Name} holds one id or code, not a list or JSON");
                    }
                }
            }
        }
    }

    [Fact]
    public void Quantities_and_edtf_dates_are_split_into_notation_bounds_qualifier_and_precision()
    {
        var procurements = Table("procurements");
        bool Su30(IReadOnlyList<object?> r) => (string?)r[0] == "su-30sm-delivery-delayed";
        Cell(procurements, Su30, "quantity").Should().Be("12");
        Cell(procurements, Su30, "quantity_low").Should().Be(12m);
        Cell(procurements, Su30, "quantity_high").Should().Be(12m);
        Cell(procurements, Su30, "quantity_qualifier").Should().Be("exact");
        Cell(procurements, Su30, "expected_delivery").Should().Be("2019?");
        Cell(procurements, Su30, "expected_delivery_earliest").Should().Be(new LocalDate(2019, 1, 1));
        Cell(procurements, Su30, "expected_delivery_latest").Should().Be(new LocalDate(2019, 12, 31));
        Cell(procurements, Su30, "expected_delivery_precision").Should().Be("year");
        Cell(procurements, Su30, "supplier_organisation_id").Should().BeNull("a missing value is a null, not an empty text");

        var observations = Table("indicator_observations");
        bool Belarus2011(IReadOnlyList<object?> r) => (string?)r[0] == "belarus-pilot-annual-flight-hours" && (string?)r[observations.IndexOf("period")] == "2011/2013";
        Cell(observations, Belarus2011, "value").Should().Be("60..80");
        Cell(observations, Belarus2011, "value_low").Should().Be(60m);
        Cell(observations, Belarus2011, "value_high").Should().Be(80m);
        Cell(observations, Belarus2011, "value_qualifier").Should().Be("range");
    }

    [Fact]
    public void Every_nested_list_is_a_table_with_a_row_per_item()
    {
        var data = BelarusForcesDataset.Current;
        Table("procurement_batches").Rows.Should().HaveCount(data.Procurements.Sum(p => p.Batches.Count));
        Table("unit_strength").Rows.Should().HaveCount(data.Units.Sum(u => u.Strength.Count));
        Table("indicator_observations").Rows.Should().HaveCount(data.Indicators.Sum(i => i.Observations.Count));
        Table("person_posts").Rows.Should().HaveCount(data.People.Sum(p => p.Posts.Count));
        Table("exercise_participants").Rows.Should().HaveCount(data.Exercises.Sum(e => e.Participants.Count));
        Table("exercise_observers").Rows.Should().HaveCount(data.Exercises.Sum(e => e.ObserversInvited.Count));
        Table("exercise_statistics").Rows.Should().HaveCount(data.Exercises.Sum(e => e.Statistics.Count));
        Table("event_equipment").Rows.Should().HaveCount(data.Events.Sum(e => e.Equipment.Count));
        Table("aliases").Rows.Should().HaveCount(data.AllRecords().OfType<Model.INamedRecord>().Sum(r => r.Aliases.Count));
        Table("evidence").Rows.Should().HaveCount(data.AllRecords().Sum(r => r.Evidence.Count)
            + data.Procurements.Sum(p => p.Batches.Sum(b => b.Evidence.Count)) + data.Units.Sum(u => u.Strength.Sum(s => s.Evidence.Count))
            + data.Indicators.Sum(i => i.Observations.Sum(o => o.Evidence.Count)) + data.People.Sum(p => p.Posts.Sum(o => o.Evidence.Count))
            + data.Exercises.Sum(e => e.Statistics.Sum(s => s.Evidence.Count)));

        var batches = Table("procurement_batches").Rows.Where(r => (string?)r[0] == "cs-vn3-from-china").ToList();
        batches.Select(r => r[1]).Should().Equal(1L, 2L);
        batches[1][Table("procurement_batches").IndexOf("delivered")].Should().Be(Headline.Procurement("cs-vn3-from-china").Batches[1].Delivered.ToString());
        var evidence = Table("evidence");
        evidence.Rows.Should().Contain(r => (string?)r[1] == "procurements/cs-vn3-from-china" && (string?)r[2] == "procurement_batches" && (long?)r[3] == 2
            && ((string)r[evidence.IndexOf("quote")]!).Contains("second batch of CS/VN3", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_quote_names_the_seed_line_where_it_starts()
    {
        var evidence = Table("evidence");
        var sources = BelarusForcesDataset.Current.Sources;
        foreach (var row in evidence.Rows)
        {
            var source = sources[(string)row[evidence.IndexOf("source_id")]!];
            var quote = (string)row[evidence.IndexOf("quote")]!;
            var line = (long)row[evidence.IndexOf("line")]!;
            var text = File.ReadLines(Path.Combine(Repository.Root, "seeds", source.SeedFile)).ElementAt((int)line - 1);
            line.Should().BeInRange(source.FirstLine, source.LastLine);
            text.Should().Contain(quote[..Math.Min(quote.Length, 24)], $"line {line} of {source.SeedFile} is where the quote starts");
        }
    }

    [Fact]
    public void The_data_package_meets_the_frictionless_rules_for_keys_and_types()
    {
        DataPackageChecker.Check(exports.Package).Should().BeEmpty();

        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(exports.Package, "datapackage.json")))!;
        ((string?)package["version"]).Should().Be(BelarusForcesDataset.Current.Manifest.Version);
        ((string?)package["contentHash"]).Should().Be("sha256:" + BelarusForcesDataset.Current.ContentHash);
        package["sources"]!.AsArray().Select(s => (string?)s!["title"]).Should().BeEquivalentTo(BelarusForcesDataset.Current.Sources.Values.Select(s => s.Headline));
        var resources = package["resources"]!.AsArray();
        resources.Select(r => (string?)r!["name"]).Should().Equal(Tables.Select(t => t.Name));
        var events = resources.Single(r => (string?)r!["name"] == "event_units")!["schema"]!["foreignKeys"]!.AsArray();
        events.Select(k => (string?)k!["reference"]!["resource"]).Should().BeEquivalentTo(["events", "units"]);
        var evidence = resources.Single(r => (string?)r!["name"] == "evidence")!["schema"]!["foreignKeys"]!.AsArray();
        evidence.Select(k => (string?)k!["reference"]!["resource"]).Should().Contain("sources");
        foreach (var resource in resources)
        {
            var file = Path.Combine(exports.Package, (string)resource!["path"]!);
            ((string?)resource["hash"]).Should().Be("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))));
        }
    }

    [Fact]
    public void The_checker_finds_a_key_that_does_not_resolve_and_a_value_of_the_wrong_type()
    {
        var copy = Path.Combine(exports.Root, "broken");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(exports.Package))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var path = Path.Combine(copy, "procurements.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace(",cs-vn3,CN,", ",no-such-equipment,CN,", StringComparison.Ordinal).Replace(",12,12,12,exact,", ",12,twelve,12,exact,", StringComparison.Ordinal));

        var problems = DataPackageChecker.Check(copy);

        problems.Should().Contain(p => p.Contains("no-such-equipment is not found in equipment", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("procurements.quantity_low: 'twelve' is not a valid number", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_lines_hold_one_row_per_line_with_typed_values()
    {
        var dir = Path.Combine(exports.Root, "jsonl");
        DatasetExport.WriteJsonLines(BelarusForcesDataset.Current, dir);

        var lines = File.ReadAllLines(Path.Combine(dir, "procurements.jsonl"));
        lines.Should().HaveCount(BelarusForcesDataset.Current.Procurements.Count);
        var su30 = lines.Select(l => JsonNode.Parse(l)!).Single(r => (string?)r["id"] == "su-30sm-delivery-delayed");
        su30["quantity_low"]!.GetValue<decimal>().Should().Be(12m);
        su30["expected_delivery_earliest"]!.GetValue<string>().Should().Be("2019-01-01");
        su30["supplier_organisation_id"].Should().BeNull();
        su30.AsObject().Select(p => p.Key).Should().Equal(Table("procurements").Columns.Select(c => c.Name));
    }

    [Fact]
    public void The_sqlite_file_has_typed_columns_nulls_and_keys_that_pass_the_foreign_key_check()
    {
        using var db = Open(exports.Sqlite);

        Rows(db, "PRAGMA foreign_key_check").Should().BeEmpty();
        Rows(db, "PRAGMA foreign_key_list(procurements)").Select(r => (string)r[2]!).Should().BeEquivalentTo(["equipment", "countries", "organisations", "countries", "units"]);
        Rows(db, "SELECT COUNT(*) FROM procurements WHERE supplier_organisation_id IS NULL").Single()[0].Should().Be((long)Headline.NullSupplierOrganisations);
        Rows(db, "SELECT typeof(quantity_low), typeof(expected_delivery_earliest) FROM procurements WHERE id = 'su-30sm-delivery-delayed'").Single().Should().Equal("real", "text");
        Rows(db, "SELECT value FROM metadata WHERE key IN ('version', 'content_hash') ORDER BY key").Select(r => r[0])
            .Should().Equal("sha256:" + BelarusForcesDataset.Current.ContentHash, BelarusForcesDataset.Current.Manifest.Version);
        foreach (var table in Tables)
        {
            Rows(db, $"SELECT COUNT(*) FROM {table.Name}").Single()[0].Should().Be((long)table.Rows.Count, table.Name);
        }
    }

    [Fact]
    public void The_sqlite_views_answer_the_three_headline_questions_as_the_library_does()
    {
        using var db = Open(exports.Sqlite);

        Rows(db, "SELECT COALESCE(supplier, ''), procurements FROM procurements_by_supplier").Select(r => ((string)r[0]!, (long)r[1]!))
            .Should().Equal(Headline.BySupplier());
        Rows(db, "SELECT equipment_id FROM sof_equipment").Select(r => (string)r[0]!).Should().BeEquivalentTo(Headline.SofEquipment()).And.Contain("nona-m1");
        Rows(db, "SELECT period, value_low, value_high FROM pilot_flight_hours WHERE is_belarus").Select(r => ((string)r[0]!, (decimal?)(double?)r[1], (decimal?)(double?)r[2]))
            .Should().Equal(Headline.PilotFlightHours()).And.Contain(("2011/2013", 60m, 80m));
    }

    [Fact]
    public void The_sqlite_search_index_finds_names_aliases_and_quotes()
    {
        using var db = Open(exports.Sqlite);

        Rows(db, "SELECT record_key FROM search WHERE search MATCH 'Ravkov'").Select(r => r[0]).Should().Contain("people/andrei-raukou");
        Rows(db, "SELECT record_key, field FROM search WHERE search MATCH '\"second batch\"'").Should().Contain(r => (string?)r[0] == "procurements/cs-vn3-from-china" && (string?)r[1] == "evidence.quote");
    }

    [Fact]
    public void A_hyphenated_name_in_double_quotes_finds_its_record_in_the_sqlite_search()
    {
        using var db = Open(exports.Sqlite);

        // FTS5 reads the hyphen as an operator; in double quotes, Tor-M2 is the phrase "tor m2".
        Rows(db, "SELECT record_key FROM search WHERE search MATCH '\"Tor-M2\"'").Select(r => r[0]).Should().Contain("equipment/tor-m2");
        Rows(db, "SELECT id FROM equipment WHERE rowid IN (SELECT rowid FROM equipment_fts WHERE equipment_fts MATCH '\"Tor-M2\"')").Select(r => r[0]).Should().Contain("tor-m2");
    }

    [Fact]
    public void The_sqlite_search_table_holds_the_texts_the_library_searches()
    {
        using var db = Open(exports.Sqlite);
        var data = BelarusForcesDataset.Current;

        var indexed = Rows(db, "SELECT DISTINCT record_key, text FROM search").Select(r => ((string)r[0]!, (string)r[1]!)).ToHashSet();
        var searched = data.AllRecords().SelectMany(r => Search.SearchFields.Of(r).Select(f => (r.CitationKey, f.Text)))
            .Concat(data.Sources.Values.Select(s => ("sources/" + s.Id.Value, s.Headline))).ToHashSet();

        indexed.Should().BeEquivalentTo(searched);
    }

    [Fact]
    public void A_listings_columns_that_an_export_also_has_share_its_names_and_values()
    {
        var (code, output, _) = ExportFixture.RunTool("procurements", "--format", "json");

        code.Should().Be(0);
        var table = Table("procurements");
        var rows = JsonNode.Parse(output)!.AsArray();
        var shared = rows[0]!.AsObject().Select(p => p.Key).Where(k => table.IndexOf(k) >= 0).ToList();
        shared.Should().Contain(["id", "kind", "equipment_id", "supplier", "recipient", "quantity", "ordered", "status", "claim"]);
        foreach (var row in rows)
        {
            var exported = table.Rows.Single(r => (string?)r[0] == (string?)row!["id"]);
            shared.Should().OnlyContain(column => (string?)row![column] == TidyTable.Format(exported[table.IndexOf(column)]), (string?)row!["id"]);
        }
    }

    private static SqliteConnection Open(string path)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        return db;
    }

    private static List<object?[]> Rows(SqliteConnection db, string sql) => ExportFixture.Rows(db, sql);
}
