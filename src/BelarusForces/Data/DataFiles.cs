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

    /// <summary>Every file of a data directory: the manifest, the collections, the releases.</summary>
    public static readonly string[] All = [Manifest, .. Collections, Releases];

    /// <summary>
    /// An embedded data file, without copying it: the assembly's resources stay mapped in memory for as long as the
    /// assembly is loaded, and a load that copied them would allocate half a megabyte more for the collector to clear.
    /// </summary>
    public static unsafe ReadOnlyMemory<byte> ReadEmbedded(string file)
    {
        var stream = typeof(DataFiles).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The embedded data file '{file}' is missing from the assembly; the package is damaged.");
        if (stream is UnmanagedMemoryStream mapped)
        {
            return new MappedMemory(mapped.PositionPointer, checked((int)mapped.Length)).Memory;
        }

        using (stream)
        {
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
    }

    /// <summary>Memory the runtime keeps mapped, such as an assembly's resources: nothing to pin, nothing to free.</summary>
    private sealed unsafe class MappedMemory(byte* start, int length) : System.Buffers.MemoryManager<byte>
    {
        public override Span<byte> GetSpan() => new(start, length);

        public override System.Buffers.MemoryHandle Pin(int elementIndex = 0) => new(start + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
