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
        sb.Append("a Frictionless Data Package (the CSV files and `datapackage.json`, whose schemas say what this page says), or one SQLite database. ");
        sb.Append("Each row is one fact and each cell one value. A quantity `q` is four columns: `q` in the data's notation (`>50`), `q_low`, `q_high` and ");
        sb.Append("`q_qualifier`; an EDTF date `d` is four: `d` as written (`2018-02~`), `d_earliest`, `d_latest` and `d_precision`. ");
        sb.Append("A missing value is null (an empty CSV field, SQL NULL). Generated from the table model (`TidyTables`) by `dotnet run --project eng/DataTool -- generate`; do not edit by hand.\n\n");
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
        sb.Append("- `search`: an FTS5 index (`record_key`, `field`, `text`) over names, titles, labels, summaries, notes, hedges, aliases and evidence quotes; ");
        sb.Append("for example `SELECT record_key FROM search WHERE search MATCH 'Ravkov'`.\n");
        sb.Append("- Views for the three headline questions: `procurements_by_supplier` (what Belarus acquired, by supplier country), ");
        sb.Append("`sof_equipment` (the Special Operations Forces' equipment, with its subunits) and `pilot_flight_hours` (the pilots' annual flight hours beside the Soviet and Russian figures).\n");
        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
