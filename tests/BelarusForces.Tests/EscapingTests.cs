using System.Text.Json.Nodes;
using BelarusForces.Cli.Site;
using BelarusForces.Export;
using BelarusForces.Versioning;

namespace BelarusForces.Tests;

/// <summary>
/// One escaping rule per output: the terminal gets no control, bidirectional or line-breaking characters from the data;
/// Markdown, BibTeX and RIS get the data's text as text; CSV for spreadsheets starts no formula while the plain export
/// stays exact.
/// </summary>
public sealed class EscapingTests
{
    private const string Hostile = "Hostile\u001b]0;owned\u0007\u001b[2J\nsecond line \u202Etxt.exe";

    private static (int ExitCode, string Out, string Err) Run(params string[] args) => ExportFixture.RunTool(args);

    [Fact]
    public void Validate_prints_the_manifest_name_on_one_clean_line()
    {
        using var data = new DataFixture();
        data.Edit("dataset.json", m => m["name"] = Hostile);

        var (code, output, error) = Run("validate", data.Data);

        code.Should().Be(0, error);
        output.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().Contain(@"Hostile\x1B]0;owned\x07\x1B[2J second line \u202Etxt.exe");
        (output + error).Should().NotContainAny("\u001b", "\u0007", "\u202E");
    }

    [Fact]
    public void Error_messages_escape_the_right_to_left_override()
    {
        var (code, _, error) = Run("find", "zzz\u202Eqqq\u2066");

        code.Should().Be(1);
        error.Should().Contain(@"zzz\u202Eqqq\u2066").And.NotContainAny("\u202E", "\u2066");
    }

    [Fact]
    public void Validate_prints_every_problem_on_a_line_of_its_own()
    {
        using var data = new DataFixture();
        int units = 0;
        data.Edit("units.json", f =>
        {
            foreach (var unit in f["records"]!.AsArray())
            {
                unit!["country"] = "XX";
                units++;
            }
        });

        var (code, _, error) = Run("validate", data.Data);

        code.Should().Be(1);
        var lines = error.TrimEnd().Split('\n');
        lines[0].Should().Be($"The data failed validation with {lines.Length - 1} problem(s):");
        units.Should().BeGreaterThan(15, "enough problems to pass the old 2,000-character line");
        lines.Count(l => l.Contains("[country-code]", StringComparison.Ordinal)).Should().Be(units);
    }

    [Fact]
    public void Diff_markdown_writes_a_withdrawn_reason_and_the_manifest_name_as_text()
    {
        using var older = new DataFixture();
        using var newer = new DataFixture();
        const string reason = "merged\n\n### Added (1)\n\n- <img src=x onerror=alert(1)> [report](javascript:alert(1)) *now*";
        newer.Edit("dataset.json", m => m["name"] = "Belarus\n### Changed (9)\n");
        newer.Edit("events.json", f => f["records"]!.AsArray().Remove(DataFixture.Record(f, "russia-modernising-armed-forces")));
        newer.Edit("releases.json", f => f["withdrawn"]!.AsArray().Add(new JsonObject
        {
            ["key"] = "events/russia-modernising-armed-forces", ["version"] = "1.1.0", ["reason"] = reason,
        }));

        var markdown = DatasetDiff.Between(BelarusForcesDataset.LoadDirectory(older.Data), BelarusForcesDataset.LoadDirectory(newer.Data)).ToMarkdown();

        var lines = markdown.Split('\n');
        lines.Where(l => l.StartsWith('#')).Should().Equal("### Added (0)", "### Changed (0)", "### Withdrawn (1)");
        markdown.Should().NotMatchRegex(@"(?<!\\)[<\[]").And.NotContain(" [report]").And.Contain(@"\<img src=x onerror=alert(1)\>");
        lines.Should().ContainSingle(l => l.StartsWith("- `events/russia-modernising-armed-forces`", StringComparison.Ordinal))
            .Which.Should().EndWith(@"without replacement: merged  \#\#\# Added (1)  - \<img src=x onerror=alert(1)\> \[report\](javascript:alert(1)) \*now\*");
    }

    [Fact]
    public void Citations_keep_a_name_with_line_breaks_and_braces_inside_its_field()
    {
        using var data = new DataFixture();
        data.Edit("units.json", f => DataFixture.Record(f, "special-operations-forces")["name"] = "Forces},\n  url = {https://evil.example\nER  - \nTY  - JOUR\nTI  - Injected");
        var dataset = BelarusForcesDataset.LoadDirectory(data.Data);

        var bibtex = dataset.Cite("units/special-operations-forces", CitationFormat.BibTex).Split('\n');
        var ris = dataset.Cite("units/special-operations-forces", CitationFormat.Ris).Split('\n');

        bibtex.Count(l => l.TrimStart().StartsWith("url = ", StringComparison.Ordinal)).Should().Be(1);
        bibtex.Should().ContainSingle(l => l.StartsWith("  title = ", StringComparison.Ordinal)).Which.Should().Contain(@"Forces\},   url = \{https://evil.example ER  -  TY  - JOUR TI  - Injected");
        ris.Count(l => l.StartsWith("TY  - ", StringComparison.Ordinal)).Should().Be(1);
        ris.Count(l => l.StartsWith("ER  - ", StringComparison.Ordinal)).Should().Be(1);
        ris.Count(l => l.StartsWith("TI  - ", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void Spreadsheet_csv_starts_no_formula_while_the_plain_export_stays_exact()
    {
        using var data = new DataFixture();
        const string formula = "=HYPERLINK(\"https://evil.example\",\"Forces\")";
        data.Edit("units.json", f => DataFixture.Record(f, "special-operations-forces")["name"] = formula);
        var dataset = BelarusForcesDataset.LoadDirectory(data.Data);
        var root = Path.Combine(data.Root, "out");

        DatasetExport.WriteCsv(dataset, Path.Combine(root, "plain"));
        DatasetExport.WriteExcelCsv(dataset, Path.Combine(root, "excel"));
        SiteWriter.Write(dataset, null, Path.Combine(root, "site"), force: false);

        File.ReadAllText(Path.Combine(root, "plain", "units.csv")).Should().Contain(",\"=HYPERLINK(\"\"https://evil.example\"\",\"\"Forces\"\")\",");
        foreach (var file in new[] { Path.Combine(root, "excel", "units.csv"), Path.Combine(root, "site", "downloads", "datapackage", "units.csv") })
        {
            var text = File.ReadAllText(file);
            text.Should().Contain(",\"'=HYPERLINK(").And.NotContain(",\"=HYPERLINK(", file);
        }
    }

    [Fact]
    public void A_nul_in_the_manifest_reaches_the_sqlite_metadata_whole()
    {
        using var data = new DataFixture();
        const string description = "Before the NUL\u0000after the NUL; it's kept.";
        data.Edit("dataset.json", m => m["description"] = description);
        var dataset = BelarusForcesDataset.LoadDirectory(data.Data);
        var file = Path.Combine(data.Root, "belarus-forces.sqlite");

        BelarusForces.Sqlite.SqliteExport.Write(dataset, file, null);

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT value FROM metadata WHERE key = 'description'";
        ((string)query.ExecuteScalar()!).Should().Be(description);
        query.CommandText = "SELECT count(*) FROM metadata";
        ((long)query.ExecuteScalar()!).Should().Be(10);
    }

    [Fact]
    public void A_nul_in_a_seed_file_name_is_a_problem_of_its_own_not_a_loader_defect()
    {
        using var data = new DataFixture();
        data.Edit("dataset.json", m => m["seeds"]!.AsArray().Add(new JsonObject { ["file"] = "seed\u0000.txt", ["sha256"] = new string('0', 64) }));
        data.Edit("units.json", f => DataFixture.Record(f, "special-operations-forces")["country"] = "XX");

        var problems = data.Problems();

        problems.Should().NotContain(p => p.Rule == "unexpected-input");
        problems.Should().Contain(p => p.Rule == "seed-present" && p.Message.Contains("not a file name", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Rule == "country-code", "the other problems are still found");
    }

    [Fact]
    public void The_content_hash_of_a_new_version_covers_the_manifest_while_released_hashes_reproduce()
    {
        using var data = new DataFixture();
        data.Edit("dataset.json", m => m["version"] = "9.9.9");
        var before = BelarusForcesDataset.LoadDirectory(data.Data).ContentHash;

        data.Edit("dataset.json", m => m["title"] = "Another title under the same data");

        BelarusForcesDataset.LoadDirectory(data.Data).ContentHash.Should().NotBe(before, "a citation promises the title, licences and pinned seeds too");
        foreach (var release in BelarusForcesDataset.Current.Releases)
        {
            BelarusForcesDataset.LoadRelease(release.Version).ContentHash.Should().Be(release.Sha256, "{0} was hashed with algorithm {1}", release.Version, release.HashAlgorithm);
        }
    }

    [Theory]
    [InlineData("P\u0585lanez")] // Armenian oh
    [InlineData("\uFF30alanez")] // fullwidth P
    [InlineData("P\u0251lanez")] // the IPA's Latin alpha
    [InlineData("Pal\u0430nez")] // Cyrillic a
    public void A_word_of_a_name_has_the_letters_of_one_script(string alias)
    {
        using var data = new DataFixture();
        data.Edit("equipment.json", file => DataFixture.Record(file, "polonez")["aliases"]!.AsArray().Add(alias));

        data.Problems().Should().ContainSingle(p => p.Rule == "name-script" && p.Message.Contains(alias, StringComparison.Ordinal));
    }
}
