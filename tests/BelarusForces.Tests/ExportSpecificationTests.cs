using System.Text.Json.Nodes;
using BelarusForces.Export;
using BelarusForces.Sqlite;
using Json.Schema;
using Microsoft.Data.Sqlite;

namespace BelarusForces.Tests;

/// <summary>
/// The exports checked against their published specifications: the data package against the validation rules of the
/// Frictionless Data Package v2 profiles (Frictionless/ beside this file, with their licence); the SQLite file with
/// SQLite's own checks, its full-text tables and the metadata.json that Datasette reads.
/// </summary>
public class ExportSpecificationTests(ExportFixture exports) : IClassFixture<ExportFixture>
{
    private static readonly JsonSchema Profile = JsonSchema.FromFile(Path.Combine(Repository.Root, "tests", "BelarusForces.Tests", "Frictionless", "datapackage-v2.rules.schema.json"));

    private JsonNode Descriptor() => JsonNode.Parse(File.ReadAllText(Path.Combine(exports.Package, "datapackage.json")))!;

    private static List<string> Problems(JsonNode descriptor)
    {
        var result = Profile.Evaluate(descriptor, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        // The list output also holds the failed branches of oneOf and anyOf, so it is read only when the descriptor fails.
        return result.IsValid ? [] : [.. (result.Details ?? []).Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")), "invalid"];
    }

    [Fact]
    public void The_data_package_is_valid_against_the_v2_profile()
    {
        var descriptor = Descriptor();

        Problems(descriptor).Should().BeEmpty();
        ((string?)descriptor["id"]).Should().Be("sha256:" + BelarusForcesDataset.Current.ContentHash);
        descriptor["sources"]!.AsArray().Should().OnlyContain(s => ((string)s!["path"]!).EndsWith(".txt", StringComparison.Ordinal) && s["title"] != null);
        var resources = descriptor["resources"]!.AsArray();
        resources.Should().Contain(r => r!["schema"]!["foreignKeys"] == null, "a table that refers to no other has no foreignKeys");
        resources.Select(r => r!["schema"]!["foreignKeys"]).Where(k => k != null).Should().OnlyContain(k => k!.AsArray().Count > 0);
    }

    [Fact]
    public void The_profile_check_fails_without_a_required_property_or_with_an_empty_key_list()
    {
        var withoutResources = Descriptor();
        withoutResources.AsObject().Remove("resources");
        var withoutFields = Descriptor();
        withoutFields["resources"]![0]!["schema"]!.AsObject().Remove("fields");
        var emptyKeys = Descriptor();
        emptyKeys["resources"]![0]!["schema"]!["foreignKeys"] = new JsonArray();

        Problems(withoutResources).Should().NotBeEmpty();
        Problems(withoutFields).Should().NotBeEmpty();
        Problems(emptyKeys).Should().NotBeEmpty();
    }

    [Fact]
    public void The_sqlite_file_passes_sqlites_checks_and_names_its_application_and_version()
    {
        using var db = Open(exports.Sqlite);

        ExportFixture.Rows(db, "PRAGMA integrity_check").Select(r => r[0]).Should().Equal("ok");
        ExportFixture.Rows(db, "PRAGMA foreign_key_check").Should().BeEmpty();
        ExportFixture.Rows(db, "PRAGMA application_id").Single()[0].Should().Be((long)SqliteExport.ApplicationId);
        ExportFixture.Rows(db, "PRAGMA user_version").Single()[0].Should().Be((long)SqliteExport.UserVersion(BelarusForcesDataset.Current.Manifest.Version));
        SqliteExport.UserVersion("1.2.0").Should().Be(10200);
        FluentActions.Invoking(() => SqliteExport.UserVersion("1.2")).Should().Throw<FormatException>().WithMessage("*1.2*");
    }

    [Fact]
    public void Each_tables_full_text_search_reads_its_records_through_their_rowid()
    {
        using var db = Open(exports.Sqlite);

        // External content: the full-text table holds no copy of the text, and its rowids are the table's.
        ExportFixture.Rows(db, "SELECT sql FROM sqlite_master WHERE name = 'evidence_fts'").Single()[0].As<string>()
            .Should().Contain("content = 'evidence'").And.Contain("content_rowid = 'rowid'");
        ExportFixture.Rows(db, "SELECT e.record_key FROM evidence e JOIN evidence_fts f ON f.rowid = e.rowid WHERE evidence_fts MATCH '\"second batch\"'")
            .Select(r => r[0]).Should().Contain("procurements/cs-vn3-from-china");
        ExportFixture.Rows(db, "SELECT p.id FROM people p WHERE p.rowid IN (SELECT rowid FROM people_fts WHERE people_fts MATCH 'raukou')")
            .Select(r => r[0]).Should().Equal("andrei-raukou");
        ExportFixture.Rows(db, "SELECT a.record_key FROM aliases a WHERE a.rowid IN (SELECT rowid FROM aliases_fts WHERE aliases_fts MATCH 'Ravkov')")
            .Select(r => r[0]).Should().Contain("people/andrei-raukou");
        ExportFixture.Rows(db, "INSERT INTO evidence_fts (evidence_fts) VALUES ('integrity-check')").Should().BeEmpty("the index matches its table");
    }

    [Fact]
    public void Datasette_metadata_describes_every_table_and_column_from_the_codebook()
    {
        var metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(exports.Sqlite)!, SqliteExport.MetadataFileName)))!;
        var data = BelarusForcesDataset.Current;

        ((string?)metadata["title"]).Should().Be(data.Manifest.Title);
        ((string?)metadata["license"]).Should().Be(data.Manifest.DataLicence);
        ((string?)metadata["source_url"]).Should().StartWith("https://");
        var tables = metadata["databases"]!["belarus-forces"]!["tables"]!;
        foreach (var table in TidyTables.Build(data))
        {
            ((string?)tables[table.Name]!["description"]).Should().Be(table.Description);
            tables[table.Name]!["columns"]!.AsObject().Select(c => (c.Key, (string?)c.Value)).Should().Equal(table.Columns.Select(c => (c.Name, (string?)c.Description)));
        }

        ((string?)tables["evidence"]!["fts_table"]).Should().Be("evidence_fts");
    }

    private static SqliteConnection Open(string path)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        db.Open();
        return db;
    }
}
