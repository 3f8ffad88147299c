using BelarusForces.Values;

namespace BelarusForces.Versioning;

/// <summary>A released version of the data (<c>data/releases.json</c>): released data never changes under the same version.</summary>
public sealed record Release
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Release()
    {
    }
    /// <summary>The version, such as <c>1.0.0</c>.</summary>
    public string Version { get; internal init; } = null!;

    /// <summary>The release date.</summary>
    public EdtfDate Released { get; internal init; }

    /// <summary>The content hash of the data as released.</summary>
    public string Sha256 { get; internal init; } = null!;

    /// <summary>The version of the content hash's algorithm that made <see cref="Sha256"/>: 1 (the collections) or 2 (the manifest too).</summary>
    internal int HashAlgorithm { get; init; } = 1;

    /// <summary>The citation keys of every record the version contained; each must resolve, or be a tombstone, forever.</summary>
    public ValueArray<string> Keys { get; internal init; }

    /// <summary>Version, date and hash.</summary>
    /// <returns>A line such as <c>1.0.0 (2026-11-27, sha256:1a2b3c4d)</c>.</returns>
    public override string ToString() => $"{Version} ({Released}, sha256:{Sha256[..Math.Min(8, Sha256.Length)]})";
}

/// <summary>A record that was withdrawn or merged: its citation key stays, pointing at its replacement.</summary>
public sealed record Tombstone
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Tombstone()
    {
    }
    /// <summary>The withdrawn record's citation key.</summary>
    public string Key { get; internal init; } = null!;

    /// <summary>The citation key of the record that replaces it, or <see langword="null"/> when it was withdrawn without replacement.</summary>
    public string? ReplacedBy { get; internal init; }

    /// <summary>The version that withdrew it.</summary>
    public string Version { get; internal init; } = null!;

    /// <summary>Why it was withdrawn.</summary>
    public string Reason { get; internal init; } = null!;

    /// <summary>Key, replacement and reason.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Key} withdrawn in {Version}{(ReplacedBy is null ? "" : ", replaced by " + ReplacedBy)}: {Reason}";
}

/// <summary>The answer to a lookup by citation key, which may pass through a tombstone.</summary>
/// <param name="Key">The key that was looked up.</param>
/// <param name="Record">The record found: the one asked for, or its replacement; <see langword="null"/> when there is none.</param>
/// <param name="Withdrawn">The tombstone passed through, when the key names a withdrawn record.</param>
public sealed record RecordLookup(string Key, Model.IRecord? Record, Tombstone? Withdrawn)
{
    /// <summary>Whether the key named a withdrawn record.</summary>
    public bool IsWithdrawn => Withdrawn is not null;

    /// <summary>What was found, in a sentence.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => (Record, Withdrawn) switch
    {
        (_, { } t) when Record is not null => $"{Key} was withdrawn in {t.Version} ({t.Reason}); see {Record.CitationKey}",
        (_, { } t) => $"{Key} was withdrawn in {t.Version} without replacement ({t.Reason})",
        ({ } r, null) => r.CitationKey,
        _ => $"{Key} does not exist",
    };
}
