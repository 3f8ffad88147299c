using BelarusForces.Data;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Cli.Site;

/// <summary>A field of a record page: words, links to other records, or both (countries as words, organisations as links).</summary>
internal sealed record Field(string Label, string? Text, IReadOnlyList<IRecord> Links)
{
    public static Field Of(string label, string? text) => new(label, text, []);

    public static Field Of(string label, IRecord? link) => new(label, null, link is null ? [] : [link]);

    public static Field Of(string label, IEnumerable<Party> parties) =>
        new(label, Join(parties.Where(p => p.Organisation is null).Select(p => p.Name)), [.. parties.Select(p => p.Organisation).OfType<IRecord>()]);

    public bool IsEmpty => string.IsNullOrEmpty(Text) && Links.Count == 0;

    public static string? Join(IEnumerable<string> items) => string.Join(", ", items) is { Length: > 0 } s ? s : null;
}

/// <summary>One row of a nested list (a delivery batch, a strength figure, a post), with its own claim and quotes.</summary>
internal sealed record NestedRow(IClaim Claim, IReadOnlyList<Field> Cells);

/// <summary>A nested list of a record, shown as a table.</summary>
internal sealed record NestedTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<NestedRow> Rows);

/// <summary>
/// What a record page shows of a record, in words: its title, kind, main date, fields and nested lists.
/// </summary>
internal sealed record RecordView(IRecord Record, string Title, string Kind, EdtfDate? Date, IReadOnlyList<Field> Fields, IReadOnlyList<NestedTable> Tables)
{
    /// <summary>Every claim on the page: the record's own, then its nested rows'.</summary>
    public IEnumerable<IClaim> Claims => (Record is IClaim own ? [own] : Array.Empty<IClaim>()).Concat(Tables.SelectMany(t => t.Rows).Select(r => r.Claim));

    /// <summary>Every distinct quote of the record and its nested rows.</summary>
    public IEnumerable<Evidence> Evidence => Record.Evidence.Concat(Claims.SelectMany(c => c.Evidence)).Distinct();

    public static RecordView Of(IRecord record) => record switch
    {
        Procurement p => new(p, $"{Kebab.Name(p.Kind)} of {p.Equipment.Name}{(p.Supplier is { } s ? " from " + s.Name : "")}", Kebab.Name(p.Kind), p.Ordered ?? p.FirstDelivery ?? p.ExpectedDelivery,
            [
                Field.Of("equipment", p.Equipment), Field.Of("kind", Kebab.Name(p.Kind)), Field.Of("status", Kebab.Name(p.Status)),
                Field.Of("supplier", p.Supplier?.Name), Field.Of("supplier organisation", p.SupplierOrganisation),
                Field.Of("recipient", p.Recipient?.Name), Field.Of("recipient unit", p.RecipientUnit),
                Field.Of("quantity", p.Quantity?.Describe()), Field.Of("value", p.Value is { } v ? $"{v.Amount.Describe()} {v.Currency}" : null),
                Field.Of("ordered", DateWords(p.Ordered)), Field.Of("delivery expected", DateWords(p.ExpectedDelivery)),
            ],
            [Table("Deliveries", ["quantity", "delivered"], p.Batches, b => [Field.Of("quantity", b.Quantity?.Describe() ?? "not stated"), Field.Of("delivered", Words.Date(b.Delivered))])]),
        InventoryObservation i => new(i, $"{i.Equipment.Name} held by {i.Holder.Name}", Kebab.Name(i.Status), i.Date,
            [
                Field.Of("equipment", i.Equipment), Field.Of("holder", i.Holder), Field.Of("status", Kebab.Name(i.Status)),
                Field.Of("quantity", i.Quantity?.Describe()), Field.Of("as of", DateWords(i.Date)),
            ], []),
        Unit u => new(u, u.Name, Kebab.Name(u.Kind), u.Established,
            [
                Field.Of("kind", Kebab.Name(u.Kind)), Field.Of("country", u.Country?.Name), Field.Of("part of", u.Parent), Field.Of("established", DateWords(u.Established)),
            ],
            [Table("Personnel strength", ["personnel", "as of"], u.Strength, s => [Field.Of("personnel", s.Personnel.Describe()), Field.Of("as of", Words.Date(s.Date))])]),
        EquipmentType e => new(e, e.Name, Kebab.Name(e.Category), null,
            [
                Field.Of("category", Kebab.Name(e.Category)), Field.Of("role", e.Role), Field.Of("origin", e.Origin?.Name), Field.Of("manufacturer", e.Manufacturer),
                Field.Of("inherited from the Soviet Union", e.SovietInherited switch { true => "yes", false => "no", _ => null }), Field.Of("variant of", e.VariantOf),
            ], []),
        Exercise x => new(x, x.Name, x.Kind is { } k ? Kebab.Name(k) + " exercise" : "exercise", x.Dates,
            [
                Field.Of("dates", DateWords(x.Dates)), Field.Of("participants", x.Participants), Field.Of("observers invited", x.ObserversInvited),
                Field.Of("level", x.Level is { } l ? Kebab.Name(l) : null), Field.Of("live fire", x.LiveFire switch { true => "yes", false => "no", _ => null }),
                Field.Of("share at night", x.NightShare is { } n ? n.Describe() + " per cent" : null),
            ],
            [Table("Figures", ["what", "figure"], x.Statistics, s => [Field.Of("what", s.Label), Field.Of("figure", s.Quantity.Describe())])]),
        Indicator i => new(i, i.Name, i.Measure, i.Observations.IsEmpty ? null : i.Observations[0].Period,
            [
                Field.Of("measure", i.Measure), Field.Of("subject", [i.Subject]), Field.Of("subject unit", i.SubjectUnit), Field.Of("unit of measure", i.UnitOfMeasure),
            ],
            [Table("Observations", ["period", "value"], i.Observations, o => [Field.Of("period", Words.Date(o.Period)), Field.Of("value", $"{o.Value.Describe()} {i.UnitOfMeasure}")])]),
        Person p => new(p, p.Name, "person", null, [],
            [Table("Posts", ["post", "in", "when"], p.Posts, post => [
                Field.Of("post", post.Title),
                new Field("in", post.Country?.Name, [.. new IRecord?[] { post.Organisation, post.Unit }.OfType<IRecord>()]),
                Field.Of("when", Words.Date(post.Date)),
            ])]),
        Organisation o => new(o, o.Name, Kebab.Name(o.Kind), null,
            [
                Field.Of("kind", Kebab.Name(o.Kind)), Field.Of("country", o.Country?.Name), Field.Of("location", o.Location), Field.Of("part of", o.Parent),
                Field.Of("members", Field.Join(o.Members.Select(m => m.Name))),
            ], []),
        Agreement a => new(a, a.Name, Kebab.Name(a.Kind), a.Signed ?? a.InForce ?? a.Published,
            [
                Field.Of("kind", Kebab.Name(a.Kind)), Field.Of("parties", a.Parties), Field.Of("signed or adopted", DateWords(a.Signed)),
                Field.Of("in force", DateWords(a.InForce)), Field.Of("made public", DateWords(a.Published)), Field.Of("summary", a.Summary),
            ], []),
        BelarusForces.Model.Site s => new(s, s.Name, s.Kind, null, [Field.Of("kind", s.Kind), Field.Of("country", s.Country?.Name), Field.Of("location", s.Location)], []),
        MilitaryEvent e => new(e, e.Title, Kebab.Name(e.Kind), e.Date,
            [
                Field.Of("date", DateWords(e.Date)), Field.Of("kind", Kebab.Name(e.Kind)), Field.Of("parties", e.Parties),
                new Field("units", null, [.. e.Units]), new Field("equipment", null, [.. e.Equipment]), new Field("sites", null, [.. e.Sites]),
                Field.Of("figure", e.Quantity is { } q ? $"{q.Describe()} {e.QuantityUnit}".TrimEnd() : null),
            ], []),
        _ => new(record, record.CitationKey, record.Collection, null, [], []),
    };

    /// <summary>The record's own note (a curator's, not a quote), if it has one.</summary>
    public string? Note => Record switch
    {
        Claimed c => c.Note,
        Indicator i => i.Note,
        Person p => p.Note,
        Organisation o => o.Note,
        _ => null,
    };

    private static string? DateWords(EdtfDate? date) => date is null ? null : Words.Date(date);

    private static NestedTable Table<T>(string caption, string[] columns, ValueArray<T> items, Func<T, Field[]> cells)
        where T : IClaim =>
        new(caption, columns, [.. items.Select(item => new NestedRow(item, cells(item)))]);
}
