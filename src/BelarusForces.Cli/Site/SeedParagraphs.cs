using BelarusForces.Data;
using BelarusForces.Model;

namespace BelarusForces.Cli.Site;

/// <summary>
/// A quote found in its source article: the line it starts at, the passage around it (the paragraph, or a few sentences
/// of a long one, cut with "…"), and where the quote sits in that passage.
/// </summary>
internal sealed record QuoteInContext(int Line, string Paragraph, int Start, int Length);

/// <summary>
/// The seed texts the quotes come from, so that a page can show a quote inside its paragraph. The seeds are read the
/// loader's way (<see cref="SeedTexts"/>): only the files the manifest pins, regular files of a bounded size, each
/// with the SHA-256 the manifest pins; a seed that differs is refused by name. In the seeds every paragraph is one
/// line. Without a seeds directory, or for a pinned seed that is missing, quotes stand alone.
/// </summary>
internal sealed class SeedParagraphs
{
    /// <summary>The most characters of context shown on each side of a quote, so that a page's size is bounded by its quotes, not by the paragraphs they sit in.</summary>
    public const int MaxContext = 400;

    private readonly Dictionary<string, SeedText> _seeds = new(StringComparer.Ordinal);

    public SeedParagraphs(string? directory, IEnumerable<SeedFile> pinned)
    {
        Present = directory is not null;
        if (directory is null)
        {
            return;
        }

        var texts = new SeedTexts(new DirectoryInfo(directory));
        foreach (var seed in pinned)
        {
            var (text, rule, why) = texts.Pin(seed.File, seed.Sha256);
            if (text is not null)
            {
                _seeds[seed.File] = text;
            }
            else if (rule != Rules.SeedPresent)
            {
                throw new UserError($"--seeds: {why} ({rule}); the site shows quotes only in the seeds the data pins.");
            }
        }
    }

    public bool Present { get; }

    /// <summary>The quote's passage in its article, or null when the seed is not at hand.</summary>
    public QuoteInContext? Find(Evidence evidence)
    {
        var source = evidence.Source;
        if (!_seeds.TryGetValue(source.SeedFile, out var seed))
        {
            return null;
        }

        // The quote starts on the line the library read it at (Evidence.Line); data loaded without its seeds has no
        // line, and then the source's lines are searched.
        var (first, last) = evidence.Line > 0 ? (evidence.Line, evidence.Line) : (source.FirstLine, source.LastLine);
        if (seed.Range(first, last) is not var (start, end))
        {
            return null;
        }

        int at = seed.Text.IndexOf(evidence.Quote, start, end - start, StringComparison.Ordinal);
        if (at < 0)
        {
            return null; // a quote across paragraphs: shown alone
        }

        int line = seed.LineOf(at);
        var (lineStart, lineEnd) = seed.Range(line, line)!.Value;
        var text = seed.Text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
        int quoteStart = at - lineStart;
        if (quoteStart + evidence.Quote.Length > text.Length)
        {
            return null;
        }

        return Excerpt(line, text, quoteStart, evidence.Quote.Length);
    }

    // The sentences around the quote, within MaxContext characters on each side.
    private static QuoteInContext Excerpt(int line, ReadOnlySpan<char> paragraph, int start, int length)
    {
        int from = Math.Max(0, start - MaxContext);
        int to = Math.Min(paragraph.Length, start + length + MaxContext);
        if (from > 0 && paragraph[from..start].IndexOf(". ") is int sentence and >= 0)
        {
            from += sentence + 2;
        }

        if (to < paragraph.Length && paragraph[(start + length)..to].LastIndexOf(". ") is int stop and >= 0)
        {
            to = start + length + stop + 1;
        }

        var before = from > 0 ? "… " : "";
        var after = to < paragraph.Length ? " …" : "";
        return new(line, before + paragraph[from..to].ToString() + after, start - from + before.Length, length);
    }
}
