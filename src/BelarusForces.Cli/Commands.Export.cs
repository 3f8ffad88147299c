using System.CommandLine;
using BelarusForces.Export;
using BelarusForces.Sqlite;

namespace BelarusForces.Cli;

internal static partial class Commands
{
    private static Command Export()
    {
        var format = new Option<string>("--format") { Description = "csv (a file per table), jsonl (JSON Lines), datapackage (Frictionless Data Package v2), sqlite (one database file, with the metadata.json Datasette reads) or parquet (a file per table, typed columns).", Required = true };
        format.AcceptOnlyFromAmong("csv", "jsonl", "datapackage", "sqlite", "parquet");
        var output = new Option<string>("--out") { Description = "The folder to write into; created if missing. A folder that holds files needs --force.", Required = true };
        var force = new Option<bool>("--force") { Description = "Write into a folder that holds files: the tool's own files are replaced, every other file stays." };
        var excel = new Option<bool>("--excel") { Description = "With --format csv: start each file with a UTF-8 byte-order mark, so that Excel reads it as UTF-8." };
        var command = new Command("export", "Exports the dataset as tidy tables for spreadsheets, pandas, R, DuckDB, Arrow, Datasette or SQLite tools.\nExample: belarus-forces export --format datapackage --out belarus-forces-data")
        {
            format, output, force, excel,
        };
        command.SetAction(parse => Run(() =>
        {
            var kind = parse.GetValue(format)!;
            if (parse.GetValue(excel) && kind != "csv")
            {
                throw new UserError($"--excel: only --format csv writes a byte-order mark; '{kind}' files are read as UTF-8 as they are.");
            }

            Action<string>? progress = Terminal.Interactive ? table => Console.Error.WriteLine($"Exporting {table}...") : null;
            Func<string, IReadOnlyList<string>> write = kind switch
            {
                "jsonl" => dir => DatasetExport.WriteJsonLines(Data, dir, progress),
                "datapackage" => dir => DatasetExport.WriteDataPackage(Data, dir, progress),
                "parquet" => dir => ParquetExport.Write(Data, dir, progress),
                "sqlite" => dir =>
                [
                    SqliteExport.Write(Data, Path.Combine(dir, SqliteExport.FileName), progress),
                    SqliteExport.WriteDatasetteMetadata(Data, Path.Combine(dir, SqliteExport.MetadataFileName)),
                ],
                _ when parse.GetValue(excel) => dir => DatasetExport.WriteExcelCsv(Data, dir, progress),
                _ => dir => DatasetExport.WriteCsv(Data, dir, progress),
            };
            var target = parse.GetValue(output)!;
            var files = SafeOutput.WriteFolder(target, parse.GetValue(force), "--out", write);
            Console.Out.WriteLine($"Wrote {files.Count} {(files.Count == 1 ? "file" : "files")} to {Path.GetFullPath(target)}.");
            return 0;
        }));
        return command;
    }
}
