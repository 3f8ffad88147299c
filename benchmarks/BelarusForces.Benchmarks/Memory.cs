namespace BelarusForces.Benchmarks;

/// <summary>The memory a loaded dataset keeps alive, against the size of its JSON.</summary>
internal static class Memory
{
    public static void Report()
    {
        var files = EmbeddedData.Files();
        long json = files.Values.Sum(b => (long)b.Length);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var data = BelarusForcesDataset.LoadEmbedded(); // reads its own copy of the bytes, so they count as retained
        _ = data.FindByName("Su-30SM");
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(data);
        GC.KeepAlive(files);
        long retained = after - before;
        Console.WriteLine($"JSON: {json:N0} bytes; retained by the loaded dataset: {retained:N0} bytes ({(double)retained / json:0.00}x the JSON)");
        Console.WriteLine("(the figure includes the raw file bytes the dataset keeps for hashing, diffs and exports)");
    }
}
