using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Data;

// The shapes of the JSON files, exactly as curators write them. Each shape is declared once, here: System.Text.Json's
// source generator reads them (DataJsonContext), and data/schema/*.schema.json and docs/CODEBOOK.md are generated
// from them (SchemaTests). The checker then turns them into the immutable model (DatasetBuilder).
//
// Dates, quantities, codes and enum values stay strings here, so that the checker can report every bad value with
// its path instead of the reader stopping the whole file at the first one. [Format] names the shared value type of a
// string (data/schema/common.schema.json) and [OneOf] its allowed values; both only feed the generated schemas.

/// <summary>A collection file: <c>{"$schema": ..., "records": [...]}</c>.</summary>
internal sealed class CollectionDocument<T>
{
    [JsonPropertyName("$schema"), Description("The JSON Schema of the file, for editors.")]
    public string? Schema { get; init; }

    [Description("The records of the collection.")]
    public required List<T> Records { get; init; }
}

[Description("The dataset manifest: name, version, release date, licences and the seed files' hashes.")]
internal sealed class ManifestDocument
{
    [JsonPropertyName("$schema"), Description("The JSON Schema of the file, for editors.")]
    public string? Schema { get; init; }

    [Description("The dataset's name, as it appears in citations.")]
    public required string Name { get; init; }

    [Description("The dataset's title.")]
    public required string Title { get; init; }

    [Description("The data version, a semantic version; the package version is the same.")]
    public required string Version { get; init; }

    [Format(ValueFormat.Edtf), Description("The release date.")]
    public required string Released { get; init; }

    [Description("What the dataset is.")]
    public required string Description { get; init; }

    [Description("The licences of the code and of the data.")]
    public required LicenceDocument Licences { get; init; }

    [Description("The seed files that quotes are checked against, each with its SHA-256.")]
    public required List<SeedDocument> Seeds { get; init; }
}

[Description("The licences, as SPDX expressions.")]
internal sealed class LicenceDocument
{
    [Description("The licence of the code, such as MIT.")]
    public required string Code { get; init; }

    [Description("The licence of the data, such as CC-BY-4.0.")]
    public required string Data { get; init; }
}

[Description("A seed file and its hash.")]
internal sealed class SeedDocument
{
    [Description("The file name in seeds/.")]
    public required string File { get; init; }

    [Description("The SHA-256 of the file, in lowercase hexadecimal.")]
    public required string Sha256 { get; init; }
}

[Description("A verbatim quote from a source article.")]
internal sealed class EvidenceDocument
{
    [Format(ValueFormat.Id), Description("The id of an entry in sources.json.")]
    public required string Source { get; init; }

    [Description("A verbatim substring of the source article, character for character.")]
    public required string Quote { get; init; }
}

/// <summary>A fact: its claim status, hedge, note and evidence, written after the shape's own members.</summary>
internal abstract class ClaimDocument
{
    [JsonPropertyOrder(100), OneOf(typeof(ClaimStatus)), Description("How the source presents the claim: official statement, media report, analyst estimate or inference, disputed.")]
    public required string Claim { get; init; }

    [JsonPropertyOrder(101), Description("The source's own hedging words, verbatim.")]
    public string? Hedge { get; init; }

    [JsonPropertyOrder(102), Description("A curator's note in plain English, not a quote.")]
    public string? Note { get; init; }

    [JsonPropertyOrder(103), Description("Verbatim quotes that back the fact; at least one.")]
    public required List<EvidenceDocument> Evidence { get; init; }
}

/// <summary>A record's document: what every collection's records may carry besides their own members.</summary>
internal interface IRecordDocument
{
    List<RelationDocument>? Relations { get; }

    List<DerivationDocument>? Derivation { get; }
}

[Description("A typed link to another record.")]
internal sealed class RelationDocument
{
    [OneOf(typeof(RelationKind)), Description("How the sources relate the records: updates (a later report of the same thing), contradicts (the sources disagree), part-of.")]
    public required string Kind { get; init; }

    [Description("The other record's citation key, collection/id, such as procurements/su-30sm-from-russia-2017-plan.")]
    public required string Record { get; init; }
}

[Description("Why a field's value is right although the support rules cannot see it in the record's quotes; the field is exempt from them.")]
internal sealed class DerivationDocument
{
    [Description("The field, as a path inside the record, such as date or observations[0].period; it covers what lies inside it.")]
    public required string Field { get; init; }

    [Description("How the value follows from the sources, in a line.")]
    public required string Reason { get; init; }
}

[Description("One article of the seed texts.")]
internal sealed class SourceDocument
{
    [Format(ValueFormat.Id), Description("The source's id.")]
    public required string Id { get; init; }

    [Description("The article's headline.")]
    public required string Headline { get; init; }

    [Description("The seed file in seeds/ that holds the article.")]
    public required string SeedFile { get; init; }

    [Description("The article's first line in the seed file (1-based).")]
    public required int FirstLine { get; init; }

    [Description("The article's last line in the seed file (1-based, inclusive).")]
    public required int LastLine { get; init; }

    [Format(ValueFormat.Edtf), Description("The publication date, inferred from the article.")]
    public required string Published { get; init; }

    [Description("How the publication date was inferred from the article.")]
    public required string PublishedInference { get; init; }
}

[Description("A unit or formation.")]
internal sealed class UnitDocument : ClaimDocument, IRecordDocument
{
    [JsonPropertyOrder(110), Description("Typed links to related records: a later report of the same thing (updates), a disagreeing source (contradicts), a part of a larger record (part-of).")]
    public List<RelationDocument>? Relations { get; init; }

    [JsonPropertyOrder(111), Description("For a field whose value is right although the support rules cannot see it in the quotes: the field and why.")]
    public List<DerivationDocument>? Derivation { get; init; }

    [Format(ValueFormat.Id), Description("The unit's id.")]
    public required string Id { get; init; }

    [Description("The usual English name.")]
    public required string Name { get; init; }

    [Format(ValueFormat.Alias), Description("Every other spelling the sources use, and common transliterations.")]
    public required string[] Aliases { get; init; }

    [Format(ValueFormat.Country), Description("The country whose forces the unit belongs to; null for multinational formations.")]
    public string? Country { get; init; }

    [OneOf(typeof(UnitKind)), Description("What kind of formation it is.")]
    public required string Kind { get; init; }

    [Format(ValueFormat.Id), Description("The id of the unit it belongs to.")]
    public string? Parent { get; init; }

    [Format(ValueFormat.Edtf), Description("When the unit was established.")]
    public string? Established { get; init; }

    [Description("Personnel strength as the sources give it, date by date.")]
    public required List<StrengthDocument> Strength { get; init; }
}

[Description("Personnel strength at a date.")]
internal sealed class StrengthDocument : ClaimDocument
{
    [Format(ValueFormat.Edtf), Description("When the figure applies.")]
    public required string Date { get; init; }

    [Format(ValueFormat.Quantity), Description("The number of personnel, with its qualifier.")]
    public required string Personnel { get; init; }
}

[Description("A type of equipment.")]
internal sealed class EquipmentDocument : ClaimDocument, IRecordDocument
{
    [JsonPropertyOrder(110), Description("Typed links to related records: a later report of the same thing (updates), a disagreeing source (contradicts), a part of a larger record (part-of).")]
    public List<RelationDocument>? Relations { get; init; }

    [JsonPropertyOrder(111), Description("For a field whose value is right although the support rules cannot see it in the quotes: the field and why.")]
    public List<DerivationDocument>? Derivation { get; init; }

    [Format(ValueFormat.Id), Description("The equipment type's id.")]
    public required string Id { get; init; }

    [Description("The usual designation.")]
    public required string Name { get; init; }

    [Format(ValueFormat.Alias), Description("Every other spelling the sources use, and common transliterations.")]
    public required string[] Aliases { get; init; }

    [OneOf(typeof(EquipmentCategory)), Description("The equipment category.")]
    public required string Category { get; init; }

    [Description("Its role in words, such as multirole fighter.")]
    public string? Role { get; init; }

    [Format(ValueFormat.Country), Description("The country of origin.")]
    public string? Origin { get; init; }

    [Format(ValueFormat.Id), Description("The id of the manufacturer in organisations.json.")]
    public string? Manufacturer { get; init; }

    [Description("Whether Belarus inherited it from the Soviet armed forces; null when the sources do not say.")]
    public bool? SovietInherited { get; init; }

    [Format(ValueFormat.Id), Description("The id of the equipment type this one is a variant of.")]
    public string? VariantOf { get; init; }
}

[Description("What a unit holds of an equipment type, as of a date.")]
internal sealed class InventoryDocument : ClaimDocument, IRecordDocument
{
    [JsonPropertyOrder(110), Description("Typed links to related records: a later report of the same thing (updates), a disagreeing source (contradicts), a part of a larger record (part-of).")]
    public List<RelationDocument>? Relations { get; init; }

    [JsonPropertyOrder(111), Description("For a field whose value is right although the support rules cannot see it in the quotes: the field and why.")]
    public List<DerivationDocument>? Derivation { get; init; }

    [Format(ValueFormat.Id), Description("The observation's id.")]
    public required string Id { get; init; }

    [Format(ValueFormat.Id), Description("The id of the holding unit in units.json.")]
    public required string Holder { get; init; }

    [Format(ValueFormat.Id), Description("The id of the equipment type in equipment.json.")]
    public required string Equipment { get; init; }

    [Format(ValueFormat.Quantity), Description("How many, with its qualifier.")]
    public string? Quantity { get; init; }

    [Format(ValueFormat.Edtf), Description("As of when.")]
    public string? Date { get; init; }

    [OneOf(typeof(InventoryStatus)), Description("The holding's status.")]
    public required string Status { get; init; }
}

[Description("An acquisition, transfer, export, modernisation or retirement.")]
internal sealed class ProcurementDocument : ClaimDocument, IRecordDocument
{
    [JsonPropertyOrder(110), Description("Typed links to related records: a later report of the same thing (updates), a disagreeing source (contradicts), a part of a larger record (part-of).")]
    public List<RelationDocument>? Relations { get; init; }

    [JsonPropertyOrder(111), Description("For a field whose value is right although the support rules cannot see it in the quotes: the field and why.")]
    public List<DerivationDocument>? Derivation { get; init; }

    [Format(ValueFormat.Id), Description("The procurement's id.")]
    public required string Id { get; init; }

    [OneOf(typeof(ProcurementKind)), Description("What kind of transaction it is.")]
    public required string Kind { get; init; }

    [Format(ValueFormat.Id), Description("The id of the equipment type in equipment.json.")]
    public required string Equipment { get; init; }

    [Format(ValueFormat.Country), Description("The supplying country.")]
    public string? Supplier { get; init; }

    [OneOf(typeof(SupplierShare)), Description("How much of it the supplier provides, when the sources qualify it (\"mostly Belarus-manufactured\": most); null when they do not.")]
    public string? SupplierShare { get; init; }

    [Format(ValueFormat.Id), Description("The id of the supplying organisation in organisations.json.")]
    public string? SupplierOrganisation { get; init; }

    [Format(ValueFormat.Country), Description("The receiving country.")]
    public string? Recipient { get; init; }

    [Format(ValueFormat.Id), Description("The id of the receiving unit in units.json.")]
    public string? RecipientUnit { get; init; }

    [Format(ValueFormat.Quantity), Description("The total quantity, with its qualifier.")]
    public string? Quantity { get; init; }

    [Format(ValueFormat.Edtf), Description("When it was ordered, contracted or announced.")]
    public string? Ordered { get; init; }

    [Format(ValueFormat.Edtf), Description("When delivery is expected.")]
    public string? ExpectedDelivery { get; init; }

    [OneOf(typeof(ProcurementStatus)), Description("Where it stands.")]
    public required string Status { get; init; }

    [Description("Its value, with its currency.")]
    public MoneyDocument? Value { get; init; }

    [Description("The deliveries the sources distinguish, in order.")]
    public required List<BatchDocument> Batches { get; init; }
}

[Description("A sum of money.")]
internal sealed class MoneyDocument
{
    [Format(ValueFormat.Quantity), Description("The amount, with its qualifier.")]
    public required string Amount { get; init; }

    [Description("The ISO 4217 currency code, such as USD.")]
    public required string Currency { get; init; }
}

[Description("One delivery.")]
internal sealed class BatchDocument : ClaimDocument
{
    [Format(ValueFormat.Quantity), Description("How many were delivered.")]
    public string? Quantity { get; init; }

    [Format(ValueFormat.Edtf), Description("When they were delivered.")]
    public string? Delivered { get; init; }
}

[Description("A military exercise.")]
internal sealed class ExerciseDocument : ClaimDocument, IRecordDocument
{
    [JsonPropertyOrder(110), Description("Typed links to related records: a later report of the same thing (updates), a disagreeing source (contradicts), a part of a larger record (part-of).")]
    public List<RelationDocument>? Relations { get; init; }

    [JsonPropertyOrder(111), Description("For a field whose value is right although the support rules cannot see it in the quotes: the field and why.")]
    public List<DerivationDocument>? Derivation { get; init; }

    [Format(ValueFormat.Id), Description("The exercise's id.")]
    public required string Id { get; init; }

    [Description("The usual English name.")]
    public required string Name { get; init; }

    [Format(ValueFormat.Alias), Description("Every other spelling the sources use, and common transliterations.")]
    public required string[] Aliases { get; init; }

    [Format(ValueFormat.Edtf), Description("When it took place.")]
    public string? Dates { get; init; }

    [Format(ValueFormat.Party), Description("The participating countries and organisations.")]
    public required string[] Participants { get; init; }

    [Format(ValueFormat.Party), Description("The countries and organisations invited to observe.")]
    public required string[] ObserversInvited { get; init; }

    [OneOf(typeof(ExerciseLevel)), Description("The exercise's level, when the sources give it.")]
    public string? Level { get; init; }

    [OneOf(typeof(ExerciseKind)), Description("What kind of exercise it is.")]
    public string? Kind { get; init; }

    [Description("Whether live fire took place; null when the sources do not say.")]
    public bool? LiveFire { get; init; }

    [Format(ValueFormat.Quantity), Description("The share of the exercise held at night, in per cent.")]
    public string? NightShare { get; init; }

    [Description("Figures about the exercise.")]
    public required List<StatisticDocument> Statistics { get; init; }
}

[Description("A figure about the exercise.")]
internal sealed class StatisticDocument : ClaimDocument
{
    [Description("What is counted.")]
    public required string Label { get; init; }

    [Format(ValueFormat.Quantity), Description("The figure, with its qualifier.")]
    public required string Quantity { get; init; }
}

[Description("A training, readiness or industry indicator.")]
internal sealed class IndicatorDocument : IRecordDocument
{
    [JsonPropertyOrder(110), Description("Typed links to related records: a later report of the same thing (updates), a disagreeing source (contradicts), a part of a larger record (part-of).")]
    public List<RelationDocument>? Relations { get; init; }

    [JsonPropertyOrder(111), Description("For a field whose value is right although the support rules cannot see it in the quotes: the field and why.")]
    public List<DerivationDocument>? Derivation { get; init; }

    [Format(ValueFormat.Id), Description("The indicator's id.")]
    public required string Id { get; init; }

    [Description("The indicator's name.")]
    public required string Name { get; init; }

    [Format(ValueFormat.Alias), Description("Every other spelling the sources use, and common transliterations.")]
    public required string[] Aliases { get; init; }

    [Description("What is measured.")]
    public required string Measure { get; init; }

    [Format(ValueFormat.Party), Description("The country or organisation measured.")]
    public required string Subject { get; init; }

    [Format(ValueFormat.Id), Description("The id of the unit measured in units.json.")]
    public string? SubjectUnit { get; init; }

    [Description("The unit of measure: hours, percent, USD, ...")]
    public required string Unit { get; init; }

    [Description("The values, each over a period.")]
    public required List<ObservationDocument> Observations { get; init; }

    [Description("A curator's note in plain English, not a quote.")]
    public string? Note { get; init; }

    [Description("Verbatim quotes that back the fact; at least one.")]
    public required List<EvidenceDocument> Evidence { get; init; }
}

[Description("One value over a period.")]
internal sealed class ObservationDocument : ClaimDocument
{
    [Format(ValueFormat.Edtf), Description("The period the value applies to.")]
    public required string Period { get; init; }

    [Format(ValueFormat.Quantity), Description("The value, with its qualifier.")]
    public required string Value { get; init; }
}

[Description("A person.")]
internal sealed class PersonDocument : IRecordDocument
{
    [JsonPropertyOrder(110), Description("Typed links to related records: a later report of the same thing (updates), a disagreeing source (contradicts), a part of a larger record (part-of).")]
    public List<RelationDocument>? Relations { get; init; }

    [JsonPropertyOrder(111), Description("For a field whose value is right although the support rules cannot see it in the quotes: the field and why.")]
    public List<DerivationDocument>? Derivation { get; init; }

    [Format(ValueFormat.Id), Description("The person's id.")]
    public required string Id { get; init; }

    [Description("The usual English spelling of the name.")]
    public required string Name { get; init; }

    [Format(ValueFormat.Alias), Description("Every other spelling the sources use, and common transliterations.")]
    public required string[] Aliases { get; init; }

    [Description("The posts the person held, each at a date.")]
    public required List<PostDocument> Posts { get; init; }

    [Description("A curator's note in plain English, not a quote.")]
    public string? Note { get; init; }

    [Description("Verbatim quotes that back the fact; at least one.")]
    public required List<EvidenceDocument> Evidence { get; init; }
}

[Description("A post at a date.")]
internal sealed class PostDocument : ClaimDocument
{
    [Description("The post's title, such as Defence Minister.")]
    public required string Title { get; init; }

    [Format(ValueFormat.Id), Description("The id of the organisation in organisations.json.")]
    public string? Organisation { get; init; }

    [Format(ValueFormat.Id), Description("The id of the unit in units.json.")]
    public string? Unit { get; init; }

    [Format(ValueFormat.Country), Description("The country the post belongs to.")]
    public string? Country { get; init; }

    [Format(ValueFormat.Edtf), Description("When the person held the post, as the sources date it.")]
    public string? Date { get; init; }
}

[Description("An organisation.")]
internal sealed class OrganisationDocument : IRecordDocument
{
    [JsonPropertyOrder(110), Description("Typed links to related records: a later report of the same thing (updates), a disagreeing source (contradicts), a part of a larger record (part-of).")]
    public List<RelationDocument>? Relations { get; init; }

    [JsonPropertyOrder(111), Description("For a field whose value is right although the support rules cannot see it in the quotes: the field and why.")]
    public List<DerivationDocument>? Derivation { get; init; }

    [Format(ValueFormat.Id), Description("The organisation's id.")]
    public required string Id { get; init; }

    [Description("The usual English name.")]
    public required string Name { get; init; }

    [Format(ValueFormat.Alias), Description("Every other spelling the sources use, and common transliterations.")]
    public required string[] Aliases { get; init; }

    [OneOf(typeof(OrganisationKind)), Description("What kind of organisation it is.")]
    public required string Kind { get; init; }

    [Format(ValueFormat.Country), Description("The country it belongs to; null for international organisations.")]
    public string? Country { get; init; }

    [Description("Where it is.")]
    public string? Location { get; init; }

    [Format(ValueFormat.Id), Description("The id of the organisation it belongs to.")]
    public string? Parent { get; init; }

    [Format(ValueFormat.Country), Description("The member countries of an international organisation.")]
    public required string[] Members { get; init; }

    [Description("A curator's note in plain English, not a quote.")]
    public string? Note { get; init; }

    [Description("Verbatim quotes that back the fact; at least one.")]
    public required List<EvidenceDocument> Evidence { get; init; }
}

[Description("An agreement or official document.")]
internal sealed class AgreementDocument : ClaimDocument, IRecordDocument
{
    [JsonPropertyOrder(110), Description("Typed links to related records: a later report of the same thing (updates), a disagreeing source (contradicts), a part of a larger record (part-of).")]
    public List<RelationDocument>? Relations { get; init; }

    [JsonPropertyOrder(111), Description("For a field whose value is right although the support rules cannot see it in the quotes: the field and why.")]
    public List<DerivationDocument>? Derivation { get; init; }

    [Format(ValueFormat.Id), Description("The agreement's id.")]
    public required string Id { get; init; }

    [Description("The usual English name.")]
    public required string Name { get; init; }

    [Format(ValueFormat.Alias), Description("Every other spelling the sources use, and common transliterations.")]
    public required string[] Aliases { get; init; }

    [OneOf(typeof(AgreementKind)), Description("What kind of document it is.")]
    public required string Kind { get; init; }

    [Format(ValueFormat.Party), Description("The countries and organisations party to it.")]
    public required string[] Parties { get; init; }

    [Format(ValueFormat.Edtf), Description("When it was signed.")]
    public string? Signed { get; init; }

    [Format(ValueFormat.Edtf), Description("When it came into force.")]
    public string? InForce { get; init; }

    [Format(ValueFormat.Edtf), Description("When it was published.")]
    public string? Published { get; init; }

    [Description("What it says, in a curator's words.")]
    public string? Summary { get; init; }
}

[Description("A military site.")]
internal sealed class SiteDocument : ClaimDocument, IRecordDocument
{
    [JsonPropertyOrder(110), Description("Typed links to related records: a later report of the same thing (updates), a disagreeing source (contradicts), a part of a larger record (part-of).")]
    public List<RelationDocument>? Relations { get; init; }

    [JsonPropertyOrder(111), Description("For a field whose value is right although the support rules cannot see it in the quotes: the field and why.")]
    public List<DerivationDocument>? Derivation { get; init; }

    [Format(ValueFormat.Id), Description("The site's id.")]
    public required string Id { get; init; }

    [Description("The usual English name.")]
    public required string Name { get; init; }

    [Format(ValueFormat.Alias), Description("Every other spelling the sources use, and common transliterations.")]
    public required string[] Aliases { get; init; }

    [Description("What kind of site it is, such as air base.")]
    public required string Kind { get; init; }

    [Format(ValueFormat.Country), Description("The country it is in.")]
    public string? Country { get; init; }

    [Description("Where it is.")]
    public string? Location { get; init; }
}

[Description("A dated military fact no other collection fits.")]
internal sealed class EventDocument : ClaimDocument, IRecordDocument
{
    [JsonPropertyOrder(110), Description("Typed links to related records: a later report of the same thing (updates), a disagreeing source (contradicts), a part of a larger record (part-of).")]
    public List<RelationDocument>? Relations { get; init; }

    [JsonPropertyOrder(111), Description("For a field whose value is right although the support rules cannot see it in the quotes: the field and why.")]
    public List<DerivationDocument>? Derivation { get; init; }

    [Format(ValueFormat.Id), Description("The event's id.")]
    public required string Id { get; init; }

    [Format(ValueFormat.Edtf), Description("When it happened.")]
    public string? Date { get; init; }

    [OneOf(typeof(EventKind)), Description("What kind of event it is.")]
    public required string Kind { get; init; }

    [Description("What happened, in a line.")]
    public required string Title { get; init; }

    [Format(ValueFormat.Party), Description("The countries and organisations involved.")]
    public required string[] Parties { get; init; }

    [Format(ValueFormat.Id), Description("The ids of the units involved, in units.json.")]
    public required string[] Units { get; init; }

    [Format(ValueFormat.Id), Description("The ids of the equipment types involved, in equipment.json.")]
    public required string[] Equipment { get; init; }

    [Format(ValueFormat.Id), Description("The ids of the sites involved, in sites.json.")]
    public required string[] Sites { get; init; }

    [Format(ValueFormat.Quantity), Description("A figure the event is about, with its qualifier.")]
    public string? Quantity { get; init; }

    [Description("What the figure counts.")]
    public string? QuantityUnit { get; init; }
}

[Description("Released versions and tombstones of withdrawn records.")]
internal sealed class ReleasesDocument
{
    [JsonPropertyName("$schema"), Description("The JSON Schema of the file, for editors.")]
    public string? Schema { get; init; }

    [Description("Every released version.")]
    public required List<ReleaseDocument> Releases { get; init; }

    [Description("The tombstones of withdrawn records.")]
    public required List<TombstoneDocument> Withdrawn { get; init; }
}

[Description("A released version.")]
internal sealed class ReleaseDocument
{
    [Description("The version.")]
    public required string Version { get; init; }

    [Format(ValueFormat.Edtf), Description("The release date.")]
    public required string Released { get; init; }

    [Description("The content hash of the release, in lowercase hexadecimal.")]
    public required string Sha256 { get; init; }

    [Description("The version of the content hash's algorithm: 2 hashes the manifest (its metadata and pinned seed hashes) after the collections; absent for 1, the collections alone.")]
    public int? HashAlgorithm { get; init; }

    [Description("The citation keys, collection/id, of every record the release contained.")]
    public required string[] Keys { get; init; }
}

[Description("The tombstone of a withdrawn record.")]
internal sealed class TombstoneDocument
{
    [Description("The citation key of the withdrawn record.")]
    public required string Key { get; init; }

    [Description("The citation key of its replacement, or null.")]
    public string? ReplacedBy { get; init; }

    [Description("The version that withdrew it.")]
    public required string Version { get; init; }

    [Description("Why it was withdrawn.")]
    public required string Reason { get; init; }
}

/// <summary>The shared value type a string holds; each is defined once in data/schema/common.schema.json.</summary>
internal enum ValueFormat
{
    Id,
    Edtf,
    Quantity,
    Country,
    Party,
    Alias,
}

/// <summary>Names the shared value type of a string member, or of each string of an array member.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class FormatAttribute(ValueFormat format) : Attribute
{
    public ValueFormat Format { get; } = format;
}

/// <summary>Names the enum whose kebab-case names are the allowed values of a string member.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OneOfAttribute(Type values) : Attribute
{
    public Type Values { get; } = values;
}

/// <summary>
/// The source-generated reader of the data files, strict: unknown and duplicate members, missing required members
/// and nulls where a value is required are errors that name their JSON path and line.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = DataFiles.MaxDepth)]
[JsonSerializable(typeof(ManifestDocument))]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(ReleasesDocument))]
[JsonSerializable(typeof(CollectionDocument<SourceDocument>))]
[JsonSerializable(typeof(CollectionDocument<OrganisationDocument>))]
[JsonSerializable(typeof(CollectionDocument<UnitDocument>))]
[JsonSerializable(typeof(CollectionDocument<EquipmentDocument>))]
[JsonSerializable(typeof(CollectionDocument<SiteDocument>))]
[JsonSerializable(typeof(CollectionDocument<InventoryDocument>))]
[JsonSerializable(typeof(CollectionDocument<ProcurementDocument>))]
[JsonSerializable(typeof(CollectionDocument<ExerciseDocument>))]
[JsonSerializable(typeof(CollectionDocument<IndicatorDocument>))]
[JsonSerializable(typeof(CollectionDocument<PersonDocument>))]
[JsonSerializable(typeof(CollectionDocument<AgreementDocument>))]
[JsonSerializable(typeof(CollectionDocument<EventDocument>))]
internal sealed partial class DataJsonContext : JsonSerializerContext;
