using System.Collections.Immutable;
using BelarusForces.Data;
using BelarusForces.Model;
using BelarusForces.Queries;
using BelarusForces.Values;
using BelarusForces.Versioning;
using ContentHashing = BelarusForces.Versioning.ContentHash;
using NodaTime;

namespace BelarusForces;

/// <summary>
/// The BelarusForces dataset: every collection, resolved and indexed. Use <see cref="Current"/> for the data
/// embedded in the package, or <see cref="LoadDirectory"/> for a data directory of the same shape.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
/// <example>
/// <code>
/// var data = BelarusForcesDataset.Current;
/// Console.WriteLine(data.Manifest.Version);
/// foreach (var p in data.Procurements.Where(p => p.Supplier == Country.China)) Console.WriteLine(p);
/// </code>
/// </example>
public sealed partial class BelarusForcesDataset
{
    private static readonly Lazy<BelarusForcesDataset> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // The indexes are made on first use, so that loading pays only for what a program asks.
    private readonly Lazy<NameIndex> _byName;
    private readonly Lazy<Dictionary<string, IRecord>> _byKey;
    private readonly Lazy<UnitEquipmentIndex> _unitEquipment;
    private readonly Lazy<ILookup<EquipmentCategory, InventoryObservation>> _inventoryByCategory;
    private readonly Lazy<ImmutableArray<TimelineEntry>> _timeline;
    private readonly IReadOnlyDictionary<string, byte[]> _files; // the data files as loaded, by name
    private readonly ImmutableArray<IRecord> _allRecords;
    private readonly ImmutableArray<object>[] _records;
    private readonly Lazy<string> _contentHash;
    private readonly Dictionary<string, Tombstone> _tombstones;

    internal BelarusForcesDataset(
        DatasetManifest manifest,
        ImmutableArray<object>[] records,
        ImmutableArray<Release> releases,
        ImmutableArray<Tombstone> withdrawn,
        IReadOnlyDictionary<string, byte[]> files,
        string? releasedHash)
    {
        Releases = releases;
        Withdrawn = withdrawn;
        _tombstones = withdrawn.ToDictionary(t => t.Key, StringComparer.Ordinal);
        _files = files;
        _contentHash = releasedHash is null ? new(() => ContentHashing.Compute(RawFile, ContentHashing.AlgorithmOf(releases, manifest.Version))) : new(releasedHash);
        Manifest = manifest;
        Sources = Collections.Sources.Of(records).ToDictionary(s => s.Id.Value, StringComparer.Ordinal).AsReadOnly();
        Organisations = new(Collections.Organisations.Of(records));
        Units = new(Collections.Units.Of(records));
        Equipment = new(Collections.Equipment.Of(records));
        Sites = new(Collections.Sites.Of(records));
        Inventory = new(Collections.Inventory.Of(records));
        Procurements = new(Collections.Procurements.Of(records));
        Exercises = new(Collections.Exercises.Of(records));
        Indicators = new(Collections.Indicators.Of(records));
        People = new(Collections.People.Of(records));
        Agreements = new(Collections.Agreements.Of(records));
        Events = new(Collections.Events.Of(records));
        _records = records;
        _allRecords = [.. records.SelectMany(r => r.OfType<IRecord>())];

        _byKey = new(() => _allRecords.ToDictionary(r => r.CitationKey, StringComparer.Ordinal));
        _byName = new(() => new NameIndex(_allRecords));
        _unitEquipment = new(() => new UnitEquipmentIndex(Units.Items, Inventory.Items, Procurements.Items));
        _inventoryByCategory = new(() => Inventory.ToLookup(i => i.Equipment.Category));
        _timeline = new(() => Queries.Timeline.Build(this));
    }

    /// <summary>The data embedded in the package, loaded on first use, once, thread-safely. It never touches the file system.</summary>
    public static BelarusForcesDataset Current => Embedded.Value;

    /// <summary>The manifest: name, version, release date, licences and seeds.</summary>
    public DatasetManifest Manifest { get; }

    /// <summary>
    /// The SHA-256 of the data in a canonical form (independent of whitespace, key order and line endings), in lowercase
    /// hexadecimal. The same data gives the same hash on every machine.
    /// </summary>
    /// <remarks>
    /// For the embedded data this is the hash that <c>releases.json</c> records for its version, which the package's
    /// tests check against the data itself; for a loaded directory it is computed on first use.
    /// </remarks>
    public string ContentHash => _contentHash.Value;

    /// <summary>The name, version and the first eight digits of the content hash, such as <c>BelarusForces 1.0.0 (sha256:1a2b3c4d)</c>.</summary>
    public string VersionId => $"{Manifest.Name} {Manifest.Version} (sha256:{ContentHash[..8]})";

    /// <summary>Every released version, with its hash and the keys of the records it contained.</summary>
    public ImmutableArray<Release> Releases { get; }

    /// <summary>The tombstones of withdrawn records.</summary>
    public ImmutableArray<Tombstone> Withdrawn { get; }

    /// <summary>The source articles, by id.</summary>
    public IReadOnlyDictionary<string, Source> Sources { get; }

    /// <summary>Organisations: the defence industry, state bodies, international organisations.</summary>
    public RecordCollection<Organisation> Organisations { get; }

    /// <summary>Units and formations.</summary>
    public RecordCollection<Unit> Units { get; }

    /// <summary>Equipment types.</summary>
    public RecordCollection<EquipmentType> Equipment { get; }

    /// <summary>Military sites.</summary>
    public RecordCollection<Site> Sites { get; }

    /// <summary>Inventory observations: what a unit holds, as of when.</summary>
    public RecordCollection<InventoryObservation> Inventory { get; }

    /// <summary>Procurements, transfers, exports, modernisations and retirements.</summary>
    public ProcurementCollection Procurements { get; }

    /// <summary>Exercises.</summary>
    public ExerciseCollection Exercises { get; }

    /// <summary>Training, readiness and industry indicators as time series.</summary>
    public IndicatorCollection Indicators { get; }

    /// <summary>People and their posts.</summary>
    public RecordCollection<Person> People { get; }

    /// <summary>Agreements, laws, doctrine and decisions.</summary>
    public RecordCollection<Agreement> Agreements { get; }

    /// <summary>Dated military facts that fit no other collection.</summary>
    public RecordCollection<MilitaryEvent> Events { get; }

    /// <summary>
    /// Loads and fully validates a data directory of the same shape as the embedded data (a newer or user-extended copy).
    /// </summary>
    /// <param name="dataDirectory">The directory holding <c>dataset.json</c> and the collection files.</param>
    /// <param name="seedsDirectory">The directory holding the seed texts that quotes are checked against; by default <c>seeds/</c> beside the data directory.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetLoadException">The data breaks a rule; the exception lists every problem with its file, JSON path, line and rule.</exception>
    public static BelarusForcesDataset LoadDirectory(string dataDirectory, string? seedsDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var data = new DirectoryInfo(dataDirectory);
        if (!data.Exists)
        {
            throw new DatasetLoadException([new DataProblem(dataDirectory, "$", 0, Rules.DirectoryPresent.Id, "the data directory does not exist")]);
        }

        var seeds = new DirectoryInfo(seedsDirectory ?? Path.Combine(data.FullName, "..", "seeds"));
        if (!seeds.Exists)
        {
            throw new DatasetLoadException([new DataProblem(seeds.FullName, "$", 0, Rules.SeedsPresent.Id, "the seeds directory does not exist, so evidence quotes cannot be checked; pass seedsDirectory")]);
        }

        return DatasetBuilder.Checked(data, seeds);
    }

    /// <summary>Finds every named record (unit, equipment type, organisation, person, exercise, ...) that has the name or alias.</summary>
    /// <param name="name">Any spelling or transliteration; case, diacritics, spaces and hyphens do not matter (Raukou, Raŭkoŭ; Su30, Su-30).</param>
    /// <returns>The records with that name; empty when none.</returns>
    public ImmutableArray<INamedRecord> FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.Value.Find(name);
    }

    /// <summary>Finds a record by its citation key, <c>collection/id</c>, such as <c>procurements/cs-vn3-from-china</c>.</summary>
    /// <param name="citationKey">The citation key.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    public IRecord? FindRecord(string citationKey) => _byKey.Value.GetValueOrDefault(citationKey);

    /// <summary>
    /// The equipment a unit holds or received, its subunits included, as of a date: each type with its origin,
    /// since when and the records (inventory observations, deliveries) that say so.
    /// </summary>
    /// <param name="unit">The unit, such as <c>dataset.Units[new("special-operations-forces")]</c>.</param>
    /// <param name="asOf">Leave out what the records date after this day; <see langword="null"/> for everything.</param>
    /// <param name="includeSubunits">Whether to include the unit's subunits.</param>
    /// <returns>The equipment types, earliest first.</returns>
    /// <example>
    /// <code>
    /// var sof = dataset.Units[new Id&lt;Unit&gt;("special-operations-forces")];
    /// foreach (var item in dataset.EquipmentOf(sof, asOf: new LocalDate(2017, 12, 31))) Console.WriteLine(item);
    /// </code>
    /// </example>
    public ImmutableArray<UnitEquipment> EquipmentOf(Unit unit, LocalDate? asOf = null, bool includeSubunits = true) =>
        _unitEquipment.Value.EquipmentOf(unit, asOf, includeSubunits);

    /// <summary>The equipment of the Special Operations Forces (<c>units/special-operations-forces</c>), as of a date.</summary>
    /// <param name="asOf">Leave out what the records date after this day; <see langword="null"/> for everything.</param>
    /// <returns>The equipment types, earliest first.</returns>
    /// <example><code>var sofKit = BelarusForcesDataset.Current.SpecialOperationsForcesEquipment();</code></example>
    public ImmutableArray<UnitEquipment> SpecialOperationsForcesEquipment(LocalDate? asOf = null) =>
        EquipmentOf(Units[new Id<Unit>("special-operations-forces")], asOf);

    /// <summary>The direct subunits of a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The subunits, in file order.</returns>
    public ImmutableArray<Unit> SubunitsOf(Unit unit) => [.. _unitEquipment.Value.SubunitsOf(unit)];

    /// <summary>What every unit held of an equipment category, as of a date.</summary>
    /// <param name="category">The category.</param>
    /// <param name="asOf">Leave out observations dated after this day; <see langword="null"/> for all.</param>
    /// <returns>The inventory observations, in file order.</returns>
    public ImmutableArray<InventoryObservation> InventoryOf(EquipmentCategory category, LocalDate? asOf = null) =>
        [.. _inventoryByCategory.Value[category].Where(i => asOf is null || i.Date?.Earliest is null || i.Date.Value.Earliest <= asOf)];

    /// <summary>Every dated fact of the dataset, in date order: orders, deliveries, exercises, agreements, events.</summary>
    /// <returns>The timeline.</returns>
    public ImmutableArray<TimelineEntry> Timeline() => _timeline.Value;

    /// <summary>Looks up a citation key, passing through the tombstone of a withdrawn record to its replacement.</summary>
    /// <param name="citationKey">The citation key, such as <c>procurements/cs-vn3-from-china</c>.</param>
    /// <returns>The record found, and the tombstone passed through, if any.</returns>
    /// <example>
    /// <code>
    /// var lookup = dataset.Resolve("procurements/cs-vn3-from-china");
    /// if (lookup.IsWithdrawn) Console.WriteLine(lookup); // says where the record went
    /// </code>
    /// </example>
    public RecordLookup Resolve(string citationKey)
    {
        if (FindRecord(citationKey) is { } record)
        {
            return new RecordLookup(citationKey, record, null);
        }

        return _tombstones.TryGetValue(citationKey, out var tombstone)
            ? new RecordLookup(citationKey, tombstone.ReplacedBy is null ? null : FindRecord(tombstone.ReplacedBy), tombstone)
            : new RecordLookup(citationKey, null, null);
    }

    /// <summary>A citation of the dataset, naming its version and content hash.</summary>
    /// <param name="format">The citation style.</param>
    /// <returns>The citation.</returns>
    /// <example><code>Console.WriteLine(BelarusForcesDataset.Current.Cite(CitationFormat.BibTex));</code></example>
    public string Cite(CitationFormat format = CitationFormat.Apa) => Citations.Dataset(this, format);

    /// <summary>A citation of one record, by its citation key, naming the dataset's version and content hash.</summary>
    /// <param name="citationKey">The record's citation key, such as <c>indicators/belarus-pilot-annual-flight-hours</c>.</param>
    /// <param name="format">The citation style.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="KeyNotFoundException">No record has the key.</exception>
    public string Cite(string citationKey, CitationFormat format = CitationFormat.Apa) =>
        Citations.Record(this, FindRecord(citationKey) ?? throw new KeyNotFoundException($"There is no record '{citationKey}'; citation keys are collection/id, such as procurements/cs-vn3-from-china."), format);

    /// <summary>Every record of every collection, collection by collection.</summary>
    /// <returns>The records.</returns>
    public IEnumerable<IRecord> AllRecords() => _allRecords;

    /// <summary>The records of one collection (sources included), in data order.</summary>
    internal IReadOnlyList<object> RecordsIn(Collection collection) => _records[collection.Index];

    /// <summary>The name and version.</summary>
    /// <returns>A line such as <c>BelarusForces 1.0.0 (2026-11-27)</c>.</returns>
    public override string ToString() => Manifest.ToString();

    /// <summary>A record exactly as its data file writes it: every field, its evidence, and the raw ids.</summary>
    /// <param name="record">A record of this dataset.</param>
    /// <returns>The record's JSON text.</returns>
    /// <example><code>Console.WriteLine(dataset.ToJson(dataset.FindRecord("procurements/cs-vn3-from-china")!));</code></example>
    public string ToJson(IRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var doc = System.Text.Json.JsonDocument.Parse(RawFile(record.Collection + ".json")!.Value);
        return doc.RootElement.GetProperty("records").EnumerateArray()
            .First(r => r.GetProperty("id").GetString() == record.Id).GetRawText();
    }

    /// <summary>The raw bytes of a data file as loaded, for the content hash and diffs.</summary>
    internal ReadOnlyMemory<byte>? RawFile(string file) => _files.TryGetValue(file, out var bytes) ? bytes : null;

    /// <summary>Builds the embedded data afresh (the benchmarks measure this; users get the cached <see cref="Current"/>).</summary>
    internal static BelarusForcesDataset LoadEmbedded() =>
        DatasetBuilder.Trusted(DataFiles.ReadEmbedded, System.Text.Json.JsonSerializer.Deserialize(DataFiles.ReadEmbedded(DataFiles.EvidenceLines), DataJsonContext.Default.DictionaryStringInt32)!);

    /// <summary>Builds trusted data from any source of file bytes, skipping the checks the package's build makes; evidence lines are 0.</summary>
    internal static BelarusForcesDataset LoadTrusted(Func<string, byte[]?> read) => DatasetBuilder.Trusted(read, new Dictionary<string, int>());
}
