using BelarusForces.Model;

namespace BelarusForces.Cli.Site;

/// <summary>A quote found in its source article: the paragraph (one line of the seed), its line number, and where the quote sits in it.</summary>
internal sealed record QuoteInContext(int Line, string Paragraph, int Start, int Length);

/// <summary>
/// The seed texts the quotes come from, read once each, so that a page can show a quote inside its paragraph. In the
/// seeds every paragraph is one line. Without a seeds directory, or for a seed that is missing, quotes stand alone.
/// </summary>
internal sealed class SeedParagraphs(string? directory)
{
    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    public bool Present => directory is not null;

    /// <summary>The quote's paragraph in its article, or null when the seed is not at hand.</summary>
    public QuoteInContext? Find(Evidence evidence)
    {
        var source = evidence.Source;
        if (Lines(source.SeedFile) is not { } lines)
        {
            return null;
        }

        // The quote starts on the line the library read it at (Evidence.Line); data loaded without its seeds has no
        // line, and then the article's lines are searched.
        var candidates = evidence.Line > 0 ? [evidence.Line] : Enumerable.Range(source.FirstLine, Math.Max(0, source.LastLine - source.FirstLine + 1));
        foreach (var line in candidates.Where(l => l >= 1 && l <= lines.Length))
        {
            var start = lines[line - 1].IndexOf(evidence.Quote, StringComparison.Ordinal);
            if (start >= 0)
            {
                return new(line, lines[line - 1], start, evidence.Quote.Length);
            }
        }

        return null; // a quote across paragraphs: shown alone
    }

    private string[]? Lines(string seedFile)
    {
        if (directory is null || Path.GetFileName(seedFile) != seedFile)
        {
            return null;
        }

        if (!_files.TryGetValue(seedFile, out var lines))
        {
            var path = Path.Combine(directory, seedFile);
            lines = File.Exists(path) ? File.ReadAllText(path).Split('\n').Select(l => l.TrimEnd('\r')).ToArray() : null;
            _files[seedFile] = lines;
        }

        return lines;
    }
}
