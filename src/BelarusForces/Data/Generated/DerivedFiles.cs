#if NET9_0_OR_GREATER
namespace BelarusForces.Data.Generated;

/// <summary>
/// Every file of the repository generated from the code and the data, what `eng/DataTool generate` writes and a test
/// compares with the committed files.
/// </summary>
internal static class DerivedFiles
{
    /// <summary>The command that regenerates them, run from the repository root.</summary>
    public const string Command = "dotnet run --project eng/DataTool -- generate";

    /// <summary>Each derived file, by its path from the repository root (with '/'), and its text.</summary>
    /// <param name="data">The data directory the files describe.</param>
    /// <param name="dataset">The dataset loaded from <paramref name="data"/>.</param>
    public static IReadOnlyList<(string Path, string Text)> Generate(DirectoryInfo data, BelarusForcesDataset dataset)
    {
        var schemas = SchemaWriter.Generate().ToList();
        return
        [
            .. schemas.Select(s => ("data/schema/" + s.File, s.Text)),
            ("docs/CODEBOOK.md", CodebookWriter.Generate(schemas.ToDictionary(s => s.File, s => s.Text, StringComparer.Ordinal), data)),
            ("docs/TABLES.md", TablesCodebookWriter.Generate(dataset)),
        ];
    }
}
#endif
