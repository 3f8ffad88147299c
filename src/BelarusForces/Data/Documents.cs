using System.Text.Json;
using System.Text.Json.Serialization;

namespace BelarusForces.Data;

// The shapes of the JSON files, exactly as curators write them (see data/schema/). They are read by the
// source-generated JsonContext and then checked and turned into the immutable model by DatasetBuilder.
// Strings stay strings here (dates, quantities, codes, enums) so that every bad value can be reported
// with its path instead of stopping the whole file at the first one.

internal sealed class CollectionFile<T>
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required List<T> Records { get; init; }
}

internal sealed class ManifestDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required string Name { get; init; }

    public required string Title { get; init; }

    public required string Version { get; init; }

    public required string Released { get; init; }

    public required string Description { get; init; }

    public required LicenceDocument Licences { get; init; }

    public required List<SeedDocument> Seeds { get; init; }
}

internal sealed class LicenceDocument
{
    public required string Code { get; init; }

    public required string Data { get; init; }
}

internal sealed class SeedDocument
{
    public required string File { get; init; }

    public required string Sha256 { get; init; }
}

internal sealed class EvidenceDocument
{
    public required string Source { get; init; }

    public required string Quote { get; init; }
}

internal abstract class ClaimDocument
{
    public required string Claim { get; init; }

    public string? Hedge { get; init; }

    public string? Note { get; init; }

    public required List<EvidenceDocument> Evidence { get; init; }
}

internal sealed class SourceDocument
{
    public required string Id { get; init; }

    public required string Headline { get; init; }

    public required string SeedFile { get; init; }

    public required int FirstLine { get; init; }

    public required int LastLine { get; init; }

    public required string Published { get; init; }

    public required string PublishedInference { get; init; }
}

internal sealed class UnitDocument : ClaimDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required List<string> Aliases { get; init; }

    public string? Country { get; init; }

    public required string Kind { get; init; }

    public string? Parent { get; init; }

    public string? Established { get; init; }

    public required List<StrengthDocument> Strength { get; init; }
}

internal sealed class StrengthDocument : ClaimDocument
{
    public required string Date { get; init; }

    public required string Personnel { get; init; }
}

internal sealed class EquipmentDocument : ClaimDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required List<string> Aliases { get; init; }

    public required string Category { get; init; }

    public string? Role { get; init; }

    public string? Origin { get; init; }

    public string? Manufacturer { get; init; }

    public bool? SovietInherited { get; init; }

    public string? VariantOf { get; init; }
}

internal sealed class InventoryDocument : ClaimDocument
{
    public required string Id { get; init; }

    public required string Holder { get; init; }

    public required string Equipment { get; init; }

    public string? Quantity { get; init; }

    public string? Date { get; init; }

    public required string Status { get; init; }
}

internal sealed class ProcurementDocument : ClaimDocument
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Equipment { get; init; }

    public string? Supplier { get; init; }

    public string? SupplierOrganisation { get; init; }

    public string? Recipient { get; init; }

    public string? RecipientUnit { get; init; }

    public string? Quantity { get; init; }

    public string? Ordered { get; init; }

    public string? ExpectedDelivery { get; init; }

    public required string Status { get; init; }

    public MoneyDocument? Value { get; init; }

    public required List<BatchDocument> Batches { get; init; }
}

internal sealed class MoneyDocument
{
    public required string Amount { get; init; }

    public required string Currency { get; init; }
}

internal sealed class BatchDocument : ClaimDocument
{
    public string? Quantity { get; init; }

    public string? Delivered { get; init; }
}

internal sealed class ExerciseDocument : ClaimDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required List<string> Aliases { get; init; }

    public string? Dates { get; init; }

    public required List<string> Participants { get; init; }

    public required List<string> ObserversInvited { get; init; }

    public string? Level { get; init; }

    public string? Kind { get; init; }

    public bool? LiveFire { get; init; }

    public string? NightShare { get; init; }

    public required List<StatisticDocument> Statistics { get; init; }
}

internal sealed class StatisticDocument : ClaimDocument
{
    public required string Label { get; init; }

    public required string Quantity { get; init; }
}

internal sealed class IndicatorDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required List<string> Aliases { get; init; }

    public required string Measure { get; init; }

    public required string Subject { get; init; }

    public string? SubjectUnit { get; init; }

    public required string Unit { get; init; }

    public required List<ObservationDocument> Observations { get; init; }

    public string? Note { get; init; }

    public required List<EvidenceDocument> Evidence { get; init; }
}

internal sealed class ObservationDocument : ClaimDocument
{
    public required string Period { get; init; }

    public required string Value { get; init; }
}

internal sealed class PersonDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required List<string> Aliases { get; init; }

    public required List<PostDocument> Posts { get; init; }

    public string? Note { get; init; }

    public required List<EvidenceDocument> Evidence { get; init; }
}

internal sealed class PostDocument : ClaimDocument
{
    public required string Title { get; init; }

    public string? Organisation { get; init; }

    public string? Unit { get; init; }

    public string? Country { get; init; }

    public string? Date { get; init; }
}

internal sealed class OrganisationDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required List<string> Aliases { get; init; }

    public required string Kind { get; init; }

    public string? Country { get; init; }

    public string? Location { get; init; }

    public string? Parent { get; init; }

    public required List<string> Members { get; init; }

    public string? Note { get; init; }

    public required List<EvidenceDocument> Evidence { get; init; }
}

internal sealed class AgreementDocument : ClaimDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required List<string> Aliases { get; init; }

    public required string Kind { get; init; }

    public required List<string> Parties { get; init; }

    public string? Signed { get; init; }

    public string? InForce { get; init; }

    public string? Published { get; init; }

    public string? Summary { get; init; }
}

internal sealed class SiteDocument : ClaimDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required List<string> Aliases { get; init; }

    public required string Kind { get; init; }

    public string? Country { get; init; }

    public string? Location { get; init; }
}

internal sealed class EventDocument : ClaimDocument
{
    public required string Id { get; init; }

    public string? Date { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required List<string> Parties { get; init; }

    public required List<string> Units { get; init; }

    public required List<string> Equipment { get; init; }

    public required List<string> Sites { get; init; }

    public string? Quantity { get; init; }

    public string? QuantityUnit { get; init; }
}

internal sealed class ReleasesDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required List<ReleaseDocument> Releases { get; init; }

    public required List<TombstoneDocument> Withdrawn { get; init; }
}

internal sealed class ReleaseDocument
{
    public required string Version { get; init; }

    public required string Released { get; init; }

    public required string Sha256 { get; init; }

    public required List<string> Keys { get; init; }
}

internal sealed class TombstoneDocument
{
    public required string Key { get; init; }

    public string? ReplacedBy { get; init; }

    public required string Version { get; init; }

    public required string Reason { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = 16)]
[JsonSerializable(typeof(ManifestDocument))]
[JsonSerializable(typeof(ReleasesDocument))]
[JsonSerializable(typeof(CollectionFile<SourceDocument>))]
[JsonSerializable(typeof(CollectionFile<UnitDocument>))]
[JsonSerializable(typeof(CollectionFile<EquipmentDocument>))]
[JsonSerializable(typeof(CollectionFile<InventoryDocument>))]
[JsonSerializable(typeof(CollectionFile<ProcurementDocument>))]
[JsonSerializable(typeof(CollectionFile<ExerciseDocument>))]
[JsonSerializable(typeof(CollectionFile<IndicatorDocument>))]
[JsonSerializable(typeof(CollectionFile<PersonDocument>))]
[JsonSerializable(typeof(CollectionFile<OrganisationDocument>))]
[JsonSerializable(typeof(CollectionFile<AgreementDocument>))]
[JsonSerializable(typeof(CollectionFile<SiteDocument>))]
[JsonSerializable(typeof(CollectionFile<EventDocument>))]
internal sealed partial class JsonContext : JsonSerializerContext;
