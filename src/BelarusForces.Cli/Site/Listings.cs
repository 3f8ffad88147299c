using System.Globalization;
using BelarusForces.Data;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Cli.Site;

/// <summary>A column of a collection's listing: its heading, its cell, and the key it sorts by when that is not its text.</summary>
internal sealed record ListColumn(string Name, Func<RecordView, Field> Cell, Func<RecordView, string>? Sort = null, bool Number = false);

/// <summary>A facet of a listing: a question the rows can be narrowed by (kind, status, supplier, claim, year), with a row's answers.</summary>
internal sealed record ListFacet(string Name, Func<RecordView, IEnumerable<string>> Values);

/// <summary>
/// The listing of each collection, from its declared fields (<c>Collections.Fields.cs</c>): the record's title, then
/// the fields declared as listed, as the CLI listing shows them; facets from the listed codes and countries, the
/// claim and the year; dated collections in date order.
/// </summary>
internal static class Listings
{
    /// <summary>A date's sort key: by its earliest day (an interval by its start; "until X" by X), then its latest; undated rows sort last.</summary>
    public static string SortKey(EdtfDate? date) =>
        date is { } d && (d.Earliest ?? d.Latest) is { } from ? $"{Day(from)}/{(d.Latest is { } to ? Day(to) : "9999-99-99")}" : "";

    private static string Day(NodaTime.LocalDate d) => $"{d.Year:0000}-{d.Month:00}-{d.Day:00}";

    /// <summary>The years a date may fall in, for the year facet; an open or undated one has none.</summary>
    public static IEnumerable<string> Years(EdtfDate? date) =>
        date is { Earliest: { } from, Latest: { } to } && to.Year - from.Year < 30
            ? Enumerable.Range(from.Year, to.Year - from.Year + 1).Select(y => y.ToString(CultureInfo.InvariantCulture))
            : [];

    // The name or title is the link in the first column, so it is not repeated.
    private static IEnumerable<Data.Field> Listed(Collection collection) => collection.Fields.Where(f => f.Listed && !f.IsTitle);

    /// <summary>
    /// Whether the collection's records carry dates of their own, though none is listed (a procurement's order or
    /// delivery, a unit's establishment): the listing then adds a date column with each record's <see cref="IRecord.Date"/>.
    /// </summary>
    private static bool AddsDate(Collection collection) =>
        collection.Fields.Any(f => f.Kind == FieldKind.Date) && !Listed(collection).Any(f => f.Kind == FieldKind.Date);

    /// <summary>Whether rows come in date order: when the collection's records have dates of their own.</summary>
    private static bool Dated(Collection collection) => collection.Fields.Any(f => f.Kind == FieldKind.Date);

    public static IReadOnlyList<ListColumn> Columns(Collection collection)
    {
        var title = collection.Fields.FirstOrDefault(f => f.IsTitle)?.Label ?? "record";
        var columns = new List<ListColumn> { new(title, v => Field.Of(title, v.Record)) };
        if (AddsDate(collection))
        {
            var dates = collection.Fields.Where(f => f.Kind == FieldKind.Date).ToArray();
            var label = dates.Length == 1 ? dates[0].Label : "date";
            columns.Add(new(label, v => Field.Of(label, Words.Date(v.Date)), v => SortKey(v.Date)));
        }

        foreach (var field in Listed(collection))
        {
            columns.Add(field.Kind switch
            {
                _ when field.Column == "claim" => new(field.Label, v => Field.Of(field.Label, v.Record is IClaim c ? Words.Claim(c.Claim) : null)),
                FieldKind.Date => new(field.Label, v => RecordView.FieldOf(field, v.Record), v => SortKey((EdtfDate?)field.ValueOf(v.Record))),
                FieldKind.Quantity => new(field.Label, v => RecordView.FieldOf(field, v.Record), v => NumberKey((Quantity?)field.ValueOf(v.Record)), Number: true),
                _ => new(field.Label, v => RecordView.FieldOf(field, v.Record)),
            });
        }

        // A listed nested list (a person's posts) is one column: each item's values in words, its records as links.
        foreach (var list in collection.Lists.Where(l => l.Listed))
        {
            var values = list.Fields.Where(f => !f.DescribesClaim).ToArray();
            columns.Add(new(list.Label.ToLowerInvariant(), v =>
            {
                var items = list.ItemsOf(v.Record).Select(item => values.Select(f => RecordView.FieldOf(f, item)).ToArray()).ToArray();
                var text = string.Join("; ", items.Select(cells => string.Join(", ", cells.Select(c => c.Text).OfType<string>())).Where(t => t.Length > 0));
                return new Field(list.Label.ToLowerInvariant(), text.Length > 0 ? text : null, [.. items.SelectMany(cells => cells.SelectMany(c => c.Links)).Distinct()]);
            }));
        }

        return columns;
    }

    public static IReadOnlyList<ListFacet> Facets(Collection collection)
    {
        var facets = Listed(collection).Where(f => f.Kind is FieldKind.Code or FieldKind.Country && !f.DescribesClaim)
            .Select(f => new ListFacet(f.Column, v => [RecordView.FieldOf(f, v.Record).Text ?? "not stated"])).ToList();
        if (collection.Fields.Any(f => f.Column == "claim"))
        {
            facets.Add(new("claim", v => v.Record is IClaim c ? [Words.Claim(c.Claim)] : []));
        }

        if (Dated(collection))
        {
            facets.Add(new("year", v => Years(v.Date)));
        }

        return facets;
    }

    /// <summary>The order rows come in before a reader sorts them: dated records by date, undated last; the rest as the data lists them.</summary>
    public static IEnumerable<RecordView> Ordered(Collection collection, IEnumerable<RecordView> views) =>
        Dated(collection) ? views.OrderBy(v => SortKey(v.Date) is { Length: > 0 } k ? k : "~", StringComparer.Ordinal) : views;

    private static string NumberKey(Quantity? q) => (q?.Low ?? q?.High) is { } n ? n.ToString("0000000000.####", CultureInfo.InvariantCulture) : "";
}
