using BelarusForces.Values;
using NodaTime;

namespace BelarusForces.Data;

/// <summary>The dataset's manifest (<c>data/dataset.json</c>): its name, version, release date, licences and seeds.</summary>
public sealed record DatasetManifest
{
    /// <summary>The dataset's short name, <c>BelarusForces</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The dataset's title.</summary>
    public required string Title { get; init; }

    /// <summary>The data version, which is also the package version, such as <c>1.0.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The release date of this version.</summary>
    public required EdtfDate Released { get; init; }

    /// <summary>What the dataset is, in a paragraph.</summary>
    public required string Description { get; init; }

    /// <summary>The SPDX licence of the code, <c>MIT</c>.</summary>
    public required string CodeLicence { get; init; }

    /// <summary>The SPDX licence of the data, <c>CC-BY-4.0</c>.</summary>
    public required string DataLicence { get; init; }

    /// <summary>The seed files the data was curated from, with their SHA-256 hashes.</summary>
    public required ValueArray<SeedFile> Seeds { get; init; }

    /// <summary>Name and version.</summary>
    /// <returns>A line such as <c>BelarusForces 1.0.0 (2026-11-27)</c>.</returns>
    public override string ToString() => $"{Name} {Version} ({Released})";
}

/// <summary>A seed file and its SHA-256 hash.</summary>
/// <param name="File">The file name in <c>seeds/</c>.</param>
/// <param name="Sha256">The lowercase hexadecimal SHA-256 of the file's bytes.</param>
public sealed record SeedFile(string File, string Sha256);
