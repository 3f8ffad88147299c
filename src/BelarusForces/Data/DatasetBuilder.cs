using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using BelarusForces.Model;
using BelarusForces.Values;
using BelarusForces.Versioning;

namespace BelarusForces.Data;

/// <summary>
/// Reads the data files, checks every rule, resolves every reference into objects and builds the model.
/// Problems are collected, not thrown one by one; if there is any, no dataset is built.
/// </summary>
/// <remarks>
/// Every program pays for this code on its first load, method by method, so it is written as plain loops: no LINQ,
/// no regular expressions and no generic code over value types, which a fresh process would have to compile first.
/// JSON paths are put together only when there is a problem to report.
/// </remarks>
internal sealed class DatasetBuilder
{
    private readonly Func<string, ReadOnlyMemory<byte>?> _read;
    private readonly IReadOnlyDictionary<string, byte[]>? _seeds;
    private readonly IReadOnlyList<string> _unexpectedFiles;
    private readonly List<(DataProblem Problem, bool LineKnown)> _problems = [];
    private readonly ReadOnlyMemory<byte>[] _bytes = new ReadOnlyMemory<byte>[DataFiles.All.Length]; // by DataFiles.All
    private readonly Dictionary<string, string> _sourceTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nameOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameClash> _nameClashes = new(StringComparer.Ordinal);
    private readonly StringPool _strings = new();
    private string _file = "";

    private Dictionary<string, Source> _sources = [];
    private Dictionary<string, Organisation> _organisations = [];
    private Dictionary<string, Unit> _units = [];
    private Dictionary<string, EquipmentType> _equipment = [];
    private Dictionary<string, Site> _sites = [];

    /// <param name="read">Returns a file's bytes, or null when the file does not exist.</param>
    /// <param name="seeds">The seed files' bytes by file name, to check quotes and hashes; null to trust the data (the embedded copy).</param>
    /// <param name="unexpectedFiles">JSON files in the data directory that are not part of the dataset.</param>
    public DatasetBuilder(Func<string, ReadOnlyMemory<byte>?> read, IReadOnlyDictionary<string, byte[]>? seeds, IReadOnlyList<string> unexpectedFiles)
    {
        _read = read;
        _seeds = seeds;
        _unexpectedFiles = unexpectedFiles;
    }

    public BelarusForcesDataset Build()
    {
        foreach (var file in _unexpectedFiles)
        {
            _file = file;
            Problem("$", "expected-files", "the file is not part of the dataset; collection files are " + string.Join(", ", DataFiles.Collections));
        }

        var manifest = Parse(DataFiles.Manifest, ManifestDocument.Read);
        var sources = ParseCollection(DataFiles.Collections[0], SourceDocument.Read);
        var organisations = ParseCollection(DataFiles.Collections[1], OrganisationDocument.Read);
        var units = ParseCollection(DataFiles.Collections[2], UnitDocument.Read);
        var equipment = ParseCollection(DataFiles.Collections[3], EquipmentDocument.Read);
        var sites = ParseCollection(DataFiles.Collections[4], SiteDocument.Read);
        var inventory = ParseCollection(DataFiles.Collections[5], InventoryDocument.Read);
        var procurements = ParseCollection(DataFiles.Collections[6], ProcurementDocument.Read);
        var exercises = ParseCollection(DataFiles.Collections[7], ExerciseDocument.Read);
        var indicators = ParseCollection(DataFiles.Collections[8], IndicatorDocument.Read);
        var people = ParseCollection(DataFiles.Collections[9], PersonDocument.Read);
        var agreements = ParseCollection(DataFiles.Collections[10], AgreementDocument.Read);
        var events = ParseCollection(DataFiles.Collections[11], EventDocument.Read);
        var releases = Parse(DataFiles.Releases, ReleasesDocument.Read);
        if (_problems.Count > 0 || manifest is null || releases is null)
        {
            throw Failure();
        }

        var info = BuildManifest(manifest);
        _sources = Index(DataFiles.Collections[0], sources!, static d => d.Id, BuildSource);
        _organisations = IndexRecursive<OrganisationDocument, Organisation>(DataFiles.Collections[1], organisations!, static d => d.Id, static d => d.Parent, "parent", BuildOrganisation);
        _units = IndexRecursive<UnitDocument, Unit>(DataFiles.Collections[2], units!, static d => d.Id, static d => d.Parent, "parent", BuildUnit);
        _equipment = IndexRecursive<EquipmentDocument, EquipmentType>(DataFiles.Collections[3], equipment!, static d => d.Id, static d => d.VariantOf, "variantOf", BuildEquipment);
        _sites = Index(DataFiles.Collections[4], sites!, static d => d.Id, BuildSite);
        var inventoryRecords = Records(Index(DataFiles.Collections[5], inventory!, static d => d.Id, BuildInventory));
        var procurementRecords = Records(Index(DataFiles.Collections[6], procurements!, static d => d.Id, BuildProcurement));
        var exerciseRecords = Records(Index(DataFiles.Collections[7], exercises!, static d => d.Id, BuildExercise));
        var indicatorRecords = Records(Index(DataFiles.Collections[8], indicators!, static d => d.Id, BuildIndicator));
        var personRecords = Records(Index(DataFiles.Collections[9], people!, static d => d.Id, BuildPerson));
        var agreementRecords = Records(Index(DataFiles.Collections[10], agreements!, static d => d.Id, BuildAgreement));
        var eventRecords = Records(Index(DataFiles.Collections[11], events!, static d => d.Id, BuildEvent));

        // The package's own data has its released keys and tombstones checked by its tests; a program loading it
        // need not make a key for every record to check them again.
        HashSet<string>? keys = null;
        if (_seeds is not null)
        {
            keys = new HashSet<string>(StringComparer.Ordinal);
            AddKeys(keys, _organisations.Values);
            AddKeys(keys, _units.Values);
            AddKeys(keys, _equipment.Values);
            AddKeys(keys, _sites.Values);
            AddKeys(keys, inventoryRecords);
            AddKeys(keys, procurementRecords);
            AddKeys(keys, exerciseRecords);
            AddKeys(keys, indicatorRecords);
            AddKeys(keys, personRecords);
            AddKeys(keys, agreementRecords);
            AddKeys(keys, eventRecords);
        }

        var withdrawn = BuildTombstones(releases, keys);
        var releaseList = BuildReleases(releases, keys, withdrawn);
        CheckAliases();
        if (_problems.Count > 0)
        {
            throw Failure();
        }

        return new BelarusForcesDataset(
            info,
            Records(_sources),
            Records(_organisations),
            Records(_units),
            Records(_equipment),
            Records(_sites),
            inventoryRecords,
            procurementRecords,
            exerciseRecords,
            indicatorRecords,
            personRecords,
            agreementRecords,
            eventRecords,
            releaseList,
            withdrawn,
            _sources,
            _bytes,
            _seeds is null ? ReleasedHash(releaseList, info.Version) : null);
    }

    // Trusted data is the package's own, whose release hash the tests check against its content: a program that
    // prints the version id need not hash the data again.
    private static string? ReleasedHash(ImmutableArray<Release> releases, string version)
    {
        foreach (var release in releases)
        {
            if (release.Version == version)
            {
                return release.Sha256;
            }
        }

        return null;
    }

    // ---- reading -------------------------------------------------------------------------------------

    private List<T>? ParseCollection<T>(string file, ValueReader<T> record)
        where T : class =>
        Parse(file, (JsonDocumentReader r, ref JsonCursor json) => CollectionFile.Read(r, ref json, record));

    private T? Parse<T>(string file, ValueReader<T> read)
        where T : class
    {
        _file = file;
        ReadOnlyMemory<byte> bytes;
        try
        {
            if (_read(file) is not { } found)
            {
                Problem("$", "file-present", "the file is missing; every collection file must be present, even if it holds no records");
                return null;
            }

            bytes = found;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem("$", "file-readable", $"the file cannot be read: {e.Message}");
            return null;
        }

        if (bytes.Length > DataFiles.MaxFileBytes)
        {
            Problem("$", "file-size", $"the file is {bytes.Length} bytes; files larger than {DataFiles.MaxFileBytes} bytes are refused");
            return null;
        }

        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            Problem("$", "utf8-no-bom", "the file starts with a byte order mark; data files are UTF-8 without BOM");
            return null;
        }

        _bytes[Array.IndexOf(DataFiles.All, file)] = bytes;
        try
        {
            return JsonDocumentReader.Read(bytes, read, _strings);
        }
        catch (JsonShapeException e)
        {
            _problems.Add((new DataProblem(file, e.JsonPath, e.Line, e.Rule, e.Message), true));
            return null;
        }
    }

    private DatasetManifest BuildManifest(ManifestDocument d)
    {
        _file = DataFiles.Manifest;
        var released = Date(d.Released, "$", "released");
        if (!IsSemanticVersion(d.Version))
        {
            Problem("$.version", "version-format", $"'{d.Version}' is not a semantic version such as 1.0.0");
        }

        var seeds = ImmutableArray.CreateBuilder<SeedFile>(d.Seeds.Count);
        for (int i = 0; i < d.Seeds.Count; i++)
        {
            var seed = d.Seeds[i];
            seeds.Add(new SeedFile(seed.File, seed.Sha256));
            if (_seeds is null)
            {
                continue;
            }

            if (!_seeds.TryGetValue(seed.File, out var bytes))
            {
                Problem($"$.seeds[{i}].file", "seed-present", $"the seed file '{seed.File}' is not in the seeds directory");
                continue;
            }

            var hash = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
            if (!string.Equals(hash, seed.Sha256, StringComparison.Ordinal))
            {
                Problem($"$.seeds[{i}].sha256", "seed-hash", $"the seed file '{seed.File}' has SHA-256 {hash}, not {seed.Sha256}: the seed was changed");
            }
        }

        return new DatasetManifest
        {
            Name = d.Name,
            Title = d.Title,
            Version = d.Version,
            Released = released ?? default,
            Description = d.Description,
            CodeLicence = d.Licences.Code,
            DataLicence = d.Licences.Data,
            Seeds = new(seeds.MoveToImmutable()),
        };
    }

    private ImmutableArray<Tombstone> BuildTombstones(ReleasesDocument d, HashSet<string>? keys)
    {
        _file = DataFiles.Releases;
        var tombstones = ImmutableArray.CreateBuilder<Tombstone>(d.Withdrawn.Count);
        for (int i = 0; i < d.Withdrawn.Count; i++)
        {
            var t = d.Withdrawn[i];
            if (keys is not null && keys.Contains(t.Key))
            {
                Problem($"$.withdrawn[{i}].key", "tombstone-not-live", $"'{t.Key}' is withdrawn but a record with that key still exists");
            }

            if (keys is not null && t.ReplacedBy is { } target && !keys.Contains(target))
            {
                Problem($"$.withdrawn[{i}].replacedBy", "tombstone-target", $"the tombstone '{t.Key}' points at '{target}', which is not a record");
            }

            tombstones.Add(new Tombstone { Key = t.Key, ReplacedBy = t.ReplacedBy, Version = t.Version, Reason = t.Reason });
        }

        return tombstones.MoveToImmutable();
    }

    private ImmutableArray<Release> BuildReleases(ReleasesDocument d, HashSet<string>? keys, ImmutableArray<Tombstone> tombstones)
    {
        _file = DataFiles.Releases;
        var withdrawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tombstones)
        {
            withdrawn.Add(t.Key);
        }

        var releases = ImmutableArray.CreateBuilder<Release>(d.Releases.Count);
        for (int i = 0; i < d.Releases.Count; i++)
        {
            var r = d.Releases[i];
            for (int k = 0; keys is not null && k < r.Keys.Length; k++)
            {
                if (!keys.Contains(r.Keys[k]) && !withdrawn.Contains(r.Keys[k]))
                {
                    Problem($"$.releases[{i}].keys[{k}]", "released-id-resolves", $"'{r.Keys[k]}' was released in {r.Version} but is neither a record nor a tombstone: released ids are permanent");
                }
            }

            releases.Add(new Release { Version = r.Version, Released = Date(r.Released, $"$.releases[{i}]", "released") ?? default, Sha256 = r.Sha256, Keys = Strings(r.Keys) });
        }

        return releases.MoveToImmutable();
    }

    // ---- indexing and references ---------------------------------------------------------------------

    private static ImmutableArray<T> Records<T>(Dictionary<string, T> index)
    {
        var records = ImmutableArray.CreateBuilder<T>(index.Count);
        foreach (var record in index.Values)
        {
            records.Add(record);
        }

        return records.MoveToImmutable();
    }

    private static void AddKeys<T>(HashSet<string> keys, IEnumerable<T> records)
        where T : IRecord
    {
        foreach (var record in records)
        {
            keys.Add(record.CitationKey);
        }
    }

    private Dictionary<string, TModel> Index<TDoc, TModel>(string file, List<TDoc> docs, Func<TDoc, string> id, Func<TDoc, string, TModel> build)
    {
        _file = file;
        var result = new Dictionary<string, TModel>(docs.Count, StringComparer.Ordinal);
        for (int i = 0; i < docs.Count; i++)
        {
            _file = file;
            var key = id(docs[i]);
            var path = RecordPath(i);
            if (CheckId(key, path, result.ContainsKey(key)))
            {
                result[key] = build(docs[i], path);
            }
        }

        return result;
    }

    // Builds records that may point at another record of the same collection (a unit's parent), parents first.
    private Dictionary<string, TModel> IndexRecursive<TDoc, TModel>(
        string file, List<TDoc> docs, Func<TDoc, string> id, Func<TDoc, string?> parent, string parentField, Func<TDoc, string, Dictionary<string, TModel>, TModel> build)
        where TModel : class
    {
        _file = file;
        var byId = new Dictionary<string, int>(docs.Count, StringComparer.Ordinal);
        for (int i = 0; i < docs.Count; i++)
        {
            var key = id(docs[i]);
            if (CheckId(key, RecordPath(i), byId.ContainsKey(key)))
            {
                byId[key] = i;
            }
        }

        var built = new Dictionary<string, TModel>(docs.Count, StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        TModel? Get(string key)
        {
            if (built.TryGetValue(key, out var done))
            {
                return done;
            }

            int index = byId[key];
            var doc = docs[index];
            var path = RecordPath(index);
            if (!visiting.Add(key))
            {
                _file = file;
                Problem($"{path}.{parentField}", "no-cycles", $"'{key}' is its own ancestor through '{parentField}'");
                return null;
            }

            if (parent(doc) is { } p)
            {
                if (!byId.ContainsKey(p))
                {
                    _file = file;
                    Problem($"{path}.{parentField}", "reference-resolves", $"'{p}' is not an id in {file}{Nearest(p, byId.Keys)}");
                }
                else
                {
                    Get(p);
                }
            }

            _file = file;
            var model = build(doc, path, built);
            built[key] = model;
            visiting.Remove(key);
            return model;
        }

        foreach (var key in byId.Keys)
        {
            Get(key);
        }

        // Keep the file's order.
        var result = new Dictionary<string, TModel>(built.Count, StringComparer.Ordinal);
        for (int i = 0; i < docs.Count; i++)
        {
            var key = id(docs[i]);
            if (byId.TryGetValue(key, out int index) && index == i && built.TryGetValue(key, out var model))
            {
                result[key] = model;
            }
        }

        return result;
    }

    private static string RecordPath(int index) => "$.records[" + Digits(index) + "]";

    private static string ItemPath(string path, string member, int index) => path + "." + member + "[" + Digits(index) + "]";

    // An index in a JSON path. Formatted without a culture: naming one, even the invariant culture, starts the
    // system's globalization library (ICU), which costs a fresh process some 15 ms.
    private static string Digits(int index)
    {
        Span<char> digits = stackalloc char[10];
        ((uint)index).TryFormat(digits, out int length);
        return new string(digits[..length]);
    }

    private bool CheckId(string id, string path, bool duplicate)
    {
        if (!IsKebabId(id))
        {
            Problem($"{path}.id", "id-format", $"'{id}' is not a lowercase kebab-case id such as 'su-30sm'");
            return false;
        }

        if (duplicate)
        {
            Problem($"{path}.id", "id-unique", $"the id '{id}' is used by an earlier record of {_file}");
            return false;
        }

        return true;
    }

    // Lowercase letters and digits in words joined by single hyphens: su-30sm.
    private static bool IsKebabId(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            bool valid = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && id[i - 1] != '-');
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }

    // major.minor.patch with an optional -prerelease of letters, digits, dots and hyphens: 1.0.0, 1.1.0-rc.1.
    private static bool IsSemanticVersion(string version)
    {
        int dash = version.IndexOf('-', StringComparison.Ordinal);
        var core = dash < 0 ? version : version[..dash];
        var parts = core.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length == 0 || !IsAll(part, char.IsAsciiDigit))
            {
                return false;
            }
        }

        return dash < 0 || (dash < version.Length - 1 && IsAll(version[(dash + 1)..], static c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-'));
    }

    private static bool IsAll(string text, Func<char, bool> allowed)
    {
        foreach (char c in text)
        {
            if (!allowed(c))
            {
                return false;
            }
        }

        return true;
    }

    private T? Ref<T>(Dictionary<string, T> index, string? id, string path, string member, string collection)
        where T : class
    {
        if (id is null)
        {
            return null;
        }

        if (index.TryGetValue(id, out var value))
        {
            return value;
        }

        Problem(path + "." + member, "reference-resolves", $"'{id}' is not an id in {collection}{Nearest(id, index.Keys)}");
        return null;
    }

    private T Required<T>(Dictionary<string, T> index, string id, string path, string member, string collection)
        where T : class => Ref(index, id, path, member, collection) ?? default!;

    private ValueArray<T> Refs<T>(Dictionary<string, T> index, string[] ids, string path, string member, string collection)
        where T : class
    {
        var items = ImmutableArray.CreateBuilder<T>(ids.Length);
        for (int i = 0; i < ids.Length; i++)
        {
            if (index.TryGetValue(ids[i], out var value))
            {
                items.Add(value);
            }
            else
            {
                Problem(ItemPath(path, member, i), "reference-resolves", $"'{ids[i]}' is not an id in {collection}{Nearest(ids[i], index.Keys)}");
            }
        }

        return new(items.DrainToImmutable()); // no copy unless a problem left it short
    }

    private Party? PartyOf(string reference, string pathOfReference)
    {
        if (reference.Length == 2 && char.IsAsciiLetterUpper(reference[0]) && char.IsAsciiLetterUpper(reference[1]))
        {
            if (Values.Country.TryParse(reference, out var country))
            {
                return new Party { Country = country, Reference = reference };
            }

            Problem(pathOfReference, "country-code", CountryMessage(reference));
            return null;
        }

        if (_organisations.TryGetValue(reference, out var organisation))
        {
            return new Party { Organisation = organisation, Reference = reference };
        }

        Problem(pathOfReference, "reference-resolves", $"'{reference}' is not an id in organisations.json{Nearest(reference, _organisations.Keys)}");
        return null;
    }

    private ValueArray<Party> Parties(string[] references, string path, string member)
    {
        var parties = ImmutableArray.CreateBuilder<Party>(references.Length);
        for (int i = 0; i < references.Length; i++)
        {
            if (PartyOf(references[i], ItemPath(path, member, i)) is { } party)
            {
                parties.Add(party);
            }
        }

        return new(parties.DrainToImmutable()); // no copy unless a problem left it short
    }

    private static string Nearest(string id, IEnumerable<string> candidates)
    {
        var near = candidates.Where(c => c.Contains(id, StringComparison.Ordinal) || id.Contains(c, StringComparison.Ordinal) || c.Split('-')[0] == id.Split('-')[0]).Take(3).ToList();
        return near.Count == 0 ? "" : $" (did you mean {string.Join(", ", near.Select(n => $"'{n}'"))}?)";
    }

    // ---- values ----------------------------------------------------------------------------------------

    private EdtfDate? Date(string? text, string path, string member)
    {
        if (text is null)
        {
            return null;
        }

        if (EdtfDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        Problem(path + "." + member, "edtf-date", error!);
        return null;
    }

    // A fact the source reports as done (a delivery, a signature) cannot be dated after the source was published.
    private EdtfDate? DoneDate(string? text, List<EvidenceDocument> evidence, string path, string member)
    {
        var date = Date(text, path, member);
        if (date is not { EarliestKey: > 0 } done)
        {
            return date;
        }

        EdtfDate? latest = null;
        foreach (var e in evidence)
        {
            if (_sources.TryGetValue(e.Source, out var source) && source.Published.LatestKey > (latest?.LatestKey ?? 0))
            {
                latest = source.Published;
            }
        }

        if (latest is { } published && done.EarliestKey > published.LatestKey)
        {
            int day = published.LatestKey; // yyyymmdd: formatted by hand, so that loading does not start NodaTime
            Problem(path + "." + member, "date-before-publication", $"'{date}' is after the latest publication date of its sources ({day / 10000:0000}-{day / 100 % 100:00}-{day % 100:00}); a reported fact cannot postdate its report");
        }

        return date;
    }

    private Quantity? Qty(string? text, string path, string member)
    {
        if (text is null)
        {
            return null;
        }

        if (Quantity.TryParse(text, out var q, out var error))
        {
            return q;
        }

        Problem(path + "." + member, "quantity", error!);
        return null;
    }

    private Country? Country(string? code, string path, string member)
    {
        if (code is null)
        {
            return null;
        }

        if (Values.Country.TryParse(code, out var c))
        {
            return c;
        }

        Problem(path + "." + member, "country-code", CountryMessage(code));
        return null;
    }

    private static string CountryMessage(string code) =>
        $"'{code}' is not an ISO 3166-1 alpha-2 code (upper case, such as BY or RU) or SU for the Soviet Union";

    private ValueArray<Country> Countries(string[] codes, string path, string member)
    {
        var countries = ImmutableArray.CreateBuilder<Country>(codes.Length);
        for (int i = 0; i < codes.Length; i++)
        {
            if (Values.Country.TryParse(codes[i], out var c))
            {
                countries.Add(c);
            }
            else
            {
                Problem(ItemPath(path, member, i), "country-code", CountryMessage(codes[i]));
            }
        }

        return new(countries.DrainToImmutable()); // no copy unless a problem left it short
    }

    private T Enum<T>(string? text, string path, string member)
        where T : struct, System.Enum
    {
        if (Kebab.TryParse<T>(text, out var value))
        {
            return value;
        }

        Problem(path + "." + member, "allowed-value", $"'{text}' is not one of: {string.Join(", ", Kebab.Names<T>())}");
        return default;
    }

    private T? OptionalEnum<T>(string? text, string path, string member)
        where T : struct, System.Enum => text is null ? null : Enum<T>(text, path, member);

    // The reader makes each list of strings an array of exactly its length, which the model then shares, not copies.
    private static ValueArray<string> Strings(string[] items) => new(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items));

    private ValueArray<string> Names(string name, string[] aliases, string path, string collection, string id)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            Problem($"{path}.name", "name-present", "the name is empty");
        }

        // The package's own data is checked for clashing names by its tests; a program loading it need not be.
        if (_seeds is null)
        {
            return Strings(aliases);
        }

        var key = collection + "/" + id;
        AddName(name, key, path + ".name");
        for (int i = 0; i < aliases.Length; i++)
        {
            AddName(aliases[i], key, ItemPath(path, "aliases", i));
        }

        AddName(id, key, path + ".name");
        return Strings(aliases);
    }

    // Every name, id and alias must resolve to one entity: the first owner of each comparison key is kept, and any
    // other owner is a clash, reported once per key by CheckAliases.
    private void AddName(string name, string key, string path)
    {
        var normal = NameIndex.Normalize(name);
        if (normal.Length == 0)
        {
            Problem(path, "alias-format", $"'{name}' has no letters or digits");
            return;
        }

        if (!_nameOwners.TryGetValue(normal, out var first))
        {
            _nameOwners[normal] = key;
        }
        else if (first != key)
        {
            if (!_nameClashes.TryGetValue(normal, out var clash))
            {
                _nameClashes[normal] = new NameClash(key, name, [first]);
            }
            else if (key != clash.Key && !clash.Others.Contains(key))
            {
                clash.Others.Add(key);
            }
        }
    }

    private void CheckAliases()
    {
        foreach (var clash in _nameClashes.Values)
        {
            var (collection, id) = (clash.Key.Split('/')[0], clash.Key.Split('/')[1]);
            _file = collection + ".json";
            Problem("$", "alias-unique", $"the name '{clash.Name}' of '{id}' also names {string.Join(", ", clash.Others)}: every name must resolve to one entity");
        }
    }

    /// <summary>A name of the record <paramref name="Key"/> that other records (<paramref name="Others"/>) also claim.</summary>
    private sealed record NameClash(string Key, string Name, List<string> Others);

    private ValueArray<Evidence> Evidence(List<EvidenceDocument> evidence, string path)
    {
        if (evidence.Count == 0)
        {
            Problem(path + ".evidence", "evidence-present", "the record has no evidence; every fact needs at least one verbatim quote");
        }

        var result = ImmutableArray.CreateBuilder<Evidence>(evidence.Count);
        for (int i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            if (!_sources.TryGetValue(e.Source, out var source))
            {
                Problem(ItemPath(path, "evidence", i) + ".source", "reference-resolves", $"'{e.Source}' is not an id in sources.json{Nearest(e.Source, _sources.Keys)}");
                continue;
            }

            var quote = _seeds is null ? null : e.Quote.ToString(); // checked against the seed text
            if (e.Quote.IsBlank())
            {
                Problem(ItemPath(path, "evidence", i) + ".quote", "quote-present", "the quote is empty");
            }
            else if (quote is not null && SourceText(source) is { } text && !text.Contains(quote, StringComparison.Ordinal))
            {
                var elsewhere = _seeds!.ContainsKey(source.SeedFile) && Encoding.UTF8.GetString(_seeds[source.SeedFile]).Contains(quote, StringComparison.Ordinal);
                Problem(ItemPath(path, "evidence", i) + ".quote", "quote-verbatim", elsewhere
                    ? $"the quote is in {source.SeedFile} but outside lines {source.FirstLine}-{source.LastLine} of source '{source.Id}'"
                    : $"the quote is not found verbatim in lines {source.FirstLine}-{source.LastLine} of {source.SeedFile}: \"{Shorten(quote)}\"");
            }

            result.Add(quote is null && e.Quote.IsUndecoded ? new Evidence(source, e.Quote.Utf8) : new Evidence { Source = source, Quote = quote ?? e.Quote.ToString() });
        }

        return new(result.DrainToImmutable()); // no copy unless a problem left it short
    }

    private string? SourceText(Source source)
    {
        if (_sourceTexts.TryGetValue(source.Id.Value, out var text))
        {
            return text;
        }

        if (!_seeds!.TryGetValue(source.SeedFile, out var bytes))
        {
            return null; // reported on the source itself
        }

        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        text = string.Join('\n', lines, source.FirstLine - 1, source.LastLine - source.FirstLine + 1);
        _sourceTexts[source.Id.Value] = text;
        return text;
    }

    private static Id<T>? IdOf<T>(string? id) => id is null ? null : new Id<T>(id);

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";

    // ---- records ----------------------------------------------------------------------------------------

    private Source BuildSource(SourceDocument d, string path)
    {
        if (_seeds is not null)
        {
            if (!_seeds.TryGetValue(d.SeedFile, out var bytes))
            {
                Problem($"{path}.seedFile", "seed-present", $"the seed file '{d.SeedFile}' is not in the seeds directory");
            }
            else if (d.FirstLine < 1 || d.LastLine < d.FirstLine || d.LastLine > Encoding.UTF8.GetString(bytes).Split('\n').Length)
            {
                Problem($"{path}.lastLine", "line-range", $"lines {d.FirstLine}-{d.LastLine} are not a range of lines in {d.SeedFile}");
            }
        }

        return new Source
        {
            Id = new(d.Id),
            Headline = d.Headline,
            SeedFile = d.SeedFile,
            FirstLine = d.FirstLine,
            LastLine = d.LastLine,
            Published = Date(d.Published, path, "published") ?? default,
            PublishedInference = d.PublishedInference,
        };
    }

    private Organisation BuildOrganisation(OrganisationDocument d, string path, Dictionary<string, Organisation> built) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "organisations", d.Id),
        Kind = Enum<OrganisationKind>(d.Kind, path, "kind"),
        Country = Country(d.Country, path, "country"),
        Location = d.Location,
        Parent = d.Parent is null ? null : built.GetValueOrDefault(d.Parent),
        ParentId = IdOf<Organisation>(d.Parent),
        Members = Countries(d.Members, path, "members"),
        Note = d.Note,
        Evidence = Evidence(d.Evidence, path),
    };

    private Unit BuildUnit(UnitDocument d, string path, Dictionary<string, Unit> built)
    {
        var strength = ImmutableArray.CreateBuilder<StrengthObservation>(d.Strength.Count);
        for (int i = 0; i < d.Strength.Count; i++)
        {
            var s = d.Strength[i];
            var item = ItemPath(path, "strength", i);
            strength.Add(new StrengthObservation
            {
                Date = Date(s.Date, item, "date") ?? default,
                Personnel = Qty(s.Personnel, item, "personnel") ?? Quantity.Unknown,
                Claim = Claim(s, item),
                Hedge = s.Hedge,
                Note = s.Note,
                Evidence = Evidence(s.Evidence, item),
            });
        }

        return new Unit
        {
            Id = new(d.Id),
            Name = d.Name,
            Aliases = Names(d.Name, d.Aliases, path, "units", d.Id),
            Country = Country(d.Country, path, "country"),
            Kind = Enum<UnitKind>(d.Kind, path, "kind"),
            Parent = d.Parent is null ? null : built.GetValueOrDefault(d.Parent),
            ParentId = IdOf<Unit>(d.Parent),
            Established = DoneDate(d.Established, d.Evidence, path, "established"),
            Strength = new(strength.MoveToImmutable()),
            Claim = Claim(d, path),
            Hedge = d.Hedge,
            Note = d.Note,
            Evidence = Evidence(d.Evidence, path),
        };
    }

    private EquipmentType BuildEquipment(EquipmentDocument d, string path, Dictionary<string, EquipmentType> built) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "equipment", d.Id),
        Category = Enum<EquipmentCategory>(d.Category, path, "category"),
        Role = d.Role,
        Origin = Country(d.Origin, path, "origin"),
        Manufacturer = Ref(_organisations, d.Manufacturer, path, "manufacturer", "organisations.json"),
        ManufacturerId = IdOf<Organisation>(d.Manufacturer),
        SovietInherited = d.SovietInherited,
        VariantOf = d.VariantOf is null ? null : built.GetValueOrDefault(d.VariantOf),
        VariantOfId = IdOf<EquipmentType>(d.VariantOf),
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, path),
    };

    private Site BuildSite(SiteDocument d, string path) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "sites", d.Id),
        Kind = d.Kind,
        Country = Country(d.Country, path, "country"),
        Location = d.Location,
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, path),
    };

    private InventoryObservation BuildInventory(InventoryDocument d, string path) => new()
    {
        Id = new(d.Id),
        Holder = Required(_units, d.Holder, path, "holder", "units.json"),
        HolderId = new(d.Holder),
        Equipment = Required(_equipment, d.Equipment, path, "equipment", "equipment.json"),
        EquipmentId = new(d.Equipment),
        Quantity = Qty(d.Quantity, path, "quantity"),
        Date = Date(d.Date, path, "date"),
        Status = Enum<InventoryStatus>(d.Status, path, "status"),
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, path),
    };

    private Procurement BuildProcurement(ProcurementDocument d, string path)
    {
        var ordered = Date(d.Ordered, path, "ordered");
        var batches = ImmutableArray.CreateBuilder<DeliveryBatch>(d.Batches.Count);
        for (int i = 0; i < d.Batches.Count; i++)
        {
            var b = d.Batches[i];
            var item = ItemPath(path, "batches", i);
            var delivered = DoneDate(b.Delivered, b.Evidence, item, "delivered");
            if (ordered is { EarliestKey: > 0 } o && delivered is { LatestKey: > 0 } l && l.LatestKey < o.EarliestKey)
            {
                Problem(item + ".delivered", "delivery-after-order", $"the batch is delivered ({delivered}) before the order ({ordered})");
            }

            batches.Add(new DeliveryBatch
            {
                Quantity = Qty(b.Quantity, item, "quantity"),
                Delivered = delivered,
                Claim = Claim(b, item),
                Hedge = b.Hedge,
                Note = b.Note,
                Evidence = Evidence(b.Evidence, item),
            });
        }

        return new Procurement
        {
            Id = new(d.Id),
            Kind = Enum<ProcurementKind>(d.Kind, path, "kind"),
            Equipment = Required(_equipment, d.Equipment, path, "equipment", "equipment.json"),
            EquipmentId = new(d.Equipment),
            Supplier = Country(d.Supplier, path, "supplier"),
            SupplierOrganisation = Ref(_organisations, d.SupplierOrganisation, path, "supplierOrganisation", "organisations.json"),
            SupplierOrganisationId = IdOf<Organisation>(d.SupplierOrganisation),
            Recipient = Country(d.Recipient, path, "recipient"),
            RecipientUnit = Ref(_units, d.RecipientUnit, path, "recipientUnit", "units.json"),
            RecipientUnitId = IdOf<Unit>(d.RecipientUnit),
            Quantity = Qty(d.Quantity, path, "quantity"),
            Ordered = ordered,
            ExpectedDelivery = Date(d.ExpectedDelivery, path, "expectedDelivery"),
            Status = Enum<ProcurementStatus>(d.Status, path, "status"),
            Value = d.Value is null ? null : new Money(Qty(d.Value.Amount, path, "value.amount") ?? Quantity.Unknown, Currency(d.Value.Currency, path + ".value.currency")),
            Batches = new(batches.MoveToImmutable()),
            Claim = Claim(d, path),
            Hedge = d.Hedge,
            Note = d.Note,
            Evidence = Evidence(d.Evidence, path),
        };
    }

    private string Currency(string code, string path)
    {
        if (code.Length != 3 || !IsAll(code, char.IsAsciiLetterUpper))
        {
            Problem(path, "currency-code", $"'{code}' is not an ISO 4217 currency code such as USD");
        }

        return code;
    }

    private Exercise BuildExercise(ExerciseDocument d, string path)
    {
        var nightShare = Qty(d.NightShare, path, "nightShare");
        CheckShare(nightShare, path + ".nightShare");
        var statistics = ImmutableArray.CreateBuilder<ExerciseStatistic>(d.Statistics.Count);
        for (int i = 0; i < d.Statistics.Count; i++)
        {
            var s = d.Statistics[i];
            var item = ItemPath(path, "statistics", i);
            statistics.Add(new ExerciseStatistic
            {
                Label = s.Label,
                Quantity = Qty(s.Quantity, item, "quantity") ?? Quantity.Unknown,
                Claim = Claim(s, item),
                Hedge = s.Hedge,
                Note = s.Note,
                Evidence = Evidence(s.Evidence, item),
            });
        }

        return new Exercise
        {
            Id = new(d.Id),
            Name = d.Name,
            Aliases = Names(d.Name, d.Aliases, path, "exercises", d.Id),
            Dates = Date(d.Dates, path, "dates"),
            Participants = Parties(d.Participants, path, "participants"),
            ObserversInvited = Parties(d.ObserversInvited, path, "observersInvited"),
            Level = OptionalEnum<ExerciseLevel>(d.Level, path, "level"),
            Kind = OptionalEnum<ExerciseKind>(d.Kind, path, "kind"),
            LiveFire = d.LiveFire,
            NightShare = nightShare,
            Statistics = new(statistics.MoveToImmutable()),
            Claim = Claim(d, path),
            Hedge = d.Hedge,
            Note = d.Note,
            Evidence = Evidence(d.Evidence, path),
        };
    }

    private void CheckShare(Quantity? share, string path)
    {
        if (share is { } q && ((q.High ?? q.Low) > 100 || q.Low < 0))
        {
            Problem(path, "share-range", $"'{q}' is not a share between 0 and 100 per cent");
        }
    }

    private Indicator BuildIndicator(IndicatorDocument d, string path)
    {
        var observations = new List<IndicatorObservation>(d.Observations.Count);
        for (int i = 0; i < d.Observations.Count; i++)
        {
            var o = d.Observations[i];
            var item = ItemPath(path, "observations", i);
            var value = Qty(o.Value, item, "value");
            if (d.Unit == "percent")
            {
                CheckShare(value, item + ".value");
            }

            var observation = new IndicatorObservation
            {
                Period = Date(o.Period, item, "period") ?? default,
                Value = value ?? Quantity.Unknown,
                Claim = Claim(o, item),
                Hedge = o.Hedge,
                Note = o.Note,
                Evidence = Evidence(o.Evidence, item),
            };

            // Kept in period order; an insertion keeps observations of the same period in file order.
            int at = observations.Count;
            while (at > 0 && observations[at - 1].Period.CompareTo(observation.Period) > 0)
            {
                at--;
            }

            observations.Insert(at, observation);
        }

        return new Indicator
        {
            Id = new(d.Id),
            Name = d.Name,
            Aliases = Names(d.Name, d.Aliases, path, "indicators", d.Id),
            Measure = d.Measure,
            Subject = PartyOf(d.Subject, path + ".subject") ?? new Party { Reference = d.Subject },
            SubjectUnit = Ref(_units, d.SubjectUnit, path, "subjectUnit", "units.json"),
            SubjectUnitId = IdOf<Unit>(d.SubjectUnit),
            UnitOfMeasure = d.Unit,
            Observations = new(ImmutableArray.CreateRange(observations)),
            Note = d.Note,
            Evidence = Evidence(d.Evidence, path),
        };
    }

    private Person BuildPerson(PersonDocument d, string path)
    {
        var posts = ImmutableArray.CreateBuilder<Post>(d.Posts.Count);
        for (int i = 0; i < d.Posts.Count; i++)
        {
            var p = d.Posts[i];
            var item = ItemPath(path, "posts", i);
            posts.Add(new Post
            {
                Title = p.Title,
                Organisation = Ref(_organisations, p.Organisation, item, "organisation", "organisations.json"),
                OrganisationId = IdOf<Organisation>(p.Organisation),
                Unit = Ref(_units, p.Unit, item, "unit", "units.json"),
                UnitId = IdOf<Unit>(p.Unit),
                Country = Country(p.Country, item, "country"),
                Date = Date(p.Date, item, "date"),
                Claim = Claim(p, item),
                Hedge = p.Hedge,
                Note = p.Note,
                Evidence = Evidence(p.Evidence, item),
            });
        }

        return new Person
        {
            Id = new(d.Id),
            Name = d.Name,
            Aliases = Names(d.Name, d.Aliases, path, "people", d.Id),
            Posts = new(posts.MoveToImmutable()),
            Note = d.Note,
            Evidence = Evidence(d.Evidence, path),
        };
    }

    private Agreement BuildAgreement(AgreementDocument d, string path) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "agreements", d.Id),
        Kind = Enum<AgreementKind>(d.Kind, path, "kind"),
        Parties = Parties(d.Parties, path, "parties"),
        Signed = DoneDate(d.Signed, d.Evidence, path, "signed"),
        InForce = DoneDate(d.InForce, d.Evidence, path, "inForce"),
        Published = DoneDate(d.Published, d.Evidence, path, "published"),
        Summary = d.Summary,
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, path),
    };

    private MilitaryEvent BuildEvent(EventDocument d, string path) => new()
    {
        Id = new(d.Id),
        Date = Date(d.Date, path, "date"),
        Kind = Enum<EventKind>(d.Kind, path, "kind"),
        Title = d.Title,
        Parties = Parties(d.Parties, path, "parties"),
        Units = Refs(_units, d.Units, path, "units", "units.json"),
        Equipment = Refs(_equipment, d.Equipment, path, "equipment", "equipment.json"),
        Sites = Refs(_sites, d.Sites, path, "sites", "sites.json"),
        Quantity = Qty(d.Quantity, path, "quantity"),
        QuantityUnit = d.QuantityUnit,
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, path),
    };

    private ClaimStatus Claim(ClaimDocument d, string path) => Enum<ClaimStatus>(d.Claim, path, "claim");

    // ---- problems ----------------------------------------------------------------------------------------

    private void Problem(string path, string rule, string message) => _problems.Add((new DataProblem(_file, path, 0, rule, message), false));

    private DatasetLoadException Failure()
    {
        var lines = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var problems = _problems.Select(p =>
        {
            int file = Array.IndexOf(DataFiles.All, p.Problem.File);
            if (p.LineKnown || file < 0 || _bytes[file].IsEmpty)
            {
                return p.Problem;
            }

            if (!lines.TryGetValue(p.Problem.File, out var map))
            {
                lines[p.Problem.File] = map = JsonLineLocator.Lines(_bytes[file].Span);
            }

            return p.Problem with { Line = JsonLineLocator.LineOf(map, p.Problem.JsonPath) };
        }).ToList();
        return new DatasetLoadException(problems);
    }
}
