namespace BelarusForces.Tests;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The repository's data, loaded through the fully validating directory loader (quotes checked against the seeds).</summary>
    public static BelarusForcesDataset Validated => LazyValidated.Value;

    private static readonly Lazy<BelarusForcesDataset> LazyValidated = new(() => BelarusForcesDataset.LoadDirectory(Data));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BelarusForces.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with BelarusForces.sln) was not found above " + AppContext.BaseDirectory);
    }
}
