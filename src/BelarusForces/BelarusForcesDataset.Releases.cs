using BelarusForces.Data;
using BelarusForces.Versioning;

namespace BelarusForces;

public sealed partial class BelarusForcesDataset
{
    /// <summary>The entry of <c>releases.json</c> for this data's version, or <see langword="null"/> when that version has not been released.</summary>
    public Release? ReleaseOfVersion => Releases.FirstOrDefault(r => r.Version == Manifest.Version);

    /// <summary>
    /// Whether this data is exactly what was released under its version: its content hash is the one
    /// <c>releases.json</c> records. An edited copy that keeps the version number is not.
    /// </summary>
    public bool IsAsReleased => ReleaseOfVersion is { } release && release.Sha256 == ContentHash;

    /// <summary>
    /// The data exactly as released under <paramref name="version"/>, rebuilt from the embedded data and the history the
    /// package carries for each earlier release; its content hash is checked against the released hash.
    /// </summary>
    /// <param name="version">A released version, such as <c>1.0.0</c> (see <see cref="Releases"/>).</param>
    /// <returns>The released data; <see cref="Current"/> for the package's own version.</returns>
    /// <exception cref="KeyNotFoundException">The version was never released, or this package carries no history for it.</exception>
    /// <example>
    /// <code>
    /// var v1 = BelarusForcesDataset.LoadRelease("1.0.0");
    /// Console.WriteLine(v1.VersionId);                                             // BelarusForces 1.0.0 (sha256:57aa58b2)
    /// Console.WriteLine(DatasetDiff.Between(v1, BelarusForcesDataset.Current).ToMarkdown());   // what changed since
    /// </code>
    /// </example>
    public static BelarusForcesDataset LoadRelease(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var current = Current;
        if (version == current.Manifest.Version)
        {
            return current;
        }

        var release = current.Releases.FirstOrDefault(r => r.Version == version)
            ?? throw new KeyNotFoundException($"BelarusForces {version} was never released; the releases are {string.Join(", ", current.Releases.Select(r => r.Version))}.");
        var files = ReleaseHistory.Rebuild(version, current.Manifest.Version, f => current.RawFile(f)?.ToArray(), ReleaseHistory.ReadEmbedded);
        var hash = Versioning.ContentHash.Compute(f => files.TryGetValue(f, out var bytes) ? bytes : null, release.HashAlgorithm);
        if (hash != release.Sha256)
        {
            throw new InvalidOperationException($"The rebuilt data of {version} has the content hash {hash}, not the released {release.Sha256}; the package is damaged.");
        }

        return LoadTrusted(f => files.GetValueOrDefault(f));
    }
}
