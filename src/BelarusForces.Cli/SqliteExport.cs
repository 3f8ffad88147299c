using System.Globalization;
using System.Text;
using BelarusForces.Export;
using BelarusForces.Versioning;
using Microsoft.Data.Sqlite;

namespace BelarusForces.Cli;

/// <summary>
/// Writes the tidy tables as one SQLite database: typed columns and real NULLs, primary and foreign keys (checked
/// before the file is handed out), allowed values as CHECK constraints, a <c>columns</c> table with every column's
/// description, a <c>metadata</c> table, an FTS5 index over names, aliases, titles, notes and quotes, and a view for
/// each of the three headline questions.
/// </summary>
internal static class SqliteExport
{
    public const string FileName = "belarus-forces.sqlite";

    // The columns of text a person searches, wherever a table has them.
    private static readonly string[] SearchedColumns = ["name", "title", "label", "summary", "note", "hedge"];

    public static string Write(BelarusForcesDataset data, string path, Action<string>? progress)
    {
        // The bundle's native library is registered here, not found by reflection, which trimming would remove.
        SQLitePCL.Batteries_V2.Init();
        var tables = TidyTables.Build(data);
        var text = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using (var connection = new SqliteConnection(text))
        {
            connection.Open();
            // Rows may refer to rows that come later (a unit's parent, an equipment's manufacturer), so the keys are
            // checked once, after the load: enforced row by row, each parent inserted while a reference to it waits
            // would scan the tables that refer to it, which grows with the square of the data.
            Execute(connection, "PRAGMA foreign_keys = OFF; PRAGMA journal_mode = MEMORY;");
            using (var transaction = connection.BeginTransaction())
            {
                Execute(connection, string.Join("\n", tables.Select(CreateTable)));
                foreach (var table in tables)
                {
                    progress?.Invoke(table.Name);
                    Insert(connection, table);
                }

                // An index per reference, for the joins people write and for the key check below.
                Execute(connection, string.Concat(tables.SelectMany(t => t.Columns.Where(c => c.ReferencedTable is not null)
                    .Select(c => $"CREATE INDEX {t.Name}_{c.Name} ON {t.Name} ({c.Name});\n"))));

                Execute(connection, Catalogue(data, tables));
                Execute(connection, SearchIndex(tables));
                Execute(connection, Views);
                transaction.Commit();
            }

            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA foreign_key_check;";
            using var reader = check.ExecuteReader();
            if (reader.Read())
            {
                throw new InvalidOperationException($"the SQLite export breaks a foreign key in table {reader.GetString(0)}");
            }
        }

        return path;
    }

    private static string CreateTable(TidyTable table)
    {
        var lines = new List<string>();
        foreach (var column in table.Columns)
        {
            var line = new StringBuilder($"{column.Name} {SqlType(column.Type)}");
            if (column.Required)
            {
                line.Append(" NOT NULL");
            }

            if (!column.Values.IsEmpty)
            {
                line.Append($" CHECK ({column.Name} IN ({string.Join(", ", column.Values.Select(Literal))}))");
            }
            else if (column.Type == ColumnType.Boolean)
            {
                line.Append($" CHECK ({column.Name} IN (0, 1))");
            }

            lines.Add(line.ToString());
        }

        lines.Add($"PRIMARY KEY ({string.Join(", ", table.PrimaryKey)})");
        lines.AddRange(table.Columns.Where(c => c.ReferencedTable is not null)
            .Select(c => $"FOREIGN KEY ({c.Name}) REFERENCES {c.ReferencedTable} ({c.ReferencedColumn})"));
        return $"CREATE TABLE {table.Name} (\n  {string.Join(",\n  ", lines)}\n);";
    }

    private static void Insert(SqliteConnection connection, TidyTable table)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {table.Name} VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))});";
        var parameters = table.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
        foreach (var row in table.Rows)
        {
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] switch
                {
                    null => DBNull.Value,
                    string s => s,
                    long l => l,
                    decimal d => (double)d,
                    bool b => b ? 1L : 0L,
                    var other => TidyTable.Format(other),
                };
            }

            insert.ExecuteNonQuery();
        }
    }

    // The codebook and the dataset's identity, inside the database.
    private static string Catalogue(BelarusForcesDataset data, IReadOnlyList<TidyTable> tables)
    {
        var sql = new StringBuilder();
        sql.Append("CREATE TABLE metadata (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL);\n");
        var manifest = data.Manifest;
        (string Key, string Value)[] metadata =
        [
            ("name", manifest.Name), ("title", manifest.Title), ("version", manifest.Version), ("released", manifest.Released.ToString()),
            ("content_hash", "sha256:" + data.ContentHash), ("licence", manifest.DataLicence), ("code_licence", manifest.CodeLicence),
            ("citation", data.Cite(CitationFormat.Apa)), ("citation_bibtex", data.Cite(CitationFormat.BibTex)), ("description", manifest.Description),
        ];
        foreach (var (key, value) in metadata)
        {
            sql.Append($"INSERT INTO metadata VALUES ({Literal(key)}, {Literal(value)});\n");
        }

        sql.Append("CREATE TABLE columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, type TEXT NOT NULL, description TEXT NOT NULL, PRIMARY KEY (table_name, column_name));\n");
        foreach (var table in tables)
        {
            foreach (var column in table.Columns)
            {
                sql.Append($"INSERT INTO columns VALUES ({Literal(table.Name)}, {Literal(column.Name)}, {Literal(column.Type.ToString().ToLowerInvariant())}, {Literal(column.Description)});\n");
            }
        }

        return sql.ToString();
    }

    // One row per searchable text: the record it belongs to (its citation key), where the text comes from, the text.
    private static string SearchIndex(IReadOnlyList<TidyTable> tables)
    {
        var sql = new StringBuilder("CREATE VIRTUAL TABLE search USING fts5(record_key UNINDEXED, field UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');\n");
        foreach (var table in tables.Where(t => t.Collection is not null))
        {
            foreach (var column in SearchedColumns.Where(c => table.IndexOf(c) >= 0))
            {
                sql.Append($"INSERT INTO search SELECT '{table.Collection}/' || {table.RecordIdColumn}, '{table.Name}.{column}', {column} FROM {table.Name} WHERE {column} IS NOT NULL;\n");
            }
        }

        sql.Append("INSERT INTO search SELECT record_key, 'aliases.alias', alias FROM aliases;\n");
        sql.Append("INSERT INTO search SELECT record_key, 'evidence.quote', quote FROM evidence;\n");
        return sql.ToString();
    }

    // The three headline questions, as the library answers them (BySupplierCountry, SpecialOperationsForcesEquipment,
    // PilotFlightHours).
    private const string Views = $"""
        CREATE VIEW procurements_by_supplier AS
        SELECT p.supplier, c.name AS supplier_name, COUNT(*) AS procurements, group_concat(DISTINCT e.name) AS equipment_names
        FROM procurements p JOIN equipment e ON e.id = p.equipment_id LEFT JOIN countries c ON c.code = p.supplier
        WHERE p.recipient = 'BY' AND p.kind <> 'export'
        GROUP BY p.supplier ORDER BY procurements DESC, p.supplier;

        CREATE VIEW sof_equipment AS
        WITH RECURSIVE tree (id) AS (
          SELECT 'special-operations-forces' UNION SELECT u.id FROM units u JOIN tree t ON u.parent_id = t.id),
        held (equipment_id, holder_id, since_earliest, record_key) AS (
          SELECT i.equipment_id, i.holder_id, i.date_earliest, 'inventory/' || i.id FROM inventory i JOIN tree t ON i.holder_id = t.id
          UNION ALL
          SELECT p.equipment_id, p.recipient_unit_id,
            COALESCE((SELECT MIN(b.delivered_earliest) FROM procurement_batches b WHERE b.procurement_id = p.id), p.ordered_earliest),
            'procurements/' || p.id
          FROM procurements p JOIN tree t ON p.recipient_unit_id = t.id WHERE p.status IN ('delivered', 'delivering', 'completed'))
        SELECT e.id AS equipment_id, e.name AS equipment_name, e.category, e.origin, o.name AS origin_name,
          MIN(h.since_earliest) AS since_earliest, group_concat(DISTINCT h.holder_id) AS holder_ids, group_concat(DISTINCT h.record_key) AS record_keys
        FROM held h JOIN equipment e ON e.id = h.equipment_id LEFT JOIN countries o ON o.code = e.origin
        GROUP BY e.id ORDER BY since_earliest, e.name;

        CREATE VIEW pilot_flight_hours AS
        SELECT i.id AS indicator_id, i.subject, i.id = '{Queries.IndicatorCollection.PilotFlightHoursId}' AS is_belarus, o.item, o.period, o.period_earliest, o.period_latest,
          o.value, o.value_low, o.value_high, o.value_qualifier, i.unit_of_measure, o.claim, o.hedge
        FROM indicator_observations o JOIN indicators i ON i.id = o.indicator_id
        WHERE i.measure = (SELECT measure FROM indicators WHERE id = '{Queries.IndicatorCollection.PilotFlightHoursId}')
        ORDER BY is_belarus DESC, i.id, o.item;
        """;

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Integer or ColumnType.Boolean => "INTEGER",
        ColumnType.Number => "REAL",
        _ => "TEXT",
    };

    // A text with a NUL would end the statement there: it is written as UTF-8 bytes read back as text.
    private static string Literal(string text) =>
        text.Contains('\0', StringComparison.Ordinal)
            ? "CAST(X'" + Convert.ToHexString(Encoding.UTF8.GetBytes(text)) + "' AS TEXT)"
            : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
