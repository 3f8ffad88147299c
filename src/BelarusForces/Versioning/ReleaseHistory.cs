using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using BelarusForces.Data;

namespace BelarusForces.Versioning;

/// <summary>
/// Rebuilds the data files of an earlier release from those of the next one. For each earlier release the package
/// embeds one history file (<c>data/history/VERSION.json</c>, written by <c>eng/release-history</c> when the next
/// version is released): the release's manifest and, for every collection file that differs from the next release,
/// its records' ids in their released order and the released text of each record that changed or was withdrawn since.
/// A history file never changes once written, because the data of a release never changes; rebuilding an old
/// release walks back one release at a time from the embedded data.
/// </summary>
/// <remarks>
/// The shape of a history file:
/// <code>
/// { "version": "1.0.0", "next": "1.1.0", "manifest": { ...dataset.json of 1.0.0... },
///   "collections": { "units.json": { "ids": ["belarus-armed-forces", ...], "records": [ {...as released...} ] } } }
/// </code>
/// </remarks>
internal static class ReleaseHistory
{
    private const string ResourcePrefix = "BelarusForces.History.";

    /// <summary>The embedded history file of a release, or <see langword="null"/> when the package has none for it.</summary>
    public static byte[]? ReadEmbedded(string version)
    {
        using var stream = typeof(ReleaseHistory).Assembly.GetManifestResourceStream(ResourcePrefix + version + ".json");
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// The files (manifest, collections, releases) of release <paramref name="version"/>, rebuilt from
    /// <paramref name="files"/>, the files of release <paramref name="fromVersion"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No chain of history files leads from <paramref name="fromVersion"/> back to <paramref name="version"/>.</exception>
    public static Dictionary<string, byte[]> Rebuild(string version, string fromVersion, Func<string, byte[]?> files, Func<string, byte[]?> history)
    {
        var current = DataFiles.All.ToDictionary(f => f, f => files(f) ?? throw new InvalidOperationException($"'{f}' is missing."), StringComparer.Ordinal);
        var at = fromVersion;
        while (at != version)
        {
            var step = FindStepBackFrom(at, version, history);
            current = StepBack(step, current);
            at = (string)step["version"]!;
        }

        current[DataFiles.Releases] = ReleasesUpTo(version, current[DataFiles.Releases]);
        return current;
    }

    // The history file whose "next" is the given version, among the releases older than it.
    private static JsonObject FindStepBackFrom(string next, string target, Func<string, byte[]?> history)
    {
        // The target's own history file is the last step; it names its next release.
        for (var candidate = target; ;)
        {
            var bytes = history(candidate) ?? throw new KeyNotFoundException($"There is no history of release {candidate}, so {target} cannot be rebuilt from {next}.");
            var step = JsonNode.Parse(bytes)!.AsObject();
            var stepNext = (string)step["next"]!;
            if (stepNext == next)
            {
                return step;
            }

            candidate = stepNext;
        }
    }

    private static Dictionary<string, byte[]> StepBack(JsonObject step, Dictionary<string, byte[]> next)
    {
        var files = new Dictionary<string, byte[]>(next, StringComparer.Ordinal)
        {
            [DataFiles.Manifest] = Write(step["manifest"]!),
        };
        foreach (var (file, change) in step["collections"]!.AsObject())
        {
            var document = JsonNode.Parse(next[file])!.AsObject();
            var nextRecords = document["records"]!.AsArray().ToDictionary(r => (string)r!["id"]!, StringComparer.Ordinal);
            var released = change!["records"]!.AsArray().ToDictionary(r => (string)r!["id"]!, StringComparer.Ordinal);
            var records = new JsonArray();
            foreach (var id in change["ids"]!.AsArray())
            {
                var key = (string)id!;
                var record = released.GetValueOrDefault(key) ?? nextRecords.GetValueOrDefault(key)
                    ?? throw new InvalidOperationException($"The history of release {step["version"]} names '{key}' in {file}, which neither it nor the next release holds.");
                records.Add(record.DeepClone());
            }

            document["records"] = records;
            files[file] = Write(document);
        }

        return files;
    }

    // The releases and tombstones as they stood at that release: later entries would name records it does not hold.
    private static byte[] ReleasesUpTo(string version, byte[] releasesFile)
    {
        var document = JsonNode.Parse(releasesFile)!.AsObject();
        var releases = document["releases"]!.AsArray();
        var kept = new JsonArray();
        var versions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var release in releases)
        {
            kept.Add(release!.DeepClone());
            versions.Add((string)release["version"]!);
            if ((string)release["version"]! == version)
            {
                break;
            }
        }

        document["releases"] = kept;
        document["withdrawn"] = new JsonArray([.. document["withdrawn"]!.AsArray().Where(t => versions.Contains((string)t!["version"]!)).Select(t => t!.DeepClone())]);
        return Write(document);
    }

    private static byte[] Write(JsonNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            node.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
