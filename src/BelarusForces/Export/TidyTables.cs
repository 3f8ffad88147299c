using System.Collections.Immutable;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Export;

/// <summary>
/// The dataset as tidy tables: one per collection, and one per nested list (batches, strength, observations, posts,
/// participants, observers, statistics, members, parties, aliases, evidence), with quantities and EDTF dates split
/// into typed columns. Every export is written from them, and the codebook documents them.
/// </summary>
public static class TidyTables
{
    /// <summary>Makes every table of a dataset; tables come before the tables that refer to them, where they can.</summary>
    /// <param name="data">The dataset.</param>
    /// <returns>The tables, in a fixed order.</returns>
    /// <example><code>var batches = TidyTables.Build(BelarusForcesDataset.Current).Single(t => t.Name == "procurement_batches");</code></example>
    public static IReadOnlyList<TidyTable> Build(BelarusForcesDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return
        [
            Countries(), Sources(data), Records(data),
            .. Units(data), Equipment(data), Inventory(data), .. Procurements(data), .. Exercises(data), .. Indicators(data),
            .. People(data), .. Organisations(data), .. Agreements(data), Sites(data), .. Events(data),
            Aliases(data), Evidence(data),
        ];
    }

    private static TidyTable Countries() =>
        new TableBuilder<string>("countries", "A country: its ISO 3166-1 alpha-2 code and English name (every code the data may use).", Country.Codes.Order(StringComparer.Ordinal))
            .Text("code", "The ISO 3166-1 alpha-2 code; SU for the Soviet Union", c => c, required: true)
            .Text("name", "The country's English name", c => Country.Parse(c).Name, required: true)
            .Build("code");

    private static TidyTable Sources(BelarusForcesDataset data) =>
        new TableBuilder<Source>("sources", "An article of the seed texts that evidence quotes cite.", data.Sources.Values.OrderBy(s => s.SeedFile, StringComparer.Ordinal).ThenBy(s => s.FirstLine))
            .Text("id", "The source's id", s => s.Id.Value, required: true)
            .Text("headline", "The article's headline", s => s.Headline, required: true)
            .Text("seed_file", "The seed file in the repository's seeds/ folder that holds the article", s => s.SeedFile, required: true)
            .Integer("first_line", "The article's first line in the seed file (1-based)", s => s.FirstLine, required: true)
            .Integer("last_line", "The article's last line in the seed file (1-based, inclusive)", s => s.LastLine, required: true)
            .Date("published", "The publication date, inferred from the article", s => s.Published, required: true)
            .Text("published_inference", "How the publication date was inferred", s => s.PublishedInference, required: true)
            .Build("id");

    private static TidyTable Records(BelarusForcesDataset data) =>
        new TableBuilder<IRecord>("records", "Every record of every collection, by its citation key: what aliases and evidence refer to.", data.AllRecords())
            .Text("key", "The citation key, collection/id", r => r.CitationKey, required: true)
            .Column("collection", ColumnType.String, "The collection", r => r.Collection, required: true, values: DatasetExport.Collections.Skip(1))
            .Text("id", "The record's id within its collection", r => r.Id, required: true)
            .Text("name", "The record's name or title, when it has one", r => r switch { INamedRecord n => n.Name, MilitaryEvent e => e.Title, _ => null })
            .Build("key");

    private static IEnumerable<TidyTable> Units(BelarusForcesDataset data)
    {
        yield return new TableBuilder<Unit>("units", "A unit or formation of the armed forces.", data.Units, "units", "id")
            .Text("id", "The unit's id", u => u.Id.Value, required: true)
            .Text("name", "The usual English name", u => u.Name, required: true)
            .Country("country", "The country whose forces the unit belongs to; null for multinational formations", u => u.Country)
            .Code("kind", "What kind of unit it is", u => u.Kind)
            .Reference("parent_id", "units", "The unit it is part of", u => u.ParentId?.Value)
            .Date("established", "When the unit was established", u => u.Established)
            .Claim(u => u)
            .Build("id");
        yield return Child("unit_strength", "A personnel strength the sources give for a unit at a date.", data.Units, u => u.Strength, "unit_id", "units")
            .Date("date", "When the strength applies", c => c.Item.Date, required: true)
            .Quantity("personnel", "The number of personnel", c => c.Item.Personnel, required: true)
            .Claim(c => c.Item)
            .Build("unit_id", "item");
    }

    private static TidyTable Equipment(BelarusForcesDataset data) =>
        new TableBuilder<EquipmentType>("equipment", "An equipment type: category, role, origin, manufacturer.", data.Equipment, "equipment", "id")
            .Text("id", "The equipment type's id", e => e.Id.Value, required: true)
            .Text("name", "The usual English name", e => e.Name, required: true)
            .Code("category", "What kind of equipment it is", e => e.Category)
            .Text("role", "Its role, in a few words", e => e.Role)
            .Country("origin", "The country it comes from", e => e.Origin)
            .Reference("manufacturer_id", "organisations", "The organisation that makes it", e => e.ManufacturerId?.Value)
            .Flag("soviet_inherited", "Whether Belarus inherited it from the Soviet forces; null when the sources do not say", e => e.SovietInherited)
            .Reference("variant_of_id", "equipment", "The equipment type it is a variant of", e => e.VariantOfId?.Value)
            .Claim(e => e)
            .Build("id");

    private static TidyTable Inventory(BelarusForcesDataset data) =>
        new TableBuilder<InventoryObservation>("inventory", "What a unit holds, as of when, with its status.", data.Inventory, "inventory", "id")
            .Text("id", "The observation's id", i => i.Id.Value, required: true)
            .Reference("holder_id", "units", "The unit that holds the equipment", i => i.HolderId.Value, required: true)
            .Reference("equipment_id", "equipment", "The equipment type held", i => i.EquipmentId.Value, required: true)
            .Quantity("quantity", "How many", i => i.Quantity)
            .Date("date", "When the holding is observed", i => i.Date)
            .Code("status", "The status of the holding", i => i.Status)
            .Claim(i => i)
            .Build("id");

    private static IEnumerable<TidyTable> Procurements(BelarusForcesDataset data)
    {
        yield return new TableBuilder<Procurement>("procurements", "An acquisition, transfer, export, modernisation or retirement of equipment.", data.Procurements, "procurements", "id")
            .Text("id", "The procurement's id", p => p.Id.Value, required: true)
            .Code("kind", "What kind of transaction it is", p => p.Kind)
            .Reference("equipment_id", "equipment", "The equipment type", p => p.EquipmentId.Value, required: true)
            .Country("supplier", "The supplying country", p => p.Supplier)
            .Reference("supplier_organisation_id", "organisations", "The supplying organisation", p => p.SupplierOrganisationId?.Value)
            .Country("recipient", "The receiving country", p => p.Recipient)
            .Reference("recipient_unit_id", "units", "The receiving unit", p => p.RecipientUnitId?.Value)
            .Quantity("quantity", "The total quantity", p => p.Quantity)
            .Date("ordered", "When it was ordered, contracted or announced", p => p.Ordered)
            .Date("expected_delivery", "When delivery is expected", p => p.ExpectedDelivery)
            .Code("status", "Where it stands", p => p.Status)
            .Quantity("value", "Its value, in value_currency", p => p.Value?.Amount)
            .Text("value_currency", "The ISO 4217 currency of value", p => p.Value?.Currency)
            .Claim(p => p)
            .Build("id");
        yield return Child("procurement_batches", "One delivery of a procurement, in the order the sources distinguish them.", data.Procurements, p => p.Batches, "procurement_id", "procurements")
            .Quantity("quantity", "How many were delivered", c => c.Item.Quantity)
            .Date("delivered", "When", c => c.Item.Delivered)
            .Claim(c => c.Item)
            .Build("procurement_id", "item");
    }

    private static IEnumerable<TidyTable> Exercises(BelarusForcesDataset data)
    {
        yield return new TableBuilder<Exercise>("exercises", "A military exercise.", data.Exercises, "exercises", "id")
            .Text("id", "The exercise's id", e => e.Id.Value, required: true)
            .Text("name", "The usual English name", e => e.Name, required: true)
            .Date("dates", "When it took place", e => e.Dates)
            .Code("level", "Its level", e => e.Level)
            .Code("kind", "Joint (with other countries) or national", e => e.Kind)
            .Flag("live_fire", "Whether it included live firing; null when the sources do not say", e => e.LiveFire)
            .Quantity("night_share", "The share of the exercise held at night, in per cent", e => e.NightShare)
            .Claim(e => e)
            .Build("id");
        yield return Parties("exercise_participants", "A party that took part in an exercise.", data.Exercises, e => e.Participants, "exercise_id", "exercises");
        yield return Parties("exercise_observers", "A party invited to observe an exercise.", data.Exercises, e => e.ObserversInvited, "exercise_id", "exercises");
        yield return Child("exercise_statistics", "A figure the sources give about an exercise (troops, aircraft, ...).", data.Exercises, e => e.Statistics, "exercise_id", "exercises")
            .Text("label", "What is counted", c => c.Item.Label, required: true)
            .Quantity("quantity", "The figure", c => c.Item.Quantity, required: true)
            .Claim(c => c.Item)
            .Build("exercise_id", "item");
    }

    private static IEnumerable<TidyTable> Indicators(BelarusForcesDataset data)
    {
        yield return new TableBuilder<Indicator>("indicators", "A training, readiness or industry indicator: a time series.", data.Indicators, "indicators", "id")
            .Text("id", "The indicator's id", i => i.Id.Value, required: true)
            .Text("name", "The usual English name", i => i.Name, required: true)
            .Text("measure", "What is measured; series of the same measure are comparable", i => i.Measure, required: true)
            .Party("subject", "Whose figures they are", i => i.Subject)
            .Reference("subject_unit_id", "units", "The unit the figures are about, when one is named", i => i.SubjectUnitId?.Value)
            .Text("unit_of_measure", "The unit the values are in", i => i.UnitOfMeasure, required: true)
            .Note(i => i.Note)
            .Build("id");
        yield return Child("indicator_observations", "One value of an indicator's time series.", data.Indicators, i => i.Observations, "indicator_id", "indicators")
            .Date("period", "The period the value is for", c => c.Item.Period, required: true)
            .Quantity("value", "The value, in the indicator's unit_of_measure", c => c.Item.Value, required: true)
            .Claim(c => c.Item)
            .Build("indicator_id", "item");
    }

    private static IEnumerable<TidyTable> People(BelarusForcesDataset data)
    {
        yield return new TableBuilder<Person>("people", "A person the sources name.", data.People, "people", "id")
            .Text("id", "The person's id", p => p.Id.Value, required: true)
            .Text("name", "The usual English spelling of the name", p => p.Name, required: true)
            .Note(p => p.Note)
            .Build("id");
        yield return Child("person_posts", "A post a person held.", data.People, p => p.Posts, "person_id", "people")
            .Text("title", "The post's title", c => c.Item.Title, required: true)
            .Reference("organisation_id", "organisations", "The organisation of the post", c => c.Item.OrganisationId?.Value)
            .Reference("unit_id", "units", "The unit of the post", c => c.Item.UnitId?.Value)
            .Country("country", "The country of the post", c => c.Item.Country)
            .Date("date", "When the person held the post", c => c.Item.Date)
            .Claim(c => c.Item)
            .Build("person_id", "item");
    }

    private static IEnumerable<TidyTable> Organisations(BelarusForcesDataset data)
    {
        yield return new TableBuilder<Organisation>("organisations", "A defence company, state body, international organisation, school or medium.", data.Organisations, "organisations", "id")
            .Text("id", "The organisation's id", o => o.Id.Value, required: true)
            .Text("name", "The usual English name", o => o.Name, required: true)
            .Code("kind", "What kind of organisation it is", o => o.Kind)
            .Country("country", "The country it belongs to", o => o.Country)
            .Text("location", "Where it is", o => o.Location)
            .Reference("parent_id", "organisations", "The organisation it is part of", o => o.ParentId?.Value)
            .Note(o => o.Note)
            .Build("id");
        yield return Child("organisation_members", "A member country of an international organisation.", data.Organisations, o => o.Members, "organisation_id", "organisations")
            .Country("country", "The member", c => c.Item, required: true)
            .Build("organisation_id", "item");
    }

    private static IEnumerable<TidyTable> Agreements(BelarusForcesDataset data)
    {
        yield return new TableBuilder<Agreement>("agreements", "An agreement, law, doctrine or decision.", data.Agreements, "agreements", "id")
            .Text("id", "The agreement's id", a => a.Id.Value, required: true)
            .Text("name", "The usual English name", a => a.Name, required: true)
            .Code("kind", "What kind of document it is", a => a.Kind)
            .Date("signed", "When it was signed or adopted", a => a.Signed)
            .Date("in_force", "When it came into force", a => a.InForce)
            .Date("published", "When it was made public", a => a.Published)
            .Text("summary", "What it says, in a sentence", a => a.Summary)
            .Claim(a => a)
            .Build("id");
        yield return Parties("agreement_parties", "A party to an agreement.", data.Agreements, a => a.Parties, "agreement_id", "agreements");
    }

    private static TidyTable Sites(BelarusForcesDataset data) =>
        new TableBuilder<Site>("sites", "A base, missile site or training ground.", data.Sites, "sites", "id")
            .Text("id", "The site's id", s => s.Id.Value, required: true)
            .Text("name", "The usual English name", s => s.Name, required: true)
            .Text("kind", "What kind of site it is (airbase, training-range, ...)", s => s.Kind, required: true)
            .Country("country", "The country it is in", s => s.Country)
            .Text("location", "Where it is", s => s.Location)
            .Claim(s => s)
            .Build("id");

    private static IEnumerable<TidyTable> Events(BelarusForcesDataset data)
    {
        yield return new TableBuilder<MilitaryEvent>("events", "A dated military fact no other collection fits: a test, decision, deployment, case of espionage.", data.Events, "events", "id")
            .Text("id", "The event's id", e => e.Id.Value, required: true)
            .Date("date", "When it happened", e => e.Date)
            .Code("kind", "What kind of event it is", e => e.Kind)
            .Text("title", "What happened, in a line", e => e.Title, required: true)
            .Quantity("quantity", "A figure the event gives, in quantity_unit", e => e.Quantity)
            .Text("quantity_unit", "What quantity counts", e => e.QuantityUnit)
            .Claim(e => e)
            .Build("id");
        yield return Parties("event_parties", "A party to an event.", data.Events, e => e.Parties, "event_id", "events");
        yield return Child("event_units", "A unit an event involves.", data.Events, e => e.Units, "event_id", "events")
            .Reference("unit_id", "units", "The unit", c => c.Item.Id.Value, required: true)
            .Build("event_id", "item");
        yield return Child("event_equipment", "An equipment type an event involves.", data.Events, e => e.Equipment, "event_id", "events")
            .Reference("equipment_id", "equipment", "The equipment type", c => c.Item.Id.Value, required: true)
            .Build("event_id", "item");
        yield return Child("event_sites", "A site an event involves.", data.Events, e => e.Sites, "event_id", "events")
            .Reference("site_id", "sites", "The site", c => c.Item.Id.Value, required: true)
            .Build("event_id", "item");
    }

    private static TidyTable Aliases(BelarusForcesDataset data) =>
        new TableBuilder<Child<INamedRecord, string>>("aliases", "Another spelling or transliteration of a record's name (Raŭkoŭ, Ravkov).",
                data.AllRecords().OfType<INamedRecord>().SelectMany(r => r.Aliases.Select((a, i) => new Child<INamedRecord, string>(r, a, i + 1))))
            .Reference("record_key", "records", "The record, by citation key", c => c.Parent.CitationKey, required: true, referencedColumn: "key")
            .Integer("item", "The alias's place in the record's list (1-based)", c => c.Number, required: true)
            .Text("alias", "The spelling", c => c.Item, required: true)
            .Build("record_key", "item");

    private static TidyTable Evidence(BelarusForcesDataset data)
    {
        var rows = new List<EvidenceRow>();
        foreach (var record in data.AllRecords())
        {
            Add(record, null, null, record.Evidence);
            var (part, items) = NestedClaims(record);
            for (int i = 0; i < items.Count; i++)
            {
                Add(record, part, i + 1, items[i].Evidence);
            }
        }

        return new TableBuilder<EvidenceRow>("evidence", "A verbatim quote from a source that backs a record, or one item of a record's nested list.", rows)
            .Integer("evidence_id", "The quote's number in this table (1-based)", e => e.Number, required: true)
            .Reference("record_key", "records", "The record the quote backs, by citation key", e => e.RecordKey, required: true, referencedColumn: "key")
            .Column("part", ColumnType.String, "The nested table whose item the quote backs (procurement_batches, ...); null when it backs the record itself",
                e => e.Part, values: ["unit_strength", "procurement_batches", "exercise_statistics", "indicator_observations", "person_posts"])
            .Integer("part_item", "The item of part the quote backs: its item column there; null with part", e => e.PartItem)
            .Reference("source_id", "sources", "The article the quote comes from", e => e.Evidence.Source.Id.Value, required: true)
            .Text("quote", "The quote, character for character as in the seed text", e => e.Evidence.Quote, required: true)
            .Integer("line", "The line of the source's seed file where the quote starts (1-based); null for data loaded without its seeds", e => e.Evidence.Line > 0 ? e.Evidence.Line : null)
            .Build("evidence_id");

        void Add(IRecord record, string? part, long? item, ValueArray<Evidence> evidence)
        {
            foreach (var e in evidence)
            {
                rows.Add(new EvidenceRow(rows.Count + 1, record.CitationKey, part, item, e));
            }
        }
    }

    // The nested lists whose items carry evidence of their own, with the table they become.
    private static (string? Part, IReadOnlyList<Claimed> Items) NestedClaims(IRecord record) => record switch
    {
        Unit u => ("unit_strength", ImmutableArray<Claimed>.CastUp(u.Strength.Items)),
        Procurement p => ("procurement_batches", ImmutableArray<Claimed>.CastUp(p.Batches.Items)),
        Exercise e => ("exercise_statistics", ImmutableArray<Claimed>.CastUp(e.Statistics.Items)),
        Indicator i => ("indicator_observations", ImmutableArray<Claimed>.CastUp(i.Observations.Items)),
        Person p => ("person_posts", ImmutableArray<Claimed>.CastUp(p.Posts.Items)),
        _ => (null, []),
    };

    private readonly record struct EvidenceRow(long Number, string RecordKey, string? Part, long? PartItem, Evidence Evidence);

    // A nested list's table: the parent's id and the item's place in the list, which together are the primary key.
    private static TableBuilder<Child<TParent, TItem>> Child<TParent, TItem>(string name, string description, IEnumerable<TParent> parents,
        Func<TParent, IReadOnlyList<TItem>> list, string parentColumn, string parentTable)
        where TParent : IRecord =>
        new TableBuilder<Child<TParent, TItem>>(name, description, parents.SelectMany(p => list(p).Select((item, i) => new Child<TParent, TItem>(p, item, i + 1))), parentTable, parentColumn)
            .Reference(parentColumn, parentTable, $"The {parentTable} record the row belongs to", c => c.Parent.Id, required: true)
            .Integer("item", "The row's place in its record's list (1-based)", c => c.Number, required: true);

    private static TidyTable Parties<TParent>(string name, string description, IEnumerable<TParent> parents, Func<TParent, IReadOnlyList<Party>> list, string parentColumn, string parentTable)
        where TParent : IRecord =>
        Child(name, description, parents, list, parentColumn, parentTable)
            .Party("party", "The party", c => c.Item)
            .Build(parentColumn, "item");
}
