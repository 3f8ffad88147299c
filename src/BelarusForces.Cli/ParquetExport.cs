using BelarusForces.Export;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace BelarusForces.Cli;

/// <summary>
/// Writes one Parquet file per tidy table with typed columns: text as UTF-8 strings, whole numbers as INT64, bounds
/// and other decimals as DOUBLE, flags as BOOLEAN, days as DATE; a column that may be empty is optional (NULL).
/// </summary>
internal static class ParquetExport
{
    public static IReadOnlyList<string> Write(BelarusForcesDataset data, string directory, Action<string>? progress)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var table in TidyTables.Build(data))
        {
            progress?.Invoke(table.Name);
            var path = Path.Combine(directory, table.Name + ".parquet");
            // The writer is asynchronous only; the tool writes one file at a time, so it waits for each here.
            WriteTable(table, path).GetAwaiter().GetResult();
            written.Add(path);
        }

        return written;
    }

    private static async Task WriteTable(TidyTable table, string path)
    {
        var fields = table.Columns.Select(c => new DataField(c.Name, ClrType(c.Type), isNullable: !c.Required)).ToArray();
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (int i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var cells = table.Rows.Select(r => r[i]).ToArray();
            // Parquet.Net takes a column as an array of its CLR type, nullable when the column is optional.
            var write = (table.Columns[i].Type, table.Columns[i].Required) switch
            {
                (ColumnType.Integer, true) => group.WriteAsync<long>(field, cells.Select(c => (long)c!).ToArray()),
                (ColumnType.Integer, false) => group.WriteAsync<long>(field, cells.Select(c => (long?)c).ToArray()),
                (ColumnType.Number, true) => group.WriteAsync<double>(field, cells.Select(c => (double)(decimal)c!).ToArray()),
                (ColumnType.Number, false) => group.WriteAsync<double>(field, cells.Select(c => c is decimal d ? (double?)d : null).ToArray()),
                (ColumnType.Boolean, true) => group.WriteAsync<bool>(field, cells.Select(c => (bool)c!).ToArray()),
                (ColumnType.Boolean, false) => group.WriteAsync<bool>(field, cells.Select(c => (bool?)c).ToArray()),
                (ColumnType.Date, true) => group.WriteAsync<DateOnly>(field, cells.Select(c => ((LocalDate)c!).ToDateOnly()).ToArray()),
                (ColumnType.Date, false) => group.WriteAsync<DateOnly>(field, cells.Select(c => c is LocalDate d ? d.ToDateOnly() : (DateOnly?)null).ToArray()),
                // A null text of an optional column stays null: the writer takes the collection's nulls as missing values.
                _ => group.WriteAsync(field, cells.Select(c => (string)c!).ToArray()),
            };
            await write.ConfigureAwait(false);
        }
    }

    private static Type ClrType(ColumnType type) => type switch
    {
        ColumnType.Integer => typeof(long),
        ColumnType.Number => typeof(double),
        ColumnType.Boolean => typeof(bool),
        ColumnType.Date => typeof(DateOnly),
        _ => typeof(string),
    };
}
