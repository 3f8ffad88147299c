using System.Security.Cryptography;
using System.Text;

namespace BelarusForces.Data;

/// <summary>
/// The seed texts that quotes are checked against: only the files the manifest pins, each read once (after the
/// checks of <see cref="DataFiles.ReadChecked"/>), hashed and decoded once.
/// </summary>
internal sealed class SeedTexts(DirectoryInfo directory)
{
    private readonly Dictionary<string, SeedText> _pinned = new(StringComparer.Ordinal);

    /// <summary>Reads a seed file the manifest pins; null with the rule broken and why when it cannot be used.</summary>
    public (SeedText? Seed, Rule? Rule, string? Why) Pin(string file, string sha256)
    {
        if (file.IndexOfAny(['/', '\\', '\0']) >= 0 || file is "." or ".." or "")
        {
            return (null, Rules.SeedPresent, $"'{file}' is not a file name in the seeds directory");
        }

        var (bytes, rule, why) = DataFiles.ReadChecked(directory, file);
        if (bytes is null)
        {
            return (null, rule == Rules.FilePresent ? Rules.SeedPresent : rule, $"the seed file '{file}': {why}");
        }

        var hash = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        if (!string.Equals(hash, sha256, StringComparison.Ordinal))
        {
            return (null, Rules.SeedHash, $"the seed file '{file}' has SHA-256 {hash}, not {sha256}: the seed was changed");
        }

        try
        {
            _pinned[file] = new SeedText(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
            return (_pinned[file], null, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, Rules.FileReadable, $"the seed file '{file}' is not valid UTF-8");
        }
    }

    /// <summary>A seed the manifest pinned and that was read, or null.</summary>
    public SeedText? Pinned(string file) => _pinned.GetValueOrDefault(file);
}

/// <summary>A seed's text and where its lines start.</summary>
internal sealed class SeedText
{
    private readonly int[] _lineStarts;

    public SeedText(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        _lineStarts = [.. starts];
    }

    public string Text { get; }

    /// <summary>The number of lines, counting what follows the last line break as a line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The characters of lines <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive), or null when they are not lines of the text.</summary>
    public (int Start, int End)? Range(int first, int last)
    {
        if (first < 1 || last < first || last > LineCount)
        {
            return null;
        }

        return (_lineStarts[first - 1], last < LineCount ? _lineStarts[last] - 1 : Text.Length);
    }

    /// <summary>The 1-based line of a character.</summary>
    public int LineOf(int offset)
    {
        int i = Array.BinarySearch(_lineStarts, offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }
}
