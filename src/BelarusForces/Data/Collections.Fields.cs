using BelarusForces.Model;

namespace BelarusForces.Data;

// Each collection's fields, declared once, a line per field. The record's id comes first in every view and is not
// declared here. Adding a field to a collection is one line below (see CONTRIBUTING.md); every export, the codebook,
// the CLI listing, `show`, the explorer's pages, the back-references and search pick it up from it.
internal static partial class Collections
{
    private static FieldList<Source> SourceFields() => new FieldList<Source>()
        .Text("headline", "The article's headline", s => s.Headline, required: true, listed: true)
        .Text("seed_file", "The seed file in the repository's seeds/ folder that holds the article", s => s.SeedFile, required: true)
        .Integer("first_line", "The article's first line in the seed file (1-based)", s => s.FirstLine, required: true)
        .Integer("last_line", "The article's last line in the seed file (1-based, inclusive)", s => s.LastLine, required: true)
        .Date("published", "The publication date, inferred from the article", s => s.Published, required: true, listed: true)
        .Text("published_inference", "How the publication date was inferred", s => s.PublishedInference, required: true);

    private static FieldList<Organisation> OrganisationFields() => new FieldList<Organisation>()
        .Text("name", "The usual English name", o => o.Name, required: true, listed: true)
        .Code("kind", "What kind of organisation it is", o => o.Kind, listed: true)
        .Country("country", "The country it belongs to", o => o.Country, listed: true)
        .Text("location", "Where it is", o => o.Location, searchable: true)
        .Reference("parent", "organisations", "The organisation it is part of", o => o.Parent, label: "part of")
        .Note(o => o.Note)
        .List("members", "organisation_members", "Members", "A member country of an international organisation.", "organisation_id", o => o.Members, item => item
            .Country("country", "The member", c => c, required: true));

    private static FieldList<Unit> UnitFields() => new FieldList<Unit>()
        .Text("name", "The usual English name", u => u.Name, required: true, listed: true)
        .Country("country", "The country whose forces the unit belongs to; null for multinational formations", u => u.Country)
        .Code("kind", "What kind of unit it is", u => u.Kind, listed: true)
        .Reference("parent", "units", "The unit it is part of", u => u.Parent, label: "part of")
        .Date("established", "When the unit was established", u => u.Established)
        .Claim(listed: false)
        .List("strength", "unit_strength", "Personnel strength", "A personnel strength the sources give for a unit at a date.", "unit_id", u => u.Strength, item => item
            .Date("date", "When the strength applies", s => s.Date, required: true, label: "as of")
            .Quantity("personnel", "The number of personnel", s => s.Personnel, required: true)
            .Claim());

    private static FieldList<EquipmentType> EquipmentFields() => new FieldList<EquipmentType>()
        .Text("name", "The usual English name", e => e.Name, required: true, listed: true)
        .Code("category", "What kind of equipment it is", e => e.Category, listed: true)
        .Text("role", "Its role, in a few words", e => e.Role, searchable: true)
        .Country("origin", "The country it comes from", e => e.Origin, listed: true)
        .Reference("manufacturer", "organisations", "The organisation that makes it", e => e.Manufacturer)
        .Flag("soviet_inherited", "Whether Belarus inherited it from the Soviet forces; null when the sources do not say", e => e.SovietInherited, label: "inherited from the Soviet Union")
        .Reference("variant_of", "equipment", "The equipment type it is a variant of", e => e.VariantOf)
        .Claim(listed: false);

    private static FieldList<Model.Site> SiteFields() => new FieldList<Model.Site>()
        .Text("name", "The usual English name", s => s.Name, required: true, listed: true)
        .Text("kind", "What kind of site it is (airbase, training-range, ...)", s => s.Kind, required: true, listed: true)
        .Country("country", "The country it is in", s => s.Country)
        .Text("location", "Where it is", s => s.Location, listed: true, searchable: true)
        .Claim(listed: false);

    private static FieldList<InventoryObservation> InventoryFields() => new FieldList<InventoryObservation>()
        .Reference("holder", "units", "The unit that holds the equipment", i => i.Holder, required: true, listed: true)
        .Reference("equipment", "equipment", "The equipment type held", i => i.Equipment, required: true, listed: true)
        .Quantity("quantity", "How many", i => i.Quantity, listed: true)
        .Date("date", "When the holding is observed", i => i.Date, listed: true, label: "as of")
        .Code("status", "The status of the holding", i => i.Status, listed: true)
        .Claim();

    private static FieldList<Procurement> ProcurementFields() => new FieldList<Procurement>()
        .Code("kind", "What kind of transaction it is", p => p.Kind)
        .Reference("equipment", "equipment", "The equipment type", p => p.Equipment, required: true, listed: true)
        .Country("supplier", "The supplying country", p => p.Supplier, listed: true)
        .Code("supplier_share", "How much of it the supplier provides, when the sources say: all, most or part", p => p.SupplierShare)
        .Reference("supplier_organisation", "organisations", "The supplying organisation", p => p.SupplierOrganisation)
        .Country("recipient", "The receiving country", p => p.Recipient, listed: true)
        .Reference("recipient_unit", "units", "The receiving unit", p => p.RecipientUnit)
        .Quantity("quantity", "The total quantity", p => p.Quantity, listed: true)
        .Date("ordered", "When it was ordered, contracted or announced", p => p.Ordered)
        .Date("expected_delivery", "When delivery is expected", p => p.ExpectedDelivery, label: "delivery expected")
        .Code("status", "Where it stands", p => p.Status, listed: true)
        .Quantity("value", "Its value, in value_currency", p => p.Value?.Amount)
        .Text("value_currency", "The ISO 4217 currency of value", p => p.Value?.Currency, label: "currency")
        .Claim(listed: false)
        .List("batches", "procurement_batches", "Deliveries", "One delivery of a procurement, in the order the sources distinguish them.", "procurement_id", p => p.Batches, item => item
            .Quantity("quantity", "How many were delivered", b => b.Quantity)
            .Date("delivered", "When", b => b.Delivered)
            .Claim());

    private static FieldList<Exercise> ExerciseFields() => new FieldList<Exercise>()
        .Text("name", "The usual English name", e => e.Name, required: true, listed: true)
        .Date("dates", "When it took place", e => e.Dates, listed: true)
        .Code("level", "Its level", e => e.Level)
        .Code("kind", "Joint (with other countries) or national", e => e.Kind)
        .Flag("live_fire", "Whether it included live firing; null when the sources do not say", e => e.LiveFire, label: "live fire")
        .Quantity("night_share", "The share of the exercise held at night, in per cent", e => e.NightShare, label: "share at night (per cent)")
        .Claim()
        .List("participants", "exercise_participants", "Participants", "A party that took part in an exercise.", "exercise_id", e => e.Participants, PartyItem)
        .List("observersInvited", "exercise_observers", "Observers invited", "A party invited to observe an exercise.", "exercise_id", e => e.ObserversInvited, PartyItem)
        .List("statistics", "exercise_statistics", "Figures", "A figure the sources give about an exercise (troops, aircraft, ...).", "exercise_id", e => e.Statistics, item => item
            .Text("label", "What is counted", s => s.Label, required: true, searchable: true, label: "what")
            .Quantity("quantity", "The figure", s => s.Quantity, required: true, label: "figure")
            .Claim());

    private static FieldList<Indicator> IndicatorFields() => new FieldList<Indicator>()
        .Text("name", "The usual English name", i => i.Name, required: true, listed: true)
        .Text("measure", "What is measured; series of the same measure are comparable", i => i.Measure, required: true)
        .Party("subject", "Whose figures they are", i => i.Subject, listed: true)
        .Reference("subject_unit", "units", "The unit the figures are about, when one is named", i => i.SubjectUnit)
        .Text("unit_of_measure", "The unit the values are in", i => i.UnitOfMeasure, required: true, listed: true)
        .Note(i => i.Note)
        .List("observations", "indicator_observations", "Observations", "One value of an indicator's time series.", "indicator_id", i => i.Observations, item => item
            .Date("period", "The period the value is for", o => o.Period, required: true)
            .Quantity("value", "The value, in the indicator's unit_of_measure", o => o.Value, required: true)
            .Claim());

    private static FieldList<Person> PersonFields() => new FieldList<Person>()
        .Text("name", "The usual English spelling of the name", p => p.Name, required: true, listed: true)
        .Note(p => p.Note)
        .List("posts", "person_posts", "Posts", "A post a person held.", "person_id", p => p.Posts, item => item
            .Text("title", "The post's title", p => p.Title, required: true, searchable: true, label: "post")
            .Reference("organisation", "organisations", "The organisation of the post", p => p.Organisation)
            .Reference("unit", "units", "The unit of the post", p => p.Unit)
            .Country("country", "The country of the post", p => p.Country)
            .Date("date", "When the person held the post", p => p.Date, label: "when")
            .Claim(), listed: true);

    private static FieldList<Agreement> AgreementFields() => new FieldList<Agreement>()
        .Text("name", "The usual English name", a => a.Name, required: true)
        .Code("kind", "What kind of document it is", a => a.Kind, listed: true)
        .Date("signed", "When it was signed or adopted", a => a.Signed, listed: true, label: "signed or adopted")
        .Date("in_force", "When it came into force", a => a.InForce, label: "in force")
        .Date("published", "When it was made public", a => a.Published, label: "made public")
        .Text("summary", "What it says, in a sentence", a => a.Summary, searchable: true)
        .Claim()
        .List("parties", "agreement_parties", "Parties", "A party to an agreement.", "agreement_id", a => a.Parties, PartyItem);

    private static FieldList<MilitaryEvent> EventFields() => new FieldList<MilitaryEvent>()
        .Date("date", "When it happened", e => e.Date, listed: true)
        .Code("kind", "What kind of event it is", e => e.Kind, listed: true)
        .Text("title", "What happened, in a line", e => e.Title, required: true, listed: true, searchable: true)
        .Quantity("quantity", "A figure the event gives, in quantity_unit", e => e.Quantity, label: "figure")
        .Text("quantity_unit", "What quantity counts", e => e.QuantityUnit, label: "counting")
        .Claim(listed: false)
        .List("parties", "event_parties", "Parties", "A party to an event.", "event_id", e => e.Parties, PartyItem)
        .List("units", "event_units", "Units", "A unit an event involves.", "event_id", e => e.Units, item => item
            .Reference("unit", "units", "The unit", u => u, required: true))
        .List("equipment", "event_equipment", "Equipment", "An equipment type an event involves.", "event_id", e => e.Equipment, item => item
            .Reference("equipment", "equipment", "The equipment type", t => t, required: true))
        .List("sites", "event_sites", "Sites", "A site an event involves.", "event_id", e => e.Sites, item => item
            .Reference("site", "sites", "The site", s => s, required: true));

    private static void PartyItem(FieldList<Party> item) => item.Party("party", "The party", p => p, required: true);
}
