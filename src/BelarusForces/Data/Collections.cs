using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using BelarusForces.Model;

namespace BelarusForces.Data;

/// <summary>
/// The one list of collections. The loader reads and resolves them in this order (a collection only points at those
/// before it, or at itself through <see cref="Collection.ParentField"/>); the dataset, <c>AllRecords</c>, the schemas,
/// the codebook and the README's table derive from it.
/// </summary>
internal static class Collections
{
    public static readonly Collection<SourceDocument, Source> Sources = new(
        "sources", "Source articles", DataJsonContext.Default.CollectionDocumentSourceDocument, d => d.Id, (b, d, path) => b.BuildSource(d, path));

    public static readonly Collection<OrganisationDocument, Organisation> Organisations = new(
        "organisations", "Organisations", DataJsonContext.Default.CollectionDocumentOrganisationDocument, d => d.Id, (b, d, path) => b.BuildOrganisation(d, path), d => d.Parent, "parent");

    public static readonly Collection<UnitDocument, Unit> Units = new(
        "units", "Units and formations", DataJsonContext.Default.CollectionDocumentUnitDocument, d => d.Id, (b, d, path) => b.BuildUnit(d, path), d => d.Parent, "parent");

    public static readonly Collection<EquipmentDocument, EquipmentType> Equipment = new(
        "equipment", "Equipment types", DataJsonContext.Default.CollectionDocumentEquipmentDocument, d => d.Id, (b, d, path) => b.BuildEquipment(d, path), d => d.VariantOf, "variantOf");

    public static readonly Collection<SiteDocument, Site> Sites = new(
        "sites", "Military sites", DataJsonContext.Default.CollectionDocumentSiteDocument, d => d.Id, (b, d, path) => b.BuildSite(d, path));

    public static readonly Collection<InventoryDocument, InventoryObservation> Inventory = new(
        "inventory", "Inventory observations", DataJsonContext.Default.CollectionDocumentInventoryDocument, d => d.Id, (b, d, path) => b.BuildInventory(d, path));

    public static readonly Collection<ProcurementDocument, Procurement> Procurements = new(
        "procurements", "Procurements, transfers, exports, modernisations and retirements", DataJsonContext.Default.CollectionDocumentProcurementDocument, d => d.Id, (b, d, path) => b.BuildProcurement(d, path));

    public static readonly Collection<ExerciseDocument, Exercise> Exercises = new(
        "exercises", "Exercises", DataJsonContext.Default.CollectionDocumentExerciseDocument, d => d.Id, (b, d, path) => b.BuildExercise(d, path));

    public static readonly Collection<IndicatorDocument, Indicator> Indicators = new(
        "indicators", "Indicators as time series", DataJsonContext.Default.CollectionDocumentIndicatorDocument, d => d.Id, (b, d, path) => b.BuildIndicator(d, path));

    public static readonly Collection<PersonDocument, Person> People = new(
        "people", "People and their posts", DataJsonContext.Default.CollectionDocumentPersonDocument, d => d.Id, (b, d, path) => b.BuildPerson(d, path));

    public static readonly Collection<AgreementDocument, Agreement> Agreements = new(
        "agreements", "Agreements, laws, doctrine and decisions", DataJsonContext.Default.CollectionDocumentAgreementDocument, d => d.Id, (b, d, path) => b.BuildAgreement(d, path));

    public static readonly Collection<EventDocument, MilitaryEvent> Events = new(
        "events", "Military events", DataJsonContext.Default.CollectionDocumentEventDocument, d => d.Id, (b, d, path) => b.BuildEvent(d, path));

    /// <summary>Every collection, in the order they are resolved.</summary>
    public static readonly Collection[] All =
        [Sources, Organisations, Units, Equipment, Sites, Inventory, Procurements, Exercises, Indicators, People, Agreements, Events];
}

/// <summary>One collection: its name, file, title, document type and how its records are built.</summary>
internal abstract class Collection(string name, string title, string? parentField)
{
    /// <summary>The collection's name, the first part of its citation keys, such as <c>procurements</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The data file, such as <c>procurements.json</c>.</summary>
    public string File { get; } = name + ".json";

    /// <summary>A title for schemas and the codebook.</summary>
    public string Title { get; } = title;

    /// <summary>The member that points at another record of the same collection, if any.</summary>
    public string? ParentField { get; } = parentField;

    private int _index = -1;

    /// <summary>The position in <see cref="Collections.All"/>, found once (the list is made after its items).</summary>
    public int Index => _index >= 0 ? _index : _index = Array.IndexOf(Collections.All, this);

    /// <summary>The document type of the file, for the reader and the schema.</summary>
    public abstract JsonTypeInfo FileType { get; }

    /// <summary>Reads the file's records (the reader's exceptions are the caller's to report).</summary>
    public abstract IReadOnlyList<object> Read(byte[] json);

    /// <summary>The id of a record's document.</summary>
    public abstract string IdOf(object document);

    /// <summary>The id a document's <see cref="ParentField"/> points at, if any.</summary>
    public abstract string? ParentOf(object document);

    /// <summary>Builds a record from its document.</summary>
    public abstract object Build(DatasetBuilder builder, object document, string path);
}

/// <summary>A collection whose records are <typeparamref name="TModel"/>.</summary>
internal abstract class Collection<TModel>(string name, string title, string? parentField) : Collection(name, title, parentField)
    where TModel : class
{}

/// <inheritdoc />
internal sealed class Collection<TDocument, TModel>(
    string name,
    string title,
    JsonTypeInfo<CollectionDocument<TDocument>> fileType,
    Func<TDocument, string> id,
    Func<DatasetBuilder, TDocument, string, TModel> build,
    Func<TDocument, string?>? parent = null,
    string? parentField = null) : Collection<TModel>(name, title, parentField)
    where TDocument : class
    where TModel : class
{
    public override JsonTypeInfo FileType => fileType;

    public override IReadOnlyList<object> Read(byte[] json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, fileType)?.Records ?? throw new System.Text.Json.JsonException("The file holds null, not a collection. Path: $ | LineNumber: 0 | BytePositionInLine: 0.");

    public override string IdOf(object document) => id((TDocument)document);

    public override string? ParentOf(object document) => parent?.Invoke((TDocument)document);

    public override object Build(DatasetBuilder builder, object document, string path) => build(builder, (TDocument)document, path);

    /// <summary>The records of this collection in a built dataset's arrays.</summary>
    public ImmutableArray<TModel> Of(ImmutableArray<object>[] built) => [.. built[Index].Cast<TModel>()];
}
