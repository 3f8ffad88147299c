namespace BelarusForces.Benchmarks;

/// <summary>The memory a loaded dataset keeps alive, against the size of its JSON.</summary>
internal static class Memory
{
    public static void Report()
    {
        var files = EmbeddedData.Files();
        long json = files.Values.Sum(b => (long)b.Length);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var data = BelarusForcesDataset.LoadEmbedded();
        _ = data.FindByName("Su-30SM");
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(data);
        GC.KeepAlive(files);
        long retained = after - before;
        Console.WriteLine($"JSON: {json:N0} bytes; managed memory retained by the loaded dataset: {retained:N0} bytes ({(double)retained / json:0.00}x the JSON)");

        // The dataset reads the JSON in place from the assembly's mapped resources and keeps referring to it (for the
        // hash, diffs and exports), so the JSON itself stays in memory too, outside the managed heap.
        Console.WriteLine($"with the JSON it keeps in the mapped assembly: {retained + json:N0} bytes ({(double)(retained + json) / json:0.00}x the JSON)");

        // Quotes stay UTF-8 in the assembly until they are read; a program that reads every one keeps them as strings.
        long quotes = 0;
        foreach (var record in data.AllRecords())
        {
            foreach (var evidence in record.Evidence)
            {
                quotes += evidence.Quote.Length;
            }
        }

        long read = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(data);
        Console.WriteLine($"after reading every quote ({quotes:N0} characters): {read:N0} bytes ({(double)read / json:0.00}x the JSON; {(double)(read + json) / json:0.00}x with it)");
    }
}
