using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Data;

/// <summary>
/// The one list of collections. The loader reads and resolves them in this order (a collection only points at those
/// before it, or at itself through <see cref="Collection.ParentField"/>); the dataset, <c>AllRecords</c>, the schemas,
/// the codebook and the README's table derive from it.
/// </summary>
internal static partial class Collections
{
    public static readonly Collection<SourceDocument, Source> Sources = new(
        "sources", "Source articles", "An article of the seed texts that evidence quotes cite.", SourceFields(), DataJsonContext.Default.CollectionDocumentSourceDocument, d => d.Id, (b, d, path) => b.BuildSource(d, path));

    public static readonly Collection<OrganisationDocument, Organisation> Organisations = new(
        "organisations", "Organisations", "A defence company, state body, international organisation, school or medium.", OrganisationFields(), DataJsonContext.Default.CollectionDocumentOrganisationDocument, d => d.Id, (b, d, path) => b.BuildOrganisation(d, path), d => d.Parent, "parent");

    public static readonly Collection<UnitDocument, Unit> Units = new(
        "units", "Units and formations", "A unit or formation of the armed forces.", UnitFields(), DataJsonContext.Default.CollectionDocumentUnitDocument, d => d.Id, (b, d, path) => b.BuildUnit(d, path), d => d.Parent, "parent");

    public static readonly Collection<EquipmentDocument, EquipmentType> Equipment = new(
        "equipment", "Equipment types", "An equipment type: category, role, origin, manufacturer.", EquipmentFields(), DataJsonContext.Default.CollectionDocumentEquipmentDocument, d => d.Id, (b, d, path) => b.BuildEquipment(d, path), d => d.VariantOf, "variantOf");

    public static readonly Collection<SiteDocument, Site> Sites = new(
        "sites", "Military sites", "A base, missile site or training ground.", SiteFields(), DataJsonContext.Default.CollectionDocumentSiteDocument, d => d.Id, (b, d, path) => b.BuildSite(d, path));

    public static readonly Collection<InventoryDocument, InventoryObservation> Inventory = new(
        "inventory", "Inventory observations", "What a unit holds, as of when, with its status.", InventoryFields(), DataJsonContext.Default.CollectionDocumentInventoryDocument, d => d.Id, (b, d, path) => b.BuildInventory(d, path));

    public static readonly Collection<ProcurementDocument, Procurement> Procurements = new(
        "procurements", "Procurements, transfers, exports, modernisations and retirements", "An acquisition, transfer, export, modernisation or retirement of equipment.", ProcurementFields(), DataJsonContext.Default.CollectionDocumentProcurementDocument, d => d.Id, (b, d, path) => b.BuildProcurement(d, path));

    public static readonly Collection<ExerciseDocument, Exercise> Exercises = new(
        "exercises", "Exercises", "A military exercise.", ExerciseFields(), DataJsonContext.Default.CollectionDocumentExerciseDocument, d => d.Id, (b, d, path) => b.BuildExercise(d, path));

    public static readonly Collection<IndicatorDocument, Indicator> Indicators = new(
        "indicators", "Indicators as time series", "A training, readiness or industry indicator: a time series.", IndicatorFields(), DataJsonContext.Default.CollectionDocumentIndicatorDocument, d => d.Id, (b, d, path) => b.BuildIndicator(d, path));

    public static readonly Collection<PersonDocument, Person> People = new(
        "people", "People and their posts", "A person the sources name.", PersonFields(), DataJsonContext.Default.CollectionDocumentPersonDocument, d => d.Id, (b, d, path) => b.BuildPerson(d, path));

    public static readonly Collection<AgreementDocument, Agreement> Agreements = new(
        "agreements", "Agreements, laws, doctrine and decisions", "An agreement, law, doctrine or decision.", AgreementFields(), DataJsonContext.Default.CollectionDocumentAgreementDocument, d => d.Id, (b, d, path) => b.BuildAgreement(d, path));

    public static readonly Collection<EventDocument, MilitaryEvent> Events = new(
        "events", "Military events", "A dated military fact no other collection fits: a test, decision, deployment, case of espionage.", EventFields(), DataJsonContext.Default.CollectionDocumentEventDocument, d => d.Id, (b, d, path) => b.BuildEvent(d, path));

    /// <summary>Every collection, in the order they are resolved.</summary>
    public static readonly Collection[] All =
        [Sources, Organisations, Units, Equipment, Sites, Inventory, Procurements, Exercises, Indicators, People, Agreements, Events];

    private static readonly System.Collections.Frozen.FrozenDictionary<string, Collection> ByName = All.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The collection of this name, such as <c>procurements</c>.</summary>
    public static Collection Named(string name) => ByName[name];
}

/// <summary>One collection: its name, file, title, document type and how its records are built.</summary>
internal abstract class Collection(string name, string title, string description, IReadOnlyList<Field> fields, IReadOnlyList<NestedList> lists, string? parentField)
{
    /// <summary>The collection's name, the first part of its citation keys, such as <c>procurements</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The data file, such as <c>procurements.json</c>.</summary>
    public string File { get; } = name + ".json";

    /// <summary>A title for schemas and the codebook.</summary>
    public string Title { get; } = title;

    /// <summary>What one record is, in a sentence: the description of its table.</summary>
    public string Description { get; } = description;

    /// <summary>The collection's fields, declared once (<c>Collections.Fields.cs</c>); every view reads them.</summary>
    public IReadOnlyList<Field> Fields { get; } = fields;

    /// <summary>The collection's nested lists, each a table of its own.</summary>
    public IReadOnlyList<NestedList> Lists { get; } = lists;

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

    /// <summary>The id of a built record; sources, which are not records, have ids too.</summary>
    public string IdOfRecord(object record) => record is IRecord r ? r.Id : ((Source)record).Id.Value;

    /// <summary>The record's own claim, when it is one, then every item of its nested lists that is a claim.</summary>
    public IReadOnlyList<IClaim> ClaimsOf(IRecord record)
    {
        var claims = new List<IClaim>();
        if (record is IClaim own)
        {
            claims.Add(own);
        }

        foreach (var list in Lists.Where(l => l.ItemsAreClaims))
        {
            claims.AddRange(list.ItemsOf(record).Cast<IClaim>());
        }

        return claims;
    }

    /// <summary>Every date field of the record, then of its nested lists, leaving out those not stated.</summary>
    public IReadOnlyList<EdtfDate> DatesOf(object record)
    {
        var dates = new List<EdtfDate>();
        foreach (var field in Fields.Where(f => f.Kind == FieldKind.Date))
        {
            if (field.ValueOf(record) is EdtfDate date)
            {
                dates.Add(date);
            }
        }

        foreach (var list in Lists)
        {
            foreach (var field in list.Fields.Where(f => f.Kind == FieldKind.Date))
            {
                foreach (var item in list.ItemsOf(record))
                {
                    if (field.ValueOf(item) is EdtfDate date)
                    {
                        dates.Add(date);
                    }
                }
            }
        }

        return dates;
    }

    /// <summary>Builds a record from its document.</summary>
    public abstract object Build(DatasetBuilder builder, object document, string path);
}

/// <summary>A collection whose records are <typeparamref name="TModel"/>.</summary>
internal abstract class Collection<TModel>(string name, string title, string description, FieldList<TModel> fields, string? parentField)
    : Collection(name, title, description, fields.Fields, fields.Lists, parentField)
    where TModel : class
{}

/// <inheritdoc />
internal sealed class Collection<TDocument, TModel>(
    string name,
    string title,
    string description,
    FieldList<TModel> fields,
    JsonTypeInfo<CollectionDocument<TDocument>> fileType,
    Func<TDocument, string> id,
    Func<DatasetBuilder, TDocument, string, TModel> build,
    Func<TDocument, string?>? parent = null,
    string? parentField = null) : Collection<TModel>(name, title, description, fields, parentField)
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
