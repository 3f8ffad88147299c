using BelarusForces.Data;

// Usage: DataCheck <data directory> <seeds directory> <output file>
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: DataCheck <data directory> <seeds directory> <evidence lines file>");
    return 2;
}

try
{
    var lines = DatasetBuilder.ComputeEvidenceLines(new DirectoryInfo(args[0]), new DirectoryInfo(args[1]));
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[2]))!);
    File.WriteAllText(args[2], "[" + string.Join(",", lines) + "]");
    Console.WriteLine($"The data in {Path.GetFullPath(args[0])} is valid; {lines.Count} quotes found in their seeds.");
    return 0;
}
catch (DatasetLoadException e)
{
    // In the canonical error format, so that the build lists each problem and fails.
    foreach (var p in e.Problems)
    {
        Console.Error.WriteLine($"{Path.GetFullPath(Path.Combine(args[0], p.File))}({p.Line}): error {p.Rule}: {p.JsonPath}: {p.Message}");
    }

    return 1;
}
