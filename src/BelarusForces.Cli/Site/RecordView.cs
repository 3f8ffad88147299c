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

    /// <summary>The record's page, from its collection's declared fields: each field in words, each nested list of claims a table.</summary>
    public static RecordView Of(IRecord record)
    {
        var collection = Collections.Named(record.Collection);
        var shown = collection.Fields.Where(f => !f.DescribesClaim).ToArray();
        var kind = (shown.FirstOrDefault(f => f.Column == "kind") ?? shown.FirstOrDefault(f => f.Kind == FieldKind.Code))?.TextOf(record) ?? collection.Name;
        var fields = shown.Where(f => !f.IsTitle).Select(f => FieldOf(f.Label, f.Kind, f.ValueOf(record))).ToList();
        var tables = new List<NestedTable>();
        foreach (var list in collection.Lists)
        {
            var items = list.ItemsOf(record);
            if (list.ItemsAreClaims)
            {
                var columns = list.Fields.Where(f => !f.DescribesClaim).ToArray();
                tables.Add(new NestedTable(list.Label, [.. columns.Select(c => c.Label)],
                    [.. items.Select(item => new NestedRow((IClaim)item, [.. columns.Select(c => FieldOf(c.Label, c.Kind, c.ValueOf(item)) is { IsEmpty: false } cell ? cell : Field.Of(c.Label, "not stated"))]))]));
            }
            else
            {
                // A plain list (parties, members, units an event involves) is one field of the record, its items joined.
                var field = list.Fields[0];
                var values = items.Select(field.ValueOf).ToArray();
                fields.Add(new Field(list.Label.ToLowerInvariant(), Field.Join(values.Select(v => Words(field.Kind, v)).OfType<string>()), [.. values.Select(Link).OfType<IRecord>()]));
            }
        }

        return new(record, record.Title, kind, record.Date, fields, tables);
    }

    /// <summary>The record's own note (a curator's, not a quote), if it has one.</summary>
    public string? Note => Record.Note;

    /// <summary>A declared field of a record (or of a nested item) as a page shows it.</summary>
    public static Field FieldOf(Data.Field field, object item) => FieldOf(field.Label, field.Kind, field.ValueOf(item));

    private static Field FieldOf(string label, FieldKind kind, object? value) => new(label, Words(kind, value), Link(value) is { } link ? [link] : []);

    // A value in words: a country's name, a quantity described, a date in words; a record or an organisation is a link instead.
    private static string? Words(FieldKind kind, object? value) => value switch
    {
        null or IRecord => null,
        Party party => party.Organisation is null ? party.Name : null,
        Country country => country.Name,
        Quantity quantity => quantity.Describe(),
        EdtfDate date => BelarusForces.Cli.Site.Words.Date(date),
        bool flag => flag ? "yes" : "no",
        _ => kind == FieldKind.Integer ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : value.ToString(),
    };

    private static IRecord? Link(object? value) => value switch
    {
        IRecord record => record,
        Party party => party.Organisation,
        _ => null,
    };
}
