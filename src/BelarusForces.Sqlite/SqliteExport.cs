using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BelarusForces.Export;
using BelarusForces.Versioning;
using Microsoft.Data.Sqlite;

namespace BelarusForces.Sqlite;

/// <summary>
/// Writes the dataset's tidy tables (<see cref="TidyTables"/>) as one SQLite database: typed columns and real NULLs,
/// primary and foreign keys (checked before the file is handed out), allowed values as CHECK constraints, a
/// <c>columns</c> table with every column's description, a <c>metadata</c> table, full-text search, and a view for each
/// of the three headline questions. <see cref="WriteDatasetteMetadata"/> writes the <c>metadata.json</c> that Datasette
/// reads beside it.
/// </summary>
/// <example>
/// <code>
/// SqliteExport.Write(BelarusForcesDataset.Current, "belarus-forces.sqlite");
/// SqliteExport.WriteDatasetteMetadata(BelarusForcesDataset.Current, "metadata.json");
/// </code>
/// </example>
public static class SqliteExport
{
    /// <summary>The database file's usual name, <c>belarus-forces.sqlite</c>.</summary>
    public const string FileName = "belarus-forces.sqlite";

    /// <summary>The name of the file Datasette reads its metadata from, <c>metadata.json</c>.</summary>
    public const string MetadataFileName = "metadata.json";

    /// <summary>
    /// The database's <c>PRAGMA application_id</c>: the ASCII bytes of <c>BYFR</c>, by which <c>file</c> and other tools
    /// tell this database from any other SQLite file.
    /// </summary>
    public const int ApplicationId = 0x42594652;

    /// <summary>
    /// The database's <c>PRAGMA user_version</c> for a dataset version: major × 10000 + minor × 100 + patch, so that
    /// 1.2.0 is 10200.
    /// </summary>
    /// <param name="version">A dataset version such as <c>1.2.0</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The version is not three numbers separated by dots.</exception>
    public static int UserVersion(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var parts = version.Split('.');
        if (parts.Length != 3 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 100))
        {
            throw new FormatException($"'{version}' is not a version of three numbers below 100 (such as 1.2.0)");
        }

        return parts.Aggregate(0, (sum, part) => (sum * 100) + int.Parse(part, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Writes the database. Each table that holds text the library's search reads (its <see cref="TidyColumn.Searchable"/>
    /// columns: names, aliases, titles, notes, hedges, quotes, headlines) has a full-text table <c>&lt;table&gt;_fts</c>
    /// whose content is that table (FTS5 <c>content=</c>, <c>content_rowid=</c>), which Datasette's per-table search uses;
    /// <c>search</c> searches every collection at once, one row per text with its record's key. FTS5 reads a hyphen as an
    /// operator: quote a hyphenated name as a phrase, <c>MATCH '"Tor-M2"'</c>.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="path">The database file to create; it must not exist.</param>
    /// <param name="progress">Called with each table's name as it is written.</param>
    /// <returns><paramref name="path"/>.</returns>
    /// <exception cref="IOException">The file exists.</exception>
    public static string Write(BelarusForcesDataset data, string path, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            throw new IOException($"{path}: the file exists; the SQLite export writes a new file only");
        }

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
            Execute(connection, FormattableString.Invariant($"PRAGMA foreign_keys = OFF; PRAGMA journal_mode = MEMORY; PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {UserVersion(data.Manifest.Version)};"));
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

    /// <summary>
    /// Writes the <c>metadata.json</c> that Datasette reads (<c>datasette belarus-forces.sqlite -m metadata.json</c>): the
    /// title, description, licence and source of the data, and the description of every table and column, from the
    /// tidy tables' codebook; each table's search uses its full-text table.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="path">The file to create; it must not exist.</param>
    /// <param name="databaseFile">The database file the metadata describes; Datasette names the database after it.</param>
    /// <returns><paramref name="path"/>.</returns>
    /// <exception cref="IOException">The file exists.</exception>
    public static string WriteDatasetteMetadata(BelarusForcesDataset data, string path, string databaseFile = FileName)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(databaseFile);
        var tables = TidyTables.Build(data);
        var manifest = data.Manifest;
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("title", manifest.Title);
            w.WriteString("description", $"{manifest.Description} Version {manifest.Version}, sha256:{data.ContentHash}.");
            w.WriteString("license", manifest.DataLicence);
            w.WriteString("license_url", LicenceUrl(manifest.DataLicence));
            w.WriteString("source", "Fifteen analytical articles of 2016-2018, quoted verbatim (the repository's seeds/)");
            w.WriteString("source_url", Repository);
            w.WriteStartObject("databases");
            w.WriteStartObject(Path.GetFileNameWithoutExtension(databaseFile));
            w.WriteStartObject("tables");
            foreach (var table in tables)
            {
                w.WriteStartObject(table.Name);
                w.WriteString("description", table.Description);
                if (SearchedIn(table).Any())
                {
                    w.WriteString("fts_table", table.Name + "_fts");
                }

                w.WriteStartObject("columns");
                foreach (var column in table.Columns)
                {
                    w.WriteString(column.Name, column.Description);
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        stream.Write(buffer.WrittenSpan);
        return path;
    }

    private const string Repository = "https://github.com/belarus-forces/belarus-forces";

    private static string LicenceUrl(string licence) => licence switch
    {
        "CC-BY-4.0" => "https://creativecommons.org/licenses/by/4.0/",
        "MIT" => "https://opensource.org/licenses/MIT",
        _ => "https://spdx.org/licenses/" + licence + ".html",
    };

    // The columns the library's search reads (names, aliases, titles, notes, hedges, quotes, headlines and the fields
    // declared searchable), as the tidy tables mark them: the full-text tables index what search reads.
    private static IEnumerable<string> SearchedIn(TidyTable table) => table.Columns.Where(c => c.Searchable).Select(c => c.Name);

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

    // A full-text table per table that holds searchable text, its content that table's rows by rowid (external
    // content: the text is stored once), and one "search" table over every collection, each row naming its record.
    private static string SearchIndex(IReadOnlyList<TidyTable> tables)
    {
        const string tokenizer = "tokenize = 'unicode61 remove_diacritics 2'";
        var sql = new StringBuilder();
        foreach (var table in tables)
        {
            var columns = SearchedIn(table).ToList();
            if (columns.Count > 0)
            {
                sql.Append($"CREATE VIRTUAL TABLE {table.Name}_fts USING fts5({string.Join(", ", columns)}, content = '{table.Name}', content_rowid = 'rowid', {tokenizer});\n");
                sql.Append($"INSERT INTO {table.Name}_fts ({table.Name}_fts) VALUES ('rebuild');\n");
            }
        }

        sql.Append($"CREATE VIRTUAL TABLE search USING fts5(record_key UNINDEXED, field UNINDEXED, text, {tokenizer});\n");
        foreach (var table in tables)
        {
            // Each row names the record it belongs to as search does: its record_key, or collection/id; a source's
            // headline is found as sources/ID.
            var key = table.IndexOf("record_key") >= 0 ? "record_key"
                : table.Collection is { } collection ? $"'{collection}/' || {table.RecordIdColumn}"
                : table.Name == "sources" ? "'sources/' || id" : null;
            foreach (var column in key is null ? [] : SearchedIn(table))
            {
                sql.Append($"INSERT INTO search SELECT {key}, '{table.Name}.{column}', {column} FROM {table.Name} WHERE {column} IS NOT NULL;\n");
            }
        }

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
