
namespace BelarusForces.Data;

// The shapes of the JSON files, exactly as curators write them (see data/schema/), each with the strict reader
// of its members. DatasetBuilder then checks them and turns them into the immutable model. Strings stay strings
// here (dates, quantities, codes, enums) so that every bad value can be reported with its path instead of
// stopping the whole file at the first one.
//
// The documents are plain fields, filled in once by their reader and only read afterwards: a field costs a
// fresh process nothing, where every property accessor would be compiled on first use. Required members are
// checked by the reader (MemberSet), so a non-nullable field is never left null.

internal static class CollectionFile
{
    private static readonly MemberSet Shape = new("a collection file", "$schema?", "records");

    /// <summary>Reads <c>{"$schema": ..., "records": [...]}</c>.</summary>
    public static List<T> Read<T>(JsonDocumentReader r, ref JsonCursor json, ValueReader<T> record)
    {
        List<T> records = null!;
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            if (i == 0)
            {
                r.SkipString(ref json);
            }
            else
            {
                records = r.List(ref json, record);
            }
        }

        return records;
    }
}

internal sealed class ManifestDocument
{
    private static readonly MemberSet Shape = new("the manifest", "$schema?", "name", "title", "version", "released", "description", "licences", "seeds");

    public string Name = null!;
    public string Title = null!;
    public string Version = null!;
    public string Released = null!;
    public string Description = null!;
    public LicenceDocument Licences = null!;
    public List<SeedDocument> Seeds = null!;

    public static ManifestDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new ManifestDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: r.SkipString(ref json); break;
                case 1: d.Name = r.String(ref json); break;
                case 2: d.Title = r.String(ref json); break;
                case 3: d.Version = r.String(ref json); break;
                case 4: d.Released = r.String(ref json); break;
                case 5: d.Description = r.String(ref json); break;
                case 6: d.Licences = LicenceDocument.Read(r, ref json); break;
                default: d.Seeds = r.List(ref json, SeedDocument.Read); break;
            }
        }

        return d;
    }
}

internal sealed class LicenceDocument
{
    private static readonly MemberSet Shape = new("the licences", "code", "data");

    public string Code = null!;
    public string Data = null!;

    public static LicenceDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var (a, b) = r.StringPair(ref json, Shape);
        return new LicenceDocument { Code = a, Data = b };
    }
}

internal sealed class SeedDocument
{
    private static readonly MemberSet Shape = new("a seed", "file", "sha256");

    public string File = null!;
    public string Sha256 = null!;

    public static SeedDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var (a, b) = r.StringPair(ref json, Shape);
        return new SeedDocument { File = a, Sha256 = b };
    }
}

internal sealed class EvidenceDocument
{
    private static readonly MemberSet Shape = new("an evidence item", "source", "quote");

    public string Source = null!;
    public Utf8Text Quote;

    public static EvidenceDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new EvidenceDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            if (i == 0)
            {
                d.Source = r.String(ref json);
            }
            else
            {
                d.Quote = r.Text(ref json);
            }
        }

        return d;
    }
}

/// <summary>A fact: its claim status, hedge, note and evidence, the last four members of its object.</summary>
internal abstract class ClaimDocument
{
    public string Claim = null!;
    public string? Hedge;
    public string? Note;
    public List<EvidenceDocument> Evidence = null!;

    /// <summary>The member names of a fact, after its own.</summary>
    protected static MemberSet FactMembers(string description, params string[] own) =>
        new(description, [.. own, "claim", "hedge?", "note?", "evidence"]);

    /// <summary>Reads one of the four fact members, numbered from 0 after the document's own members.</summary>
    protected void ReadFact(int member, JsonDocumentReader r, ref JsonCursor json)
    {
        switch (member)
        {
            case 0: Claim = r.String(ref json); break;
            case 1: Hedge = r.OptionalString(ref json); break;
            case 2: Note = r.OptionalString(ref json); break;
            default: Evidence = r.List(ref json, EvidenceDocument.Read); break;
        }
    }
}

internal sealed class SourceDocument
{
    private static readonly MemberSet Shape = new("a source", "id", "headline", "seedFile", "firstLine", "lastLine", "published", "publishedInference");

    public string Id = null!;
    public string Headline = null!;
    public string SeedFile = null!;
    public int FirstLine;
    public int LastLine;
    public string Published = null!;
    public string PublishedInference = null!;

    public static SourceDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new SourceDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Id = r.String(ref json); break;
                case 1: d.Headline = r.String(ref json); break;
                case 2: d.SeedFile = r.String(ref json); break;
                case 3: d.FirstLine = r.Int32(ref json); break;
                case 4: d.LastLine = r.Int32(ref json); break;
                case 5: d.Published = r.String(ref json); break;
                default: d.PublishedInference = r.String(ref json); break;
            }
        }

        return d;
    }
}

internal sealed class UnitDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers("a unit", "id", "name", "aliases", "country?", "kind", "parent?", "established?", "strength");

    public string Id = null!;
    public string Name = null!;
    public string[] Aliases = null!;
    public string? Country;
    public string Kind = null!;
    public string? Parent;
    public string? Established;
    public List<StrengthDocument> Strength = null!;

    public static UnitDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new UnitDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Id = r.String(ref json); break;
                case 1: d.Name = r.String(ref json); break;
                case 2: d.Aliases = r.Strings(ref json); break;
                case 3: d.Country = r.OptionalString(ref json); break;
                case 4: d.Kind = r.String(ref json); break;
                case 5: d.Parent = r.OptionalString(ref json); break;
                case 6: d.Established = r.OptionalString(ref json); break;
                case 7: d.Strength = r.List(ref json, StrengthDocument.Read); break;
                default: d.ReadFact(i - 8, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class StrengthDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers("a strength figure", "date", "personnel");

    public string Date = null!;
    public string Personnel = null!;

    public static StrengthDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new StrengthDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Date = r.String(ref json); break;
                case 1: d.Personnel = r.String(ref json); break;
                default: d.ReadFact(i - 2, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class EquipmentDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers("an equipment type", "id", "name", "aliases", "category", "role?", "origin?", "manufacturer?", "sovietInherited?", "variantOf?");

    public string Id = null!;
    public string Name = null!;
    public string[] Aliases = null!;
    public string Category = null!;
    public string? Role;
    public string? Origin;
    public string? Manufacturer;
    public bool? SovietInherited;
    public string? VariantOf;

    public static EquipmentDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new EquipmentDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Id = r.String(ref json); break;
                case 1: d.Name = r.String(ref json); break;
                case 2: d.Aliases = r.Strings(ref json); break;
                case 3: d.Category = r.String(ref json); break;
                case 4: d.Role = r.OptionalString(ref json); break;
                case 5: d.Origin = r.OptionalString(ref json); break;
                case 6: d.Manufacturer = r.OptionalString(ref json); break;
                case 7: d.SovietInherited = r.OptionalBoolean(ref json); break;
                case 8: d.VariantOf = r.OptionalString(ref json); break;
                default: d.ReadFact(i - 9, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class InventoryDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers("an inventory observation", "id", "holder", "equipment", "quantity?", "date?", "status");

    public string Id = null!;
    public string Holder = null!;
    public string Equipment = null!;
    public string? Quantity;
    public string? Date;
    public string Status = null!;

    public static InventoryDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new InventoryDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Id = r.String(ref json); break;
                case 1: d.Holder = r.String(ref json); break;
                case 2: d.Equipment = r.String(ref json); break;
                case 3: d.Quantity = r.OptionalString(ref json); break;
                case 4: d.Date = r.OptionalString(ref json); break;
                case 5: d.Status = r.String(ref json); break;
                default: d.ReadFact(i - 6, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class ProcurementDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers(
        "a procurement", "id", "kind", "equipment", "supplier?", "supplierOrganisation?", "recipient?", "recipientUnit?", "quantity?",
        "ordered?", "expectedDelivery?", "status", "value?", "batches");

    public string Id = null!;
    public string Kind = null!;
    public string Equipment = null!;
    public string? Supplier;
    public string? SupplierOrganisation;
    public string? Recipient;
    public string? RecipientUnit;
    public string? Quantity;
    public string? Ordered;
    public string? ExpectedDelivery;
    public string Status = null!;
    public MoneyDocument? Value;
    public List<BatchDocument> Batches = null!;

    public static ProcurementDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new ProcurementDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Id = r.String(ref json); break;
                case 1: d.Kind = r.String(ref json); break;
                case 2: d.Equipment = r.String(ref json); break;
                case 3: d.Supplier = r.OptionalString(ref json); break;
                case 4: d.SupplierOrganisation = r.OptionalString(ref json); break;
                case 5: d.Recipient = r.OptionalString(ref json); break;
                case 6: d.RecipientUnit = r.OptionalString(ref json); break;
                case 7: d.Quantity = r.OptionalString(ref json); break;
                case 8: d.Ordered = r.OptionalString(ref json); break;
                case 9: d.ExpectedDelivery = r.OptionalString(ref json); break;
                case 10: d.Status = r.String(ref json); break;
                case 11: d.Value = json.Token == JsonToken.Null ? null : MoneyDocument.Read(r, ref json); break;
                case 12: d.Batches = r.List(ref json, BatchDocument.Read); break;
                default: d.ReadFact(i - 13, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class MoneyDocument
{
    private static readonly MemberSet Shape = new("a sum of money", "amount", "currency");

    public string Amount = null!;
    public string Currency = null!;

    public static MoneyDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var (a, b) = r.StringPair(ref json, Shape);
        return new MoneyDocument { Amount = a, Currency = b };
    }
}

internal sealed class BatchDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers("a delivery batch", "quantity?", "delivered?");

    public string? Quantity;
    public string? Delivered;

    public static BatchDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new BatchDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Quantity = r.OptionalString(ref json); break;
                case 1: d.Delivered = r.OptionalString(ref json); break;
                default: d.ReadFact(i - 2, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class ExerciseDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers(
        "an exercise", "id", "name", "aliases", "dates?", "participants", "observersInvited", "level?", "kind?", "liveFire?", "nightShare?", "statistics");

    public string Id = null!;
    public string Name = null!;
    public string[] Aliases = null!;
    public string? Dates;
    public string[] Participants = null!;
    public string[] ObserversInvited = null!;
    public string? Level;
    public string? Kind;
    public bool? LiveFire;
    public string? NightShare;
    public List<StatisticDocument> Statistics = null!;

    public static ExerciseDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new ExerciseDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Id = r.String(ref json); break;
                case 1: d.Name = r.String(ref json); break;
                case 2: d.Aliases = r.Strings(ref json); break;
                case 3: d.Dates = r.OptionalString(ref json); break;
                case 4: d.Participants = r.Strings(ref json); break;
                case 5: d.ObserversInvited = r.Strings(ref json); break;
                case 6: d.Level = r.OptionalString(ref json); break;
                case 7: d.Kind = r.OptionalString(ref json); break;
                case 8: d.LiveFire = r.OptionalBoolean(ref json); break;
                case 9: d.NightShare = r.OptionalString(ref json); break;
                case 10: d.Statistics = r.List(ref json, StatisticDocument.Read); break;
                default: d.ReadFact(i - 11, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class StatisticDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers("an exercise statistic", "label", "quantity");

    public string Label = null!;
    public string Quantity = null!;

    public static StatisticDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new StatisticDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Label = r.String(ref json); break;
                case 1: d.Quantity = r.String(ref json); break;
                default: d.ReadFact(i - 2, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class IndicatorDocument
{
    private static readonly MemberSet Shape = new(
        "an indicator", "id", "name", "aliases", "measure", "subject", "subjectUnit?", "unit", "observations", "note?", "evidence");

    public string Id = null!;
    public string Name = null!;
    public string[] Aliases = null!;
    public string Measure = null!;
    public string Subject = null!;
    public string? SubjectUnit;
    public string Unit = null!;
    public List<ObservationDocument> Observations = null!;
    public string? Note;
    public List<EvidenceDocument> Evidence = null!;

    public static IndicatorDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new IndicatorDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Id = r.String(ref json); break;
                case 1: d.Name = r.String(ref json); break;
                case 2: d.Aliases = r.Strings(ref json); break;
                case 3: d.Measure = r.String(ref json); break;
                case 4: d.Subject = r.String(ref json); break;
                case 5: d.SubjectUnit = r.OptionalString(ref json); break;
                case 6: d.Unit = r.String(ref json); break;
                case 7: d.Observations = r.List(ref json, ObservationDocument.Read); break;
                case 8: d.Note = r.OptionalString(ref json); break;
                default: d.Evidence = r.List(ref json, EvidenceDocument.Read); break;
            }
        }

        return d;
    }
}

internal sealed class ObservationDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers("an observation", "period", "value");

    public string Period = null!;
    public string Value = null!;

    public static ObservationDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new ObservationDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Period = r.String(ref json); break;
                case 1: d.Value = r.String(ref json); break;
                default: d.ReadFact(i - 2, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class PersonDocument
{
    private static readonly MemberSet Shape = new("a person", "id", "name", "aliases", "posts", "note?", "evidence");

    public string Id = null!;
    public string Name = null!;
    public string[] Aliases = null!;
    public List<PostDocument> Posts = null!;
    public string? Note;
    public List<EvidenceDocument> Evidence = null!;

    public static PersonDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new PersonDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Id = r.String(ref json); break;
                case 1: d.Name = r.String(ref json); break;
                case 2: d.Aliases = r.Strings(ref json); break;
                case 3: d.Posts = r.List(ref json, PostDocument.Read); break;
                case 4: d.Note = r.OptionalString(ref json); break;
                default: d.Evidence = r.List(ref json, EvidenceDocument.Read); break;
            }
        }

        return d;
    }
}

internal sealed class PostDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers("a post", "title", "organisation?", "unit?", "country?", "date?");

    public string Title = null!;
    public string? Organisation;
    public string? Unit;
    public string? Country;
    public string? Date;

    public static PostDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new PostDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Title = r.String(ref json); break;
                case 1: d.Organisation = r.OptionalString(ref json); break;
                case 2: d.Unit = r.OptionalString(ref json); break;
                case 3: d.Country = r.OptionalString(ref json); break;
                case 4: d.Date = r.OptionalString(ref json); break;
                default: d.ReadFact(i - 5, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class OrganisationDocument
{
    private static readonly MemberSet Shape = new(
        "an organisation", "id", "name", "aliases", "kind", "country?", "location?", "parent?", "members", "note?", "evidence");

    public string Id = null!;
    public string Name = null!;
    public string[] Aliases = null!;
    public string Kind = null!;
    public string? Country;
    public string? Location;
    public string? Parent;
    public string[] Members = null!;
    public string? Note;
    public List<EvidenceDocument> Evidence = null!;

    public static OrganisationDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new OrganisationDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Id = r.String(ref json); break;
                case 1: d.Name = r.String(ref json); break;
                case 2: d.Aliases = r.Strings(ref json); break;
                case 3: d.Kind = r.String(ref json); break;
                case 4: d.Country = r.OptionalString(ref json); break;
                case 5: d.Location = r.OptionalString(ref json); break;
                case 6: d.Parent = r.OptionalString(ref json); break;
                case 7: d.Members = r.Strings(ref json); break;
                case 8: d.Note = r.OptionalString(ref json); break;
                default: d.Evidence = r.List(ref json, EvidenceDocument.Read); break;
            }
        }

        return d;
    }
}

internal sealed class AgreementDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers(
        "an agreement", "id", "name", "aliases", "kind", "parties", "signed?", "inForce?", "published?", "summary?");

    public string Id = null!;
    public string Name = null!;
    public string[] Aliases = null!;
    public string Kind = null!;
    public string[] Parties = null!;
    public string? Signed;
    public string? InForce;
    public string? Published;
    public string? Summary;

    public static AgreementDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new AgreementDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Id = r.String(ref json); break;
                case 1: d.Name = r.String(ref json); break;
                case 2: d.Aliases = r.Strings(ref json); break;
                case 3: d.Kind = r.String(ref json); break;
                case 4: d.Parties = r.Strings(ref json); break;
                case 5: d.Signed = r.OptionalString(ref json); break;
                case 6: d.InForce = r.OptionalString(ref json); break;
                case 7: d.Published = r.OptionalString(ref json); break;
                case 8: d.Summary = r.OptionalString(ref json); break;
                default: d.ReadFact(i - 9, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class SiteDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers("a site", "id", "name", "aliases", "kind", "country?", "location?");

    public string Id = null!;
    public string Name = null!;
    public string[] Aliases = null!;
    public string Kind = null!;
    public string? Country;
    public string? Location;

    public static SiteDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new SiteDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Id = r.String(ref json); break;
                case 1: d.Name = r.String(ref json); break;
                case 2: d.Aliases = r.Strings(ref json); break;
                case 3: d.Kind = r.String(ref json); break;
                case 4: d.Country = r.OptionalString(ref json); break;
                case 5: d.Location = r.OptionalString(ref json); break;
                default: d.ReadFact(i - 6, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class EventDocument : ClaimDocument
{
    private static readonly MemberSet Shape = FactMembers(
        "an event", "id", "date?", "kind", "title", "parties", "units", "equipment", "sites", "quantity?", "quantityUnit?");

    public string Id = null!;
    public string? Date;
    public string Kind = null!;
    public string Title = null!;
    public string[] Parties = null!;
    public string[] Units = null!;
    public string[] Equipment = null!;
    public string[] Sites = null!;
    public string? Quantity;
    public string? QuantityUnit;

    public static EventDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new EventDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Id = r.String(ref json); break;
                case 1: d.Date = r.OptionalString(ref json); break;
                case 2: d.Kind = r.String(ref json); break;
                case 3: d.Title = r.String(ref json); break;
                case 4: d.Parties = r.Strings(ref json); break;
                case 5: d.Units = r.Strings(ref json); break;
                case 6: d.Equipment = r.Strings(ref json); break;
                case 7: d.Sites = r.Strings(ref json); break;
                case 8: d.Quantity = r.OptionalString(ref json); break;
                case 9: d.QuantityUnit = r.OptionalString(ref json); break;
                default: d.ReadFact(i - 10, r, ref json); break;
            }
        }

        return d;
    }
}

internal sealed class ReleasesDocument
{
    private static readonly MemberSet Shape = new("the releases file", "$schema?", "releases", "withdrawn");

    public List<ReleaseDocument> Releases = null!;
    public List<TombstoneDocument> Withdrawn = null!;

    public static ReleasesDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new ReleasesDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: r.SkipString(ref json); break;
                case 1: d.Releases = r.List(ref json, ReleaseDocument.Read); break;
                default: d.Withdrawn = r.List(ref json, TombstoneDocument.Read); break;
            }
        }

        return d;
    }
}

internal sealed class ReleaseDocument
{
    private static readonly MemberSet Shape = new("a release", "version", "released", "sha256", "keys");

    public string Version = null!;
    public string Released = null!;
    public string Sha256 = null!;
    public string[] Keys = null!;

    public static ReleaseDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new ReleaseDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Version = r.String(ref json); break;
                case 1: d.Released = r.String(ref json); break;
                case 2: d.Sha256 = r.String(ref json); break;
                default: d.Keys = r.Strings(ref json); break;
            }
        }

        return d;
    }
}

internal sealed class TombstoneDocument
{
    private static readonly MemberSet Shape = new("a tombstone", "key", "replacedBy?", "version", "reason");

    public string Key = null!;
    public string? ReplacedBy;
    public string Version = null!;
    public string Reason = null!;

    public static TombstoneDocument Read(JsonDocumentReader r, ref JsonCursor json)
    {
        var d = new TombstoneDocument();
        var state = r.StartObject(ref json, Shape);
        while (r.NextMember(ref json, ref state) is var i and >= 0)
        {
            switch (i)
            {
                case 0: d.Key = r.String(ref json); break;
                case 1: d.ReplacedBy = r.OptionalString(ref json); break;
                case 2: d.Version = r.String(ref json); break;
                default: d.Reason = r.String(ref json); break;
            }
        }

        return d;
    }
}
