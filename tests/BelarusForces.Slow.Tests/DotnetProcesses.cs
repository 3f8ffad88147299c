namespace BelarusForces.Tests;

/// <summary>
/// Tests that start builds of the repository's projects (dotnet run, dotnet pack) share one collection, so that xunit
/// runs them one after another and two builds never write the same obj/ folder at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotnetProcesses
{
    public const string Name = "dotnet processes";
}
