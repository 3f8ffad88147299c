namespace BelarusForces.Data;

/// <summary>The files of a data directory, the limits on them, and how they are read.</summary>
internal static class DataFiles
{
    public const string Manifest = "dataset.json";

    /// <summary>The released versions and the tombstones of withdrawn records; not part of the content hash.</summary>
    public const string Releases = "releases.json";

    /// <summary>
    /// The seed line of every quote of the package's own data, in the order the loader meets them: computed when the
    /// package is built (eng/DataTool), since the package ships the quotes but not the seed texts.
    /// </summary>
    public const string EvidenceLines = "evidence-lines.json";

    /// <summary>Files larger than this are refused: the whole dataset is a few hundred kilobytes.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The most bytes the data files of a directory may hold together, checked before any is read.</summary>
    public const long MaxTotalBytes = 128L * 1024 * 1024;

    /// <summary>The most records the collections of a directory may hold together.</summary>
    public const int MaxTotalRecords = 200_000;

    /// <summary>The deepest nesting of a data file; the shapes need six levels.</summary>
    public const int MaxDepth = 16;

    /// <summary>The most records one collection may hold.</summary>
    public const int MaxRecords = 100_000;

    /// <summary>The longest string a data file may hold, such as a note.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>The longest id, name or alias.</summary>
    public const int MaxIdLength = 200;

    /// <summary>The shortest quote: a quote must point at one place in its source.</summary>
    public const int MinQuoteLength = 12;

    /// <summary>Every file of a data directory: the manifest, the collections, the releases.</summary>
    public static readonly string[] All = [Manifest, .. Collections.All.Select(c => c.File), Releases];

    private const string ResourcePrefix = "BelarusForces.Data.";

    /// <summary>An embedded data file.</summary>
    public static byte[] ReadEmbedded(string file)
    {
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The embedded data file '{file}' is missing from the assembly; the package is damaged.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// Reads a file of <paramref name="directory"/> after checking that it is safe to: a regular, non-empty file of at
    /// most <see cref="MaxFileBytes"/>, which, through any symlink, stays inside the directory. Special files (FIFOs,
    /// devices, sockets, pseudo-files of /proc) report a length of 0 and are refused before they are opened, so that
    /// reading them can neither hang nor run out of memory.
    /// </summary>
    /// <returns>The bytes, or null with the rule broken and why.</returns>
    public static (byte[]? Bytes, Rule? Rule, string? Why) ReadChecked(DirectoryInfo directory, string name)
    {
        try
        {
            var root = Path.TrimEndingDirectorySeparator(RealPath(directory.FullName));
            var path = Path.Combine(directory.FullName, name);
            var target = RealPath(path);
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return (null, Rules.FileType, $"the file is a link to '{target}', outside the directory {root}");
            }

            if (Directory.Exists(target))
            {
                return (null, Rules.FileType, "the path is a directory, not a file");
            }

            var file = new FileInfo(target);
            if (!file.Exists)
            {
                return (null, Rules.FilePresent, "the file is missing");
            }

            if (file.Length == 0)
            {
                return (null, Rules.FileType, "the file is empty, or not a regular file (a device, FIFO, socket or pseudo-file)");
            }

            if (file.Length > MaxFileBytes)
            {
                return (null, Rules.FileSize, $"the file is {file.Length} bytes; files larger than {MaxFileBytes} bytes are refused");
            }

            using var stream = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var bytes = new byte[file.Length];
            stream.ReadExactly(bytes);
            return stream.ReadByte() < 0
                ? (bytes, null, null)
                : (null, Rules.FileReadable, "the file grew while it was read");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (null, Rules.FileReadable, $"the file cannot be read: {e.Message}");
        }
    }

    // The path with every symlink resolved, one link at a time, so that a chain of links is followed to its end.
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        var resolved = parent is null ? full : Path.Combine(RealPath(parent), Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(resolved) ? new DirectoryInfo(resolved) : new FileInfo(resolved);
        return info.LinkTarget is null ? resolved : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? resolved;
    }
}
