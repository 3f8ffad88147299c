using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BelarusForces.Model;
using BelarusForces.Values;
using BelarusForces.Versioning;

namespace BelarusForces.Data;

/// <summary>
/// Turns data files into a dataset in three steps: <see cref="ReadAll"/> reads each file with the source-generated
/// reader, <see cref="ResolveAll"/> checks every value and resolves every reference into the model, and
/// <see cref="CheckReleases"/> checks released ids and tombstones. Problems are collected, not thrown one by one; if
/// there is any, no dataset is built.
/// </summary>
internal sealed partial class DatasetBuilder
{
    private readonly Func<string, (byte[]? Bytes, Rule? Rule, string? Why)> _read;
    private readonly SeedTexts? _seeds; // null for the package's own data (see IsPackageData)

    // The package's own data was checked when the package was built (quotes against seeds, screening, release keys):
    // loading it skips those checks, and it has no seed texts to check against.
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(_seeds))]
    private bool IsPackageData => _seeds is null;
    private readonly IReadOnlyDictionary<string, int>? _trustedLines; // the evidence lines the build computed for trusted data, by quote key
    private readonly List<(DataProblem Problem, bool LineKnown)> _problems = [];
    private readonly Dictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object>[] _index = new Dictionary<string, object>[Collections.All.Length];
    private readonly SortedDictionary<string, int> _evidenceLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QuoteFinder> _quotes = new(StringComparer.Ordinal); // per seed file
    private string _file = "";

    private DatasetBuilder(Func<string, (byte[]?, Rule?, string?)> read, SeedTexts? seeds, IReadOnlyDictionary<string, int>? trustedLines)
    {
        _read = read;
        _seeds = seeds;
        _trustedLines = trustedLines;
    }

    /// <summary>
    /// Builds the package's own data, which the package's build validated, with the evidence lines it computed (by
    /// <see cref="EvidenceKey"/>; an empty map leaves every line 0).
    /// </summary>
    public static BelarusForcesDataset Trusted(Func<string, byte[]?> read, IReadOnlyDictionary<string, int> evidenceLines) =>
        new DatasetBuilder(f => read(f) is { } bytes ? (bytes, null, null) : (null, Rules.FilePresent, "the file is missing"), null, evidenceLines).Build([]);

    /// <summary>Builds a data directory, checking every rule, quotes against the seeds included.</summary>
    public static BelarusForcesDataset Checked(DirectoryInfo data, DirectoryInfo seeds)
    {
        var expected = DataFiles.All.ToHashSet(StringComparer.Ordinal);
        long total = DataFiles.All.Select(f => new FileInfo(Path.Combine(data.FullName, f))).Where(f => f.Exists).Sum(f => f.Length);
        if (total > DataFiles.MaxTotalBytes)
        {
            throw new DatasetLoadException([new DataProblem(data.FullName, "$", 0, Rules.FileSize.Id, $"the data files hold {total} bytes together; at most {DataFiles.MaxTotalBytes} are allowed")]);
        }

        var unexpected = data.EnumerateFiles("*.json").Select(f => f.Name).Where(n => !expected.Contains(n)).Order(StringComparer.Ordinal).ToList();
        try
        {
            return new DatasetBuilder(f => DataFiles.ReadChecked(data, f), new SeedTexts(seeds), null).Build(unexpected);
        }
        catch (Exception e) when (e is not DatasetLoadException and not OutOfMemoryException)
        {
            // A safety net, so that callers only ever handle the documented exception; the rule marks it as a defect.
            throw new DatasetLoadException([new DataProblem(data.FullName, "$", 0, Rules.UnexpectedInput.Id, $"the data could not be read ({e.GetType().Name}: {e.Message})")]);
        }
    }

    /// <summary>The seed line of every quote by its <see cref="EvidenceKey"/>; what <see cref="Trusted"/> is given.</summary>
    public IReadOnlyDictionary<string, int> EvidenceLines => _evidenceLines;

    /// <summary>
    /// The seed line of every quote of a data directory, checked against the seeds, for the build step that embeds them
    /// (eng/DataTool). Keyed by file and JSON path, so that the loader can never pair a quote with another's line.
    /// </summary>
    public static IReadOnlyDictionary<string, int> ComputeEvidenceLines(DirectoryInfo data, DirectoryInfo seeds)
    {
        var builder = new DatasetBuilder(f => DataFiles.ReadChecked(data, f), new SeedTexts(seeds), null);
        builder.Build([]);
        return builder.EvidenceLines;
    }

    /// <summary>The key of a quote in the evidence lines: its file and JSON path, as in <c>procurements.json:$.records[3].batches[1].evidence[0]</c>.</summary>
    public static string EvidenceKey(string file, string path) => file + ":" + path;

    private BelarusForcesDataset Build(IReadOnlyList<string> unexpectedFiles)
    {
        foreach (var file in unexpectedFiles)
        {
            _file = file;
            Problem("$", Rules.ExpectedFiles, "the file is not part of the dataset; the data files are " + string.Join(", ", DataFiles.All));
        }

        var (manifest, documents, releases) = ReadAll();
        if (_problems.Count > 0 || manifest is null || releases is null)
        {
            throw Failure();
        }

        var info = BuildManifest(manifest);
        var records = ResolveAll(documents);
        var (relations, derivations) = ResolveRelations(documents);
        if (!IsPackageData)
        {
            CheckSupport(documents);
        }

        var (releaseList, withdrawn) = CheckReleases(releases);
        CheckNames();
        if (_problems.Count > 0)
        {
            throw Failure();
        }

        return new BelarusForcesDataset(info, records, releaseList, withdrawn, _bytes, IsPackageData ? ReleasedHash(releaseList, info.Version) : null)
        {
            RelationTable = relations,
            DerivationTable = derivations,
        };
    }

    // Trusted data is the package's own, whose release hash the tests check against its content: a program that
    // prints the version id need not hash the data again.
    private static string? ReleasedHash(ImmutableArray<Release> releases, string version) =>
        releases.FirstOrDefault(r => r.Version == version)?.Sha256;

    // ---- step 1: reading ------------------------------------------------------------------------------

    private (ManifestDocument?, IReadOnlyList<object>?[], ReleasesDocument?) ReadAll()
    {
        var manifest = Read(DataFiles.Manifest, bytes => JsonSerializer.Deserialize(bytes, DataJsonContext.Default.ManifestDocument));
        var documents = new IReadOnlyList<object>?[Collections.All.Length];
        foreach (var collection in Collections.All)
        {
            documents[collection.Index] = Read(collection.File, collection.Read);
            if (documents[collection.Index] is { Count: > DataFiles.MaxRecords } tooMany)
            {
                Problem("$.records", Rules.RecordCount, $"the collection holds {tooMany.Count} records; at most {DataFiles.MaxRecords} are allowed");
                documents[collection.Index] = null;
            }
        }

        int records = documents.Sum(d => d?.Count ?? 0);
        if (records > DataFiles.MaxTotalRecords)
        {
            _file = Collections.All.Last(c => documents[c.Index] is not null).File;
            Problem("$.records", Rules.RecordCount, $"the collections hold {records} records together; at most {DataFiles.MaxTotalRecords} are allowed");
        }

        var releases = Read(DataFiles.Releases, bytes => JsonSerializer.Deserialize(bytes, DataJsonContext.Default.ReleasesDocument));
        return (manifest, documents, releases);
    }

    private T? Read<T>(string file, Func<byte[], T?> read)
        where T : class
    {
        _file = file;
        var (bytes, rule, why) = _read(file);
        if (bytes is null)
        {
            Problem("$", rule!, why!);
            return null;
        }

        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            Problem("$", Rules.Utf8NoBom, "the file starts with a byte order mark; data files are UTF-8 without BOM");
            return null;
        }

        // The package's own data was screened when the package was built; a directory is screened here, for what the
        // reader's options do not refuse on their own.
        if (!IsPackageData && Screened(file, bytes))
        {
            return null;
        }

        _bytes[file] = bytes;
        try
        {
            return read(bytes) ?? throw new JsonException("The file holds null. Path: $ | LineNumber: 0 | BytePositionInLine: 0.");
        }
        catch (JsonException e)
        {
            // The reader's message ends with the path and position, which the problem carries in fields of its own.
            var message = e.Message;
            int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            message = (cut > 0 ? message[..cut] : message) + (e.InnerException is { } inner ? " " + inner.Message : "");
            _problems.Add((new DataProblem(file, e.Path ?? "$", (int)(e.LineNumber ?? -1) + 1, Rules.JsonShape.Id, Shorten(message, 300)), true));
            return null;
        }
    }

    // Reports invalid UTF-8 (with its line), nulls in lists and over-long strings; true when there is any.
    private bool Screened(string file, byte[] bytes)
    {
        if (InvalidUtf8At(bytes) is int bad and >= 0)
        {
            _problems.Add((new DataProblem(file, "$", bytes.AsSpan(0, bad).Count((byte)'\n') + 1, Rules.JsonShape.Id, $"the file is not valid UTF-8 at byte {bad}"), true));
            return true;
        }

        var screened = JsonLineLocator.Screen(bytes);
        foreach (var (path, line, broken, message) in screened)
        {
            _problems.Add((new DataProblem(file, path, line, broken.Id, message), true));
        }

        return screened.Count > 0;
    }

    // The position of the first byte that is not valid UTF-8, or -1.
    private static int InvalidUtf8At(byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out int read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : -1;
    }

    // ---- step 2: checking and resolving ---------------------------------------------------------------

    private ImmutableArray<object>[] ResolveAll(IReadOnlyList<object>?[] documents)
    {
        var records = new ImmutableArray<object>[Collections.All.Length];
        if (!IsPackageData)
        {
            FindQuotes(documents[Collections.Sources.Index]!.Cast<SourceDocument>());
        }

        foreach (var collection in Collections.All)
        {
            _index[collection.Index] = Resolve(collection, documents[collection.Index]!);
            records[collection.Index] = [.. _index[collection.Index].Values];
        }

        return records;
    }

    // Builds a collection's records in file order. A record that points at another of its own collection (a unit's
    // parent) is built after it: the chain of parents is walked with a stack, not by recursion, so that a chain of any
    // depth is a problem to report and never a stack overflow.
    private Dictionary<string, object> Resolve(Collection collection, IReadOnlyList<object> documents)
    {
        _file = collection.File;
        var position = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        for (int i = 0; i < documents.Count; i++)
        {
            var id = collection.IdOf(documents[i]);
            if (CheckId(id, RecordPath(i), position.ContainsKey(id)))
            {
                position[id] = i;
            }
        }

        var built = new Dictionary<string, object>(documents.Count, StringComparer.Ordinal);
        _index[collection.Index] = built; // so that a record's build finds its parent
        var chain = new List<int>();
        var onChain = new HashSet<int>();
        foreach (var start in position.Values)
        {
            chain.Clear();
            onChain.Clear();
            for (int at = start; at >= 0 && !built.ContainsKey(collection.IdOf(documents[at]));)
            {
                if (!onChain.Add(at))
                {
                    Problem($"{RecordPath(at)}.{collection.ParentField}", Rules.NoCycles, $"'{Shorten(collection.IdOf(documents[at]))}' is its own ancestor through '{collection.ParentField}'");
                    break;
                }

                chain.Add(at);
                var parent = collection.ParentOf(documents[at]);
                at = parent is not null && position.TryGetValue(parent, out int p) ? p : -1;
            }

            for (int c = chain.Count - 1; c >= 0; c--)
            {
                int i = chain[c];
                var parent = collection.ParentOf(documents[i]);
                if (parent is not null && !position.ContainsKey(parent))
                {
                    Problem($"{RecordPath(i)}.{collection.ParentField}", Rules.ReferenceResolves, $"'{Shorten(parent)}' is not an id in {collection.File}{Nearest(parent, position.Keys)}");
                }

                _file = collection.File;
                built[collection.IdOf(documents[i])] = collection.Build(this, documents[i], RecordPath(i));
            }
        }

        // Keep the file's order.
        var result = new Dictionary<string, object>(built.Count, StringComparer.Ordinal);
        foreach (var (id, i) in position.OrderBy(p => p.Value))
        {
            if (built.TryGetValue(id, out var record))
            {
                result[id] = record;
            }
        }

        return result;
    }

    private Dictionary<string, object> IndexOf(Collection collection) => _index[collection.Index];

    private static string RecordPath(int index) => "$.records[" + Digits(index) + "]";

    private static string ItemPath(string path, string member, int index) => path + "." + member + "[" + Digits(index) + "]";

    // An index in a JSON path, formatted without a culture: formatting an int through one would start the system's
    // globalization library (ICU) in every program that loads the data.
    private static string Digits(int index)
    {
        Span<char> digits = stackalloc char[10];
        ((uint)index).TryFormat(digits, out int length);
        return new string(digits[..length]);
    }

    private bool CheckId(string id, string path, bool duplicate)
    {
        if (id.Length > DataFiles.MaxIdLength || !IsKebabId(id))
        {
            Problem($"{path}.id", Rules.IdFormat, $"'{Shorten(id)}' is not a lowercase kebab-case id of at most {DataFiles.MaxIdLength} characters, such as 'su-30sm'");
            return false;
        }

        if (duplicate)
        {
            Problem($"{path}.id", Rules.IdUnique, $"the id '{id}' is used by an earlier record of {_file}");
            return false;
        }

        return true;
    }

    // Lowercase letters and digits in words joined by single hyphens: su-30sm.
    private static bool IsKebabId(string id) =>
        id.Length > 0 && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>The record of a collection that an id names, or a <c>reference-resolves</c> problem.</summary>
    internal T? Ref<T>(Collection<T> collection, string? id, string path, string member)
        where T : class
    {
        if (id is null)
        {
            return null;
        }

        if (IndexOf(collection).TryGetValue(id, out var value))
        {
            return (T)value;
        }

        Problem(member.Length == 0 ? path : path + "." + member, Rules.ReferenceResolves, $"'{Shorten(id)}' is not an id in {collection.File}{Nearest(id, IndexOf(collection).Keys)}");
        return null;
    }

    internal ValueArray<T> Refs<T>(Collection<T> collection, string[] ids, string path, string member)
        where T : class
    {
        var items = ImmutableArray.CreateBuilder<T>(ids.Length);
        for (int i = 0; i < ids.Length; i++)
        {
            if (Ref(collection, ids[i], path, member + "[" + Digits(i) + "]") is { } item)
            {
                items.Add(item);
            }
        }

        return new(items.DrainToImmutable());
    }

    // A few ids that share a prefix with the bad one. Only bounded prefixes are compared, so that a long bad value costs
    // no more than a short one, and the message quotes the value shortened.
    private static string Nearest(string id, IEnumerable<string> candidates)
    {
        var prefix = id.Length > 24 ? id[..24] : id;
        var head = prefix.Split('-')[0];
        var near = candidates.Where(c => c.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(c, StringComparison.Ordinal) || c.Split('-')[0] == head).Take(3).ToList();
        return near.Count == 0 ? "" : $" (did you mean {string.Join(", ", near.Select(n => $"'{n}'"))}?)";
    }

    internal static string Shorten(string s, int length = 80) => s.Length <= length ? s : s[..(length - 3)] + "...";

    // ---- step 3: releases --------------------------------------------------------------------------------

    private (ImmutableArray<Release>, ImmutableArray<Tombstone>) CheckReleases(ReleasesDocument d)
    {
        _file = DataFiles.Releases;
        HashSet<string>? keys = IsPackageData ? null : [.. Collections.All.Where(c => c != Collections.Sources).SelectMany(c => IndexOf(c).Keys.Select(id => c.Name + "/" + id))];
        var tombstones = ImmutableArray.CreateBuilder<Tombstone>(d.Withdrawn.Count);
        for (int i = 0; i < d.Withdrawn.Count; i++)
        {
            var t = d.Withdrawn[i];
            if (keys is not null && keys.Contains(t.Key))
            {
                Problem($"$.withdrawn[{i}].key", Rules.TombstoneNotLive, $"'{t.Key}' is withdrawn but a record with that key still exists");
            }

            if (keys is not null && t.ReplacedBy is { } target && !keys.Contains(target))
            {
                Problem($"$.withdrawn[{i}].replacedBy", Rules.TombstoneTarget, $"the tombstone '{t.Key}' points at '{target}', which is not a record");
            }

            tombstones.Add(new Tombstone { Key = t.Key, ReplacedBy = t.ReplacedBy, Version = t.Version, Reason = t.Reason });
        }

        var withdrawn = d.Withdrawn.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var releases = ImmutableArray.CreateBuilder<Release>(d.Releases.Count);
        for (int i = 0; i < d.Releases.Count; i++)
        {
            var r = d.Releases[i];
            for (int k = 0; keys is not null && k < r.Keys.Length; k++)
            {
                if (!keys.Contains(r.Keys[k]) && !withdrawn.Contains(r.Keys[k]))
                {
                    Problem($"$.releases[{i}].keys[{k}]", Rules.ReleasedIdResolves, $"'{r.Keys[k]}' was released in {r.Version} but is neither a record nor a tombstone: released ids are permanent");
                }
            }

            if (r.HashAlgorithm is { } algorithm && (algorithm < 1 || algorithm > ContentHash.Latest))
            {
                Problem($"$.releases[{i}].hashAlgorithm", Rules.AllowedValue, $"{algorithm} is not a version of the content hash's algorithm; they are 1 to {ContentHash.Latest}");
            }

            releases.Add(new Release { Version = r.Version, Released = Date(r.Released, "$.releases[" + Digits(i) + "]", "released") ?? default, Sha256 = r.Sha256, HashAlgorithm = r.HashAlgorithm ?? 1, Keys = Strings(r.Keys) });
        }

        return (releases.MoveToImmutable(), tombstones.MoveToImmutable());
    }

    // ---- problems ----------------------------------------------------------------------------------------

    internal void Problem(string path, Rule rule, string message) => _problems.Add((new DataProblem(_file, path, 0, rule.Id, message), false));

    private DatasetLoadException Failure()
    {
        var lines = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var problems = _problems.Select(p =>
        {
            if (p.LineKnown || !_bytes.TryGetValue(p.Problem.File, out var bytes))
            {
                return p.Problem;
            }

            if (!lines.TryGetValue(p.Problem.File, out var map))
            {
                lines[p.Problem.File] = map = JsonLineLocator.Lines(bytes);
            }

            return p.Problem with { Line = JsonLineLocator.LineOf(map, p.Problem.JsonPath) };
        }).ToList();
        return new DatasetLoadException(problems);
    }
}
