using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using BelarusForces.Model;
using BelarusForces.Values;
using BelarusForces.Versioning;

namespace BelarusForces.Data;

/// <summary>
/// Reads the data files, checks every rule, resolves every reference into objects and builds the model.
/// Problems are collected, not thrown one by one; if there is any, no dataset is built.
/// </summary>
internal sealed partial class DatasetBuilder
{
    private readonly Func<string, byte[]?> _read;
    private readonly IReadOnlyDictionary<string, byte[]>? _seeds;
    private readonly IReadOnlyList<string> _unexpectedFiles;
    private readonly List<(DataProblem Problem, bool LineKnown)> _problems = [];
    private readonly Dictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sourceTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Alias, string Key)>> _aliases = new(StringComparer.Ordinal);
    private string _file = "";

    private Dictionary<string, Source> _sources = [];
    private Dictionary<string, Organisation> _organisations = [];
    private Dictionary<string, Unit> _units = [];
    private Dictionary<string, EquipmentType> _equipment = [];
    private Dictionary<string, Site> _sites = [];

    /// <param name="read">Returns a file's bytes, or null when the file does not exist.</param>
    /// <param name="seeds">The seed files' bytes by file name, to check quotes and hashes; null to trust the data (the embedded copy).</param>
    /// <param name="unexpectedFiles">JSON files in the data directory that are not part of the dataset.</param>
    public DatasetBuilder(Func<string, byte[]?> read, IReadOnlyDictionary<string, byte[]>? seeds, IReadOnlyList<string> unexpectedFiles)
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

        var manifest = Parse(DataFiles.Manifest, JsonContext.Default.ManifestDocument);
        var sources = ParseCollection(DataFiles.Collections[0], JsonContext.Default.CollectionFileSourceDocument);
        var organisations = ParseCollection(DataFiles.Collections[1], JsonContext.Default.CollectionFileOrganisationDocument);
        var units = ParseCollection(DataFiles.Collections[2], JsonContext.Default.CollectionFileUnitDocument);
        var equipment = ParseCollection(DataFiles.Collections[3], JsonContext.Default.CollectionFileEquipmentDocument);
        var sites = ParseCollection(DataFiles.Collections[4], JsonContext.Default.CollectionFileSiteDocument);
        var inventory = ParseCollection(DataFiles.Collections[5], JsonContext.Default.CollectionFileInventoryDocument);
        var procurements = ParseCollection(DataFiles.Collections[6], JsonContext.Default.CollectionFileProcurementDocument);
        var exercises = ParseCollection(DataFiles.Collections[7], JsonContext.Default.CollectionFileExerciseDocument);
        var indicators = ParseCollection(DataFiles.Collections[8], JsonContext.Default.CollectionFileIndicatorDocument);
        var people = ParseCollection(DataFiles.Collections[9], JsonContext.Default.CollectionFilePersonDocument);
        var agreements = ParseCollection(DataFiles.Collections[10], JsonContext.Default.CollectionFileAgreementDocument);
        var events = ParseCollection(DataFiles.Collections[11], JsonContext.Default.CollectionFileEventDocument);
        var releases = Parse(DataFiles.Releases, JsonContext.Default.ReleasesDocument);
        if (_problems.Count > 0 || manifest is null || releases is null)
        {
            throw Failure();
        }

        var info = BuildManifest(manifest);
        _sources = Index<SourceDocument, Source>(DataFiles.Collections[0], sources!, d => d.Id, BuildSource);
        _organisations = IndexRecursive<OrganisationDocument, Organisation>(DataFiles.Collections[1], organisations!, d => d.Id, d => d.Parent, "parent", BuildOrganisation);
        _units = IndexRecursive<UnitDocument, Unit>(DataFiles.Collections[2], units!, d => d.Id, d => d.Parent, "parent", BuildUnit);
        _equipment = IndexRecursive<EquipmentDocument, EquipmentType>(DataFiles.Collections[3], equipment!, d => d.Id, d => d.VariantOf, "variantOf", BuildEquipment);
        _sites = Index<SiteDocument, Site>(DataFiles.Collections[4], sites!, d => d.Id, BuildSite);
        var inventoryRecords = Index<InventoryDocument, InventoryObservation>(DataFiles.Collections[5], inventory!, d => d.Id, BuildInventory).Values.ToImmutableArray();
        var procurementRecords = Index<ProcurementDocument, Procurement>(DataFiles.Collections[6], procurements!, d => d.Id, BuildProcurement).Values.ToImmutableArray();
        var exerciseRecords = Index<ExerciseDocument, Exercise>(DataFiles.Collections[7], exercises!, d => d.Id, BuildExercise).Values.ToImmutableArray();
        var indicatorRecords = Index<IndicatorDocument, Indicator>(DataFiles.Collections[8], indicators!, d => d.Id, BuildIndicator).Values.ToImmutableArray();
        var personRecords = Index<PersonDocument, Person>(DataFiles.Collections[9], people!, d => d.Id, BuildPerson).Values.ToImmutableArray();
        var agreementRecords = Index<AgreementDocument, Agreement>(DataFiles.Collections[10], agreements!, d => d.Id, BuildAgreement).Values.ToImmutableArray();
        var eventRecords = Index<EventDocument, MilitaryEvent>(DataFiles.Collections[11], events!, d => d.Id, BuildEvent).Values.ToImmutableArray();
        var keys = _organisations.Values.Cast<IRecord>().Concat(_units.Values).Concat(_equipment.Values).Concat(_sites.Values)
            .Concat(inventoryRecords).Concat(procurementRecords).Concat(exerciseRecords).Concat(indicatorRecords)
            .Concat(personRecords).Concat(agreementRecords).Concat(eventRecords)
            .Select(r => r.CitationKey).ToHashSet(StringComparer.Ordinal);
        var (releaseList, tombstones) = BuildReleases(releases, keys);
        CheckAliases();
        if (_problems.Count > 0)
        {
            throw Failure();
        }

        return new BelarusForcesDataset(
            info,
            [.. _sources.Values],
            [.. _organisations.Values],
            [.. _units.Values],
            [.. _equipment.Values],
            [.. _sites.Values],
            inventoryRecords,
            procurementRecords,
            exerciseRecords,
            indicatorRecords,
            personRecords,
            agreementRecords,
            eventRecords,
            releaseList,
            tombstones,
            _bytes.ToDictionary(StringComparer.Ordinal));
    }
    // ---- reading -------------------------------------------------------------------------------------

    private List<T>? ParseCollection<T>(string file, JsonTypeInfo<CollectionFile<T>> type) => Parse(file, type)?.Records;

    private T? Parse<T>(string file, JsonTypeInfo<T> type)
        where T : class
    {
        _file = file;
        byte[]? bytes;
        try
        {
            bytes = _read(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem("$", "file-readable", $"the file cannot be read: {e.Message}");
            return null;
        }

        if (bytes is null)
        {
            Problem("$", "file-present", "the file is missing; every collection file must be present, even if it holds no records");
            return null;
        }

        if (bytes.Length > DataFiles.MaxFileBytes)
        {
            Problem("$", "file-size", $"the file is {bytes.Length} bytes; files larger than {DataFiles.MaxFileBytes} bytes are refused");
            return null;
        }

        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            Problem("$", "utf8-no-bom", "the file starts with a byte order mark; data files are UTF-8 without BOM");
            return null;
        }

        _bytes[file] = bytes;
        try
        {
            if (_seeds is not null)
            {
                // No list in the data holds null; the typed model would have to carry holes otherwise.
                var nulls = new List<string>();
                JsonLineLocator.Lines(bytes, nulls);
                foreach (var path in nulls)
                {
                    Problem(path, "null-item", "a list holds null; remove the item or give it a value");
                }

                if (nulls.Count > 0)
                {
                    return null;
                }
            }

            var value = JsonSerializer.Deserialize(bytes, type);
            if (value is null)
            {
                Problem("$", "json-shape", "the file holds null; it must hold an object");
            }

            return value;
        }
        catch (JsonException e)
        {
            var message = e.Message.Split(" Path:")[0].TrimEnd('.');
            _problems.Add((new DataProblem(file, e.Path ?? "$", (int)(e.LineNumber ?? -1) + 1, "json-shape", message), true));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            Problem("$", "json-shape", e.Message);
            return null;
        }
    }

    private DatasetManifest BuildManifest(ManifestDocument d)
    {
        _file = DataFiles.Manifest;
        var released = Date(d.Released, "$.released");
        if (!SemVer().IsMatch(d.Version))
        {
            Problem("$.version", "version-format", $"'{d.Version}' is not a semantic version such as 1.0.0");
        }

        for (int i = 0; i < d.Seeds.Count; i++)
        {
            var seed = d.Seeds[i];
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
            Seeds = d.Seeds.Select(s => new SeedFile(s.File, s.Sha256)).ToValueArray(),
        };
    }

    private (ImmutableArray<Release>, ImmutableArray<Tombstone>) BuildReleases(ReleasesDocument d, HashSet<string> keys)
    {
        _file = DataFiles.Releases;
        var tombstones = d.Withdrawn.Select((t, i) =>
        {
            var path = $"$.withdrawn[{i}]";
            if (keys.Contains(t.Key))
            {
                Problem($"{path}.key", "tombstone-not-live", $"'{t.Key}' is withdrawn but a record with that key still exists");
            }

            if (t.ReplacedBy is { } target && !keys.Contains(target))
            {
                Problem($"{path}.replacedBy", "tombstone-target", $"the tombstone '{t.Key}' points at '{target}', which is not a record");
            }

            return new Tombstone { Key = t.Key, ReplacedBy = t.ReplacedBy, Version = t.Version, Reason = t.Reason };
        }).ToImmutableArray();
        var withdrawn = tombstones.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var releases = d.Releases.Select((r, i) =>
        {
            var path = $"$.releases[{i}]";
            foreach (var (key, k) in r.Keys.Select((key, k) => (key, k)))
            {
                if (!keys.Contains(key) && !withdrawn.Contains(key))
                {
                    Problem($"{path}.keys[{k}]", "released-id-resolves", $"'{key}' was released in {r.Version} but is neither a record nor a tombstone: released ids are permanent");
                }
            }

            return new Release { Version = r.Version, Released = Date(r.Released, $"{path}.released") ?? default, Sha256 = r.Sha256, Keys = r.Keys.ToValueArray() };
        }).ToImmutableArray();
        return (releases, tombstones);
    }

    // ---- indexing and references ---------------------------------------------------------------------

    private Dictionary<string, TModel> Index<TDoc, TModel>(string file, List<TDoc> docs, Func<TDoc, string> id, Func<TDoc, string, TModel> build)
    {
        _file = file;
        var result = new Dictionary<string, TModel>(StringComparer.Ordinal);
        for (int i = 0; i < docs.Count; i++)
        {
            _file = file;
            var path = $"$.records[{i}]";
            if (!CheckId(id(docs[i]), path, result.ContainsKey(id(docs[i]))))
            {
                continue;
            }

            result[id(docs[i])] = build(docs[i], path);
        }

        return result;
    }

    // Builds records that may point at another record of the same collection (a unit's parent), parents first.
    private Dictionary<string, TModel> IndexRecursive<TDoc, TModel>(
        string file, List<TDoc> docs, Func<TDoc, string> id, Func<TDoc, string?> parent, string parentField, Func<TDoc, string, Dictionary<string, TModel>, TModel> build)
        where TModel : class
    {
        _file = file;
        var byId = new Dictionary<string, (TDoc Doc, int Index)>(StringComparer.Ordinal);
        for (int i = 0; i < docs.Count; i++)
        {
            if (CheckId(id(docs[i]), $"$.records[{i}]", byId.ContainsKey(id(docs[i]))))
            {
                byId[id(docs[i])] = (docs[i], i);
            }
        }

        var built = new Dictionary<string, TModel>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        TModel? Get(string key)
        {
            if (built.TryGetValue(key, out var done))
            {
                return done;
            }

            var (doc, index) = byId[key];
            var path = $"$.records[{index}]";
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
        return byId.OrderBy(p => p.Value.Index).Where(p => built.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => built[p.Key], StringComparer.Ordinal);
    }

    private bool CheckId(string id, string path, bool duplicate)
    {
        if (!IdFormat().IsMatch(id))
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

    private T? Ref<T>(Dictionary<string, T> index, string? id, string path, string collection)
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

        Problem(path, "reference-resolves", $"'{id}' is not an id in {collection}{Nearest(id, index.Keys)}");
        return null;
    }

    private T Required<T>(Dictionary<string, T> index, string id, string path, string collection)
        where T : class => Ref(index, id, path, collection) ?? default!;

    private ValueArray<T> Refs<T>(Dictionary<string, T> index, List<string> ids, string path, string collection)
        where T : class =>
        ids.Select((id, i) => Ref(index, id, $"{path}[{i}]", collection)).Where(x => x is not null).Select(x => x!).ToValueArray();

    private Party? PartyOf(string reference, string path)
    {
        if (reference.Length == 2 && reference.All(char.IsAsciiLetterUpper))
        {
            return Country(reference, path) is { } c ? new Party { Country = c, Reference = reference } : null;
        }

        return Ref(_organisations, reference, path, "organisations.json") is { } o ? new Party { Organisation = o, Reference = reference } : null;
    }

    private ValueArray<Party> Parties(List<string> references, string path) =>
        references.Select((r, i) => PartyOf(r, $"{path}[{i}]")).Where(p => p is not null).Select(p => p!).ToValueArray();

    private static string Nearest(string id, IEnumerable<string> candidates)
    {
        var near = candidates.Where(c => c.Contains(id, StringComparison.Ordinal) || id.Contains(c, StringComparison.Ordinal) || c.Split('-')[0] == id.Split('-')[0]).Take(3).ToList();
        return near.Count == 0 ? "" : $" (did you mean {string.Join(", ", near.Select(n => $"'{n}'"))}?)";
    }

    // ---- values ----------------------------------------------------------------------------------------

    private EdtfDate? Date(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (EdtfDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        Problem(path, "edtf-date", error!);
        return null;
    }

    // A fact the source reports as done (a delivery, a signature) cannot be dated after the source was published.
    private EdtfDate? NotAfterPublication(EdtfDate? date, List<EvidenceDocument> evidence, string path)
    {
        var latest = evidence.Select(e => _sources.GetValueOrDefault(e.Source)?.Published.Latest).Max();
        if (date?.Earliest is { } earliest && latest is { } published && earliest > published)
        {
            Problem(path, "date-before-publication", $"'{date}' is after the latest publication date of its sources ({published:yyyy-MM-dd}); a reported fact cannot postdate its report");
        }

        return date;
    }

    private Quantity? Qty(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (Quantity.TryParse(text, out var q, out var error))
        {
            return q;
        }

        Problem(path, "quantity", error!);
        return null;
    }

    private Country? Country(string? code, string path)
    {
        if (code is null)
        {
            return null;
        }

        if (Values.Country.TryParse(code, out var c))
        {
            return c;
        }

        Problem(path, "country-code", $"'{code}' is not an ISO 3166-1 alpha-2 code (upper case, such as BY or RU) or SU for the Soviet Union");
        return null;
    }

    private T Enum<T>(string? text, string path)
        where T : struct, System.Enum
    {
        if (Kebab.TryParse<T>(text, out var value))
        {
            return value;
        }

        Problem(path, "allowed-value", $"'{text}' is not one of: {string.Join(", ", Kebab.Names<T>())}");
        return default;
    }

    private T? OptionalEnum<T>(string? text, string path)
        where T : struct, System.Enum => text is null ? null : Enum<T>(text, path);

    private ValueArray<string> Names(string name, List<string> aliases, string path, string collection, string id)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            Problem($"{path}.name", "name-present", "the name is empty");
        }

        var key = collection + "/" + id;
        foreach (var (alias, i) in aliases.Select((a, i) => (a, i)).Prepend((name, -1)).Append((id, -2)))
        {
            var normal = NameIndex.Normalize(alias);
            if (normal.Length == 0)
            {
                Problem(i >= 0 ? $"{path}.aliases[{i}]" : $"{path}.name", "alias-format", $"'{alias}' has no letters or digits");
                continue;
            }

            if (!_aliases.TryGetValue(normal, out var owners))
            {
                _aliases[normal] = owners = [];
            }

            owners.Add((alias, key));
        }

        return aliases.ToValueArray();
    }

    private void CheckAliases()
    {
        foreach (var (normal, owners) in _aliases)
        {
            var keys = owners.Select(o => o.Key).Distinct().ToList();
            if (keys.Count > 1)
            {
                var (file, id) = (keys[1].Split('/')[0] + ".json", keys[1].Split('/')[1]);
                _file = file;
                Problem("$", "alias-unique", $"the name '{owners.First(o => o.Key == keys[1]).Alias}' of '{id}' also names {string.Join(", ", keys.Where(k => k != keys[1]))}: every name must resolve to one entity");
            }
        }
    }

    private ClaimStatus Claim(ClaimDocument d, string path) => Enum<ClaimStatus>(d.Claim, $"{path}.claim");

    private ValueArray<Evidence> Evidence(List<EvidenceDocument> evidence, string path)
    {
        if (evidence.Count == 0)
        {
            Problem(path, "evidence-present", "the record has no evidence; every fact needs at least one verbatim quote");
        }

        var result = ImmutableArray.CreateBuilder<Evidence>(evidence.Count);
        for (int i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            if (!_sources.TryGetValue(e.Source, out var source))
            {
                Problem($"{path}[{i}].source", "reference-resolves", $"'{e.Source}' is not an id in sources.json{Nearest(e.Source, _sources.Keys)}");
                continue;
            }

            if (string.IsNullOrWhiteSpace(e.Quote))
            {
                Problem($"{path}[{i}].quote", "quote-present", "the quote is empty");
            }
            else if (_seeds is not null && SourceText(source) is { } text && !text.Contains(e.Quote, StringComparison.Ordinal))
            {
                var elsewhere = _seeds.ContainsKey(source.SeedFile) && Encoding.UTF8.GetString(_seeds[source.SeedFile]).Contains(e.Quote, StringComparison.Ordinal);
                Problem($"{path}[{i}].quote", "quote-verbatim", elsewhere
                    ? $"the quote is in {source.SeedFile} but outside lines {source.FirstLine}-{source.LastLine} of source '{source.Id}'"
                    : $"the quote is not found verbatim in lines {source.FirstLine}-{source.LastLine} of {source.SeedFile}: \"{Shorten(e.Quote)}\"");
            }

            result.Add(new Evidence { Source = source, Quote = e.Quote });
        }

        return new ValueArray<Evidence>(result.ToImmutable());
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
        text = string.Join('\n', lines.Skip(source.FirstLine - 1).Take(source.LastLine - source.FirstLine + 1));
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
            Published = Date(d.Published, $"{path}.published") ?? default,
            PublishedInference = d.PublishedInference,
        };
    }

    private Organisation BuildOrganisation(OrganisationDocument d, string path, Dictionary<string, Organisation> built) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "organisations", d.Id),
        Kind = Enum<OrganisationKind>(d.Kind, $"{path}.kind"),
        Country = Country(d.Country, $"{path}.country"),
        Location = d.Location,
        Parent = d.Parent is null ? null : built.GetValueOrDefault(d.Parent),
        ParentId = IdOf<Organisation>(d.Parent),
        Members = d.Members.Select((m, i) => Country(m, $"{path}.members[{i}]")).Where(c => c is not null).Select(c => c!.Value).ToValueArray(),
        Note = d.Note,
        Evidence = Evidence(d.Evidence, $"{path}.evidence"),
    };

    private Unit BuildUnit(UnitDocument d, string path, Dictionary<string, Unit> built) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "units", d.Id),
        Country = Country(d.Country, $"{path}.country"),
        Kind = Enum<UnitKind>(d.Kind, $"{path}.kind"),
        Parent = d.Parent is null ? null : built.GetValueOrDefault(d.Parent),
        ParentId = IdOf<Unit>(d.Parent),
        Established = NotAfterPublication(Date(d.Established, $"{path}.established"), d.Evidence, $"{path}.established"),
        Strength = d.Strength.Select((s, i) => new StrengthObservation
        {
            Date = Date(s.Date, $"{path}.strength[{i}].date") ?? default,
            Personnel = Qty(s.Personnel, $"{path}.strength[{i}].personnel") ?? Quantity.Unknown,
            Claim = Claim(s, $"{path}.strength[{i}]"),
            Hedge = s.Hedge,
            Note = s.Note,
            Evidence = Evidence(s.Evidence, $"{path}.strength[{i}].evidence"),
        }).ToValueArray(),
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, $"{path}.evidence"),
    };

    private EquipmentType BuildEquipment(EquipmentDocument d, string path, Dictionary<string, EquipmentType> built) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "equipment", d.Id),
        Category = Enum<EquipmentCategory>(d.Category, $"{path}.category"),
        Role = d.Role,
        Origin = Country(d.Origin, $"{path}.origin"),
        Manufacturer = Ref(_organisations, d.Manufacturer, $"{path}.manufacturer", "organisations.json"),
        ManufacturerId = IdOf<Organisation>(d.Manufacturer),
        SovietInherited = d.SovietInherited,
        VariantOf = d.VariantOf is null ? null : built.GetValueOrDefault(d.VariantOf),
        VariantOfId = IdOf<EquipmentType>(d.VariantOf),
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, $"{path}.evidence"),
    };

    private Site BuildSite(SiteDocument d, string path) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "sites", d.Id),
        Kind = d.Kind,
        Country = Country(d.Country, $"{path}.country"),
        Location = d.Location,
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, $"{path}.evidence"),
    };

    private InventoryObservation BuildInventory(InventoryDocument d, string path) => new()
    {
        Id = new(d.Id),
        Holder = Required(_units, d.Holder, $"{path}.holder", "units.json"),
        HolderId = new(d.Holder),
        Equipment = Required(_equipment, d.Equipment, $"{path}.equipment", "equipment.json"),
        EquipmentId = new(d.Equipment),
        Quantity = Qty(d.Quantity, $"{path}.quantity"),
        Date = Date(d.Date, $"{path}.date"),
        Status = Enum<InventoryStatus>(d.Status, $"{path}.status"),
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, $"{path}.evidence"),
    };

    private Procurement BuildProcurement(ProcurementDocument d, string path)
    {
        var ordered = Date(d.Ordered, $"{path}.ordered");
        var batches = d.Batches.Select((b, i) =>
        {
            var delivered = NotAfterPublication(Date(b.Delivered, $"{path}.batches[{i}].delivered"), b.Evidence, $"{path}.batches[{i}].delivered");
            if (ordered?.Earliest is { } o && delivered?.Latest is { } l && l < o)
            {
                Problem($"{path}.batches[{i}].delivered", "delivery-after-order", $"the batch is delivered ({delivered}) before the order ({ordered})");
            }

            return new DeliveryBatch
            {
                Quantity = Qty(b.Quantity, $"{path}.batches[{i}].quantity"),
                Delivered = delivered,
                Claim = Claim(b, $"{path}.batches[{i}]"),
                Hedge = b.Hedge,
                Note = b.Note,
                Evidence = Evidence(b.Evidence, $"{path}.batches[{i}].evidence"),
            };
        }).ToValueArray();
        return new Procurement
        {
            Id = new(d.Id),
            Kind = Enum<ProcurementKind>(d.Kind, $"{path}.kind"),
            Equipment = Required(_equipment, d.Equipment, $"{path}.equipment", "equipment.json"),
            EquipmentId = new(d.Equipment),
            Supplier = Country(d.Supplier, $"{path}.supplier"),
            SupplierOrganisation = Ref(_organisations, d.SupplierOrganisation, $"{path}.supplierOrganisation", "organisations.json"),
            SupplierOrganisationId = IdOf<Organisation>(d.SupplierOrganisation),
            Recipient = Country(d.Recipient, $"{path}.recipient"),
            RecipientUnit = Ref(_units, d.RecipientUnit, $"{path}.recipientUnit", "units.json"),
            RecipientUnitId = IdOf<Unit>(d.RecipientUnit),
            Quantity = Qty(d.Quantity, $"{path}.quantity"),
            Ordered = ordered,
            ExpectedDelivery = Date(d.ExpectedDelivery, $"{path}.expectedDelivery"),
            Status = Enum<ProcurementStatus>(d.Status, $"{path}.status"),
            Value = d.Value is null ? null : new Money(Qty(d.Value.Amount, $"{path}.value.amount") ?? Quantity.Unknown, Currency(d.Value.Currency, $"{path}.value.currency")),
            Batches = batches,
            Claim = Claim(d, path),
            Hedge = d.Hedge,
            Note = d.Note,
            Evidence = Evidence(d.Evidence, $"{path}.evidence"),
        };
    }

    private string Currency(string code, string path)
    {
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            Problem(path, "currency-code", $"'{code}' is not an ISO 4217 currency code such as USD");
        }

        return code;
    }

    private Exercise BuildExercise(ExerciseDocument d, string path)
    {
        var nightShare = Qty(d.NightShare, $"{path}.nightShare");
        CheckShare(nightShare, $"{path}.nightShare");
        return new Exercise
        {
            Id = new(d.Id),
            Name = d.Name,
            Aliases = Names(d.Name, d.Aliases, path, "exercises", d.Id),
            Dates = Date(d.Dates, $"{path}.dates"),
            Participants = Parties(d.Participants, $"{path}.participants"),
            ObserversInvited = Parties(d.ObserversInvited, $"{path}.observersInvited"),
            Level = OptionalEnum<ExerciseLevel>(d.Level, $"{path}.level"),
            Kind = OptionalEnum<ExerciseKind>(d.Kind, $"{path}.kind"),
            LiveFire = d.LiveFire,
            NightShare = nightShare,
            Statistics = d.Statistics.Select((s, i) => new ExerciseStatistic
            {
                Label = s.Label,
                Quantity = Qty(s.Quantity, $"{path}.statistics[{i}].quantity") ?? Quantity.Unknown,
                Claim = Claim(s, $"{path}.statistics[{i}]"),
                Hedge = s.Hedge,
                Note = s.Note,
                Evidence = Evidence(s.Evidence, $"{path}.statistics[{i}].evidence"),
            }).ToValueArray(),
            Claim = Claim(d, path),
            Hedge = d.Hedge,
            Note = d.Note,
            Evidence = Evidence(d.Evidence, $"{path}.evidence"),
        };
    }

    private void CheckShare(Quantity? share, string path)
    {
        if (share is { } q && ((q.High ?? q.Low) > 100 || q.Low < 0))
        {
            Problem(path, "share-range", $"'{q}' is not a share between 0 and 100 per cent");
        }
    }

    private Indicator BuildIndicator(IndicatorDocument d, string path) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "indicators", d.Id),
        Measure = d.Measure,
        Subject = PartyOf(d.Subject, $"{path}.subject") ?? new Party { Reference = d.Subject },
        SubjectUnit = Ref(_units, d.SubjectUnit, $"{path}.subjectUnit", "units.json"),
        SubjectUnitId = IdOf<Unit>(d.SubjectUnit),
        UnitOfMeasure = d.Unit,
        Observations = d.Observations.Select((o, i) =>
        {
            var value = Qty(o.Value, $"{path}.observations[{i}].value");
            if (d.Unit == "percent")
            {
                CheckShare(value, $"{path}.observations[{i}].value");
            }

            return new IndicatorObservation
            {
                Period = Date(o.Period, $"{path}.observations[{i}].period") ?? default,
                Value = value ?? Quantity.Unknown,
                Claim = Claim(o, $"{path}.observations[{i}]"),
                Hedge = o.Hedge,
                Note = o.Note,
                Evidence = Evidence(o.Evidence, $"{path}.observations[{i}].evidence"),
            };
        }).OrderBy(o => o.Period).ToValueArray(),
        Note = d.Note,
        Evidence = Evidence(d.Evidence, $"{path}.evidence"),
    };

    private Person BuildPerson(PersonDocument d, string path) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "people", d.Id),
        Posts = d.Posts.Select((p, i) => new Post
        {
            Title = p.Title,
            Organisation = Ref(_organisations, p.Organisation, $"{path}.posts[{i}].organisation", "organisations.json"),
            OrganisationId = IdOf<Organisation>(p.Organisation),
            Unit = Ref(_units, p.Unit, $"{path}.posts[{i}].unit", "units.json"),
            UnitId = IdOf<Unit>(p.Unit),
            Country = Country(p.Country, $"{path}.posts[{i}].country"),
            Date = Date(p.Date, $"{path}.posts[{i}].date"),
            Claim = Claim(p, $"{path}.posts[{i}]"),
            Hedge = p.Hedge,
            Note = p.Note,
            Evidence = Evidence(p.Evidence, $"{path}.posts[{i}].evidence"),
        }).ToValueArray(),
        Note = d.Note,
        Evidence = Evidence(d.Evidence, $"{path}.evidence"),
    };

    private Agreement BuildAgreement(AgreementDocument d, string path) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "agreements", d.Id),
        Kind = Enum<AgreementKind>(d.Kind, $"{path}.kind"),
        Parties = Parties(d.Parties, $"{path}.parties"),
        Signed = NotAfterPublication(Date(d.Signed, $"{path}.signed"), d.Evidence, $"{path}.signed"),
        InForce = NotAfterPublication(Date(d.InForce, $"{path}.inForce"), d.Evidence, $"{path}.inForce"),
        Published = NotAfterPublication(Date(d.Published, $"{path}.published"), d.Evidence, $"{path}.published"),
        Summary = d.Summary,
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, $"{path}.evidence"),
    };

    private MilitaryEvent BuildEvent(EventDocument d, string path) => new()
    {
        Id = new(d.Id),
        Date = Date(d.Date, $"{path}.date"),
        Kind = Enum<EventKind>(d.Kind, $"{path}.kind"),
        Title = d.Title,
        Parties = Parties(d.Parties, $"{path}.parties"),
        Units = Refs(_units, d.Units, $"{path}.units", "units.json"),
        Equipment = Refs(_equipment, d.Equipment, $"{path}.equipment", "equipment.json"),
        Sites = Refs(_sites, d.Sites, $"{path}.sites", "sites.json"),
        Quantity = Qty(d.Quantity, $"{path}.quantity"),
        QuantityUnit = d.QuantityUnit,
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, $"{path}.evidence"),
    };

    // ---- problems ----------------------------------------------------------------------------------------

    private void Problem(string path, string rule, string message) => _problems.Add((new DataProblem(_file, path, 0, rule, message), false));

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

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdFormat();

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();
}
