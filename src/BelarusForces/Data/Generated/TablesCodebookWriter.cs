using System.Text;
using BelarusForces.Export;

namespace BelarusForces.Data.Generated;

/// <summary>Writes docs/TABLES.md, the codebook of the tidy tables every export writes, from the table model.</summary>
internal static class TablesCodebookWriter
{
    /// <summary>The codebook of the tables of <paramref name="dataset"/>, with their row counts.</summary>
    public static string Generate(BelarusForcesDataset dataset)
    {
        var tables = TidyTables.Build(dataset);
        var sb = new StringBuilder();
        sb.Append("# Codebook of the exported tables\n\n");
        sb.Append("`belarus-forces export` writes the dataset as the tidy tables below, whatever the format: a CSV or JSON Lines file per table, ");
        sb.Append("a Frictionless Data Package (the CSV files and `datapackage.json`, whose schemas say what this page says), one SQLite database, or a Parquet file per table. ");
        sb.Append("Each row is one fact and each cell one value. A quantity `q` is four columns: `q` in the data's notation (`>50`), `q_low`, `q_high` and ");
        sb.Append("`q_qualifier`; an EDTF date `d` is four: `d` as written (`2018-02~`), `d_earliest`, `d_latest` and `d_precision`. ");
        sb.Append("A missing value is null (an empty CSV field, SQL NULL). The plain CSV export holds every value exactly as the data has it; `--excel` (and the explorer's CSV downloads) prefix an apostrophe to a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, so that a spreadsheet shows it as text and evaluates no formula. Generated from the table model (`TidyTables`) by `dotnet run --project eng/DataTool -- generate`; do not edit by hand.\n\n");
        sb.Append("The CSV dialect, of the export and of every listing's `--format csv` alike: RFC 4180, UTF-8 without a byte-order mark (`--excel` adds one), ");
        sb.Append("a header row, commas, CRLF line ends; a field with a comma, a quote or a line break is quoted and its quotes doubled; null is an empty field ");
        sb.Append("and an empty text is `\"\"`. A missing value is an empty field and nothing else: the text `NA` is Namibia's code, and flags are `true`/`false`. ");
        sb.Append("Read the files with R's `read.csv(file, na.strings = \"\")`, naming the flag columns (type boolean below) in `colClasses = c(live_fire = \"logical\")`, ");
        sb.Append("and pandas' `pd.read_csv(file, keep_default_na=False, na_values=[\"\"])`; their defaults read `NA` as missing, and R's leaves `true`/`false` as text.\n\n");
        sb.Append("| table | rows | one row is | primary key |\n|---|---|---|---|\n");
        foreach (var table in tables)
        {
            sb.Append($"| [`{table.Name}`](#{table.Name}) | {table.Rows.Count} | {Cell(table.Description)} | {string.Join(", ", table.PrimaryKey.Select(k => $"`{k}`"))} |\n");
        }

        foreach (var table in tables)
        {
            sb.Append($"\n## {table.Name}\n\n{table.Description}");
            if (table.Collection is not null)
            {
                sb.Append($" Its rows belong to the records of `{table.Collection}` named by `{table.RecordIdColumn}`.");
            }

            sb.Append("\n\n| column | type | required | allowed values | refers to | meaning |\n|---|---|---|---|---|---|\n");
            foreach (var column in table.Columns)
            {
                var references = column.ReferencedTable is null ? "" : $"`{column.ReferencedTable}.{column.ReferencedColumn}`";
                sb.Append($"| `{column.Name}` | {column.Type.ToString().ToLowerInvariant()} | {(column.Required ? "yes" : "no")} | {string.Join(", ", column.Values.Select(v => $"`{v}`"))} | {references} | {Cell(column.Description)} |\n");
            }
        }

        sb.Append("\n## Only in the SQLite file\n\n");
        sb.Append("- `metadata` (`key`, `value`): the dataset's name, title, version, release date, content hash, licences and citations (APA and BibTeX).\n");
        sb.Append("- `columns` (`table_name`, `column_name`, `type`, `description`): this page, as a table.\n");
        sb.Append("- `search`: an FTS5 index (`record_key`, `field`, `text`) over the texts the library's search reads, one row per text: names, aliases, titles, posts, labels, summaries, roles, locations, notes, hedges, evidence quotes and the sources' headlines (`sources/ID`); ");
        sb.Append("for example `SELECT record_key FROM search WHERE search MATCH 'Ravkov'`."
            + " To rank records, take each record's best row: `SELECT record_key, MIN(rank) AS best FROM search WHERE search MATCH 'Polonez' GROUP BY record_key ORDER BY best`; FTS5's `bm25` counts how often the words stand in a text and how short it is, with no weight for names and no other spellings, where the library's search also ranks the record named exactly by the query first and finds a record by any of its names."
            + " FTS5 reads a hyphen as an operator: put a hyphenated name in double quotes, as a phrase, `SELECT record_key FROM search WHERE search MATCH '\"Tor-M2\"'` (without them, `Tor-M2` is an error: \"no such column: M2\"). The seed texts often drop the hyphen (`T72B`, `Su30s`, `PalanezM`): match both spellings with `OR`, `MATCH '\"T-72B\" OR T72B'`. The library's and the tool's search fold these for you (`belarus-forces search T-72B`).\n");
        sb.Append("- Views for the three headline questions: `procurements_by_supplier` (what Belarus acquired, by supplier country), ");
        sb.Append("`sof_equipment` (the Special Operations Forces' equipment, with its subunits) and `pilot_flight_hours` (the pilots' annual flight hours beside the Soviet and Russian figures).\n");
        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
