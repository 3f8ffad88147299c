using BelarusForces.Values;
using NodaTime;

namespace BelarusForces.Data;

/// <summary>The dataset's manifest (<c>data/dataset.json</c>): its name, version, release date, licences and seeds.</summary>
public sealed record DatasetManifest
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal DatasetManifest()
    {
    }
    /// <summary>The dataset's short name, <c>BelarusForces</c>.</summary>
    public string Name { get; internal init; } = null!;

    /// <summary>The dataset's title.</summary>
    public string Title { get; internal init; } = null!;

    /// <summary>The data version, which is also the package version, such as <c>1.0.0</c>.</summary>
    public string Version { get; internal init; } = null!;

    /// <summary>The release date of this version.</summary>
    public EdtfDate Released { get; internal init; }

    /// <summary>What the dataset is, in a paragraph.</summary>
    public string Description { get; internal init; } = null!;

    /// <summary>The SPDX licence of the code, <c>MIT</c>.</summary>
    public string CodeLicence { get; internal init; } = null!;

    /// <summary>The SPDX licence of the data, <c>CC-BY-4.0</c>.</summary>
    public string DataLicence { get; internal init; } = null!;

    /// <summary>The seed files the data was curated from, with their SHA-256 hashes.</summary>
    public ValueArray<SeedFile> Seeds { get; internal init; }

    /// <summary>Name and version.</summary>
    /// <returns>A line such as <c>BelarusForces 1.0.0 (2026-11-27)</c>.</returns>
    public override string ToString() => $"{Name} {Version} ({Released})";
}

/// <summary>A seed file and its SHA-256 hash.</summary>
/// <param name="File">The file name in <c>seeds/</c>.</param>
/// <param name="Sha256">The lowercase hexadecimal SHA-256 of the file's bytes.</param>
public sealed record SeedFile(string File, string Sha256);
