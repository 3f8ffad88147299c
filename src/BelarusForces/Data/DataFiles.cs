namespace BelarusForces.Data;

/// <summary>The files of a data directory, and where to read them: the assembly's embedded copy or a directory.</summary>
internal static class DataFiles
{
    public const string Manifest = "dataset.json";

    /// <summary>The released versions and the tombstones of withdrawn records; not part of the content hash.</summary>
    public const string Releases = "releases.json";

    /// <summary>Every collection file, in the order they are resolved.</summary>
    public static readonly string[] Collections =
    [
        "sources.json", "organisations.json", "units.json", "equipment.json", "sites.json", "inventory.json",
        "procurements.json", "exercises.json", "indicators.json", "people.json", "agreements.json", "events.json",
    ];

    /// <summary>Files larger than this are refused: the whole dataset is a few hundred kilobytes.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private const string ResourcePrefix = "BelarusForces.Data.";

    public static byte[] ReadEmbedded(string file)
    {
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The embedded data file '{file}' is missing from the assembly; the package is damaged.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
