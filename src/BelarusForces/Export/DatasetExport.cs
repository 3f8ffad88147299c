using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BelarusForces.Data;

namespace BelarusForces.Export;

/// <summary>
/// Writes the dataset's tidy tables (<see cref="TidyTables"/>) for other tools: RFC 4180 CSV, JSON Lines, and a
/// Frictionless Data Package (v2) that pandas, R, DuckDB and spreadsheets read with its types and keys.
/// </summary>
public static class DatasetExport
{
    /// <summary>The collections of the dataset, in order: the sources, then every record collection.</summary>
    public static IReadOnlyList<string> Collections { get; } = BelarusForces.Data.Collections.All.Select(c => c.Name).ToArray();

    /// <summary>The name of the data package's descriptor file.</summary>
    public const string DescriptorFile = "datapackage.json";

    /// <summary>
    /// Writes one CSV file per tidy table (<c>procurements.csv</c>, <c>procurement_batches.csv</c>, ...): RFC 4180,
    /// UTF-8 without a byte-order mark, a header row, CRLF line ends; a null is an empty field, an empty text <c>""</c>.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="directory">The output directory; created if missing.</param>
    /// <param name="progress">Called with each table's name as it is written.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> WriteCsv(BelarusForcesDataset data, string directory, Action<string>? progress = null) =>
        WriteCsv(TidyTables.Build(data), directory, false, progress);

    /// <summary>
    /// Writes one CSV file per tidy table, as <see cref="WriteCsv(BelarusForcesDataset, string, Action{string})"/> does,
    /// each starting with the UTF-8 byte-order mark by which Excel recognises UTF-8.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="directory">The output directory; created if missing.</param>
    /// <param name="progress">Called with each table's name as it is written.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> WriteExcelCsv(BelarusForcesDataset data, string directory, Action<string>? progress = null) =>
        WriteCsv(TidyTables.Build(data), directory, true, progress);

    /// <summary>
    /// Writes one JSON Lines file per tidy table (<c>procurements.jsonl</c>, ...): each line is one row as an object
    /// whose keys are the column names, with numbers, booleans, text, dates as <c>YYYY-MM-DD</c> text, and null.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="directory">The output directory; created if missing.</param>
    /// <param name="progress">Called with each table's name as it is written.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> WriteJsonLines(BelarusForcesDataset data, string directory, Action<string>? progress = null)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var table in TidyTables.Build(data))
        {
            progress?.Invoke(table.Name);
            var path = Path.Combine(directory, table.Name + ".jsonl");
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            // Rows are gathered in memory and written in blocks: a writer flushed to the file after each row would make
            // a system call per row.
            var buffer = new ArrayBufferWriter<byte>(1 << 16);
            using var writer = new Utf8JsonWriter(buffer, options);
            foreach (var row in table.Rows)
            {
                writer.WriteStartObject();
                for (int i = 0; i < row.Count; i++)
                {
                    writer.WritePropertyName(table.Columns[i].Name);
                    WriteValue(writer, row[i]);
                }

                writer.WriteEndObject();
                writer.Flush();
                buffer.Write("\n"u8);
                writer.Reset();
                if (buffer.WrittenCount >= 1 << 16)
                {
                    stream.Write(buffer.WrittenSpan);
                    buffer.Clear();
                }
            }

            stream.Write(buffer.WrittenSpan);

            written.Add(path);
        }

        return written;
    }

    /// <summary>
    /// Writes a Frictionless Data Package (v2): the CSV files and <c>datapackage.json</c>, with a table schema per
    /// resource (types, descriptions, allowed values, required fields, primary and foreign keys that all resolve),
    /// each file's size and SHA-256, the licences, the version, the dataset's content hash and the sources.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="directory">The output directory; created if missing.</param>
    /// <param name="progress">Called with each table's name as it is written.</param>
    /// <returns>The files written, <c>datapackage.json</c> last.</returns>
    public static IReadOnlyList<string> WriteDataPackage(BelarusForcesDataset data, string directory, Action<string>? progress = null)
    {
        var tables = TidyTables.Build(data);
        var written = WriteCsv(tables, directory, false, progress).ToList();
        var descriptor = Path.Combine(directory, DescriptorFile);
        using (var stream = new FileStream(descriptor, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(DataPackageDescriptor.Write(data, tables, written).Span);
        }

        written.Add(descriptor);
        return written;
    }

    private static IReadOnlyList<string> WriteCsv(IReadOnlyList<TidyTable> tables, string directory, bool byteOrderMark, Action<string>? progress)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var table in tables)
        {
            progress?.Invoke(table.Name);
            var path = Path.Combine(directory, table.Name + ".csv");
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(byteOrderMark));
            var csv = new CsvWriter(writer);
            csv.WriteRow(table.Columns.Select(c => c.Name));
            foreach (var row in table.Rows)
            {
                csv.WriteRow(row.Select(TidyTable.Format));
            }

            written.Add(path);
        }

        return written;
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case decimal d:
                writer.WriteNumberValue(d);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            default:
                writer.WriteStringValue(TidyTable.Format(value));
                break;
        }
    }

    /// <summary>The SHA-256 of a file, as lowercase hex.</summary>
    internal static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }
}
