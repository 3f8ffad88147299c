using System.Globalization;
using BelarusForces.Data;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Cli.Site;

/// <summary>A column of a collection's listing: its heading, its cell, and the key it sorts by when that is not its text.</summary>
internal sealed record ListColumn(string Name, Func<RecordView, Field> Cell, Func<RecordView, string>? Sort = null, bool Number = false);

/// <summary>A facet of a listing: a question the rows can be narrowed by (kind, status, supplier, claim, year), with a row's answers.</summary>
internal sealed record ListFacet(string Name, Func<RecordView, IEnumerable<string>> Values);

/// <summary>The listing of each collection: the columns that answer its questions, its facets, and the order rows come in.</summary>
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

    public static IReadOnlyList<ListColumn> Columns(string collection) => collection switch
    {
        "procurements" =>
        [
            Title("deal"), new("equipment", v => Field.Of("equipment", ((Procurement)v.Record).Equipment)),
            Text("supplier", v => ((Procurement)v.Record).Supplier?.Name), Text("status", v => Kebab.Name(((Procurement)v.Record).Status)),
            Date("first date", v => First((Procurement)v.Record)), Date("last date", v => Last((Procurement)v.Record)),
            new("quantity", v => Field.Of("quantity", ((Procurement)v.Record).Quantity?.Describe()), v => NumberKey(((Procurement)v.Record).Quantity), true),
        ],
        "inventory" =>
        [
            Title("holding"), new("holder", v => Field.Of("holder", ((InventoryObservation)v.Record).Holder)),
            Text("status", v => Kebab.Name(((InventoryObservation)v.Record).Status)),
            new("quantity", v => Field.Of("quantity", ((InventoryObservation)v.Record).Quantity?.Describe()), v => NumberKey(((InventoryObservation)v.Record).Quantity), true),
            Date("as of", v => v.Date), Claim(),
        ],
        "events" => [Date("date", v => v.Date), Text("kind", v => v.Kind), Title("event"), Claim()],
        "exercises" => [Title("exercise"), Date("dates", v => v.Date), Text("kind", v => v.Kind), Claim()],
        "indicators" =>
        [
            Title("indicator"),
            new("latest value", v => Field.Of("latest value", Latest((Indicator)v.Record) is { } o ? $"{o.Value.Describe()} {((Indicator)v.Record).UnitOfMeasure}" : null),
                v => NumberKey(Latest((Indicator)v.Record)?.Value), true),
            Date("period", v => Latest((Indicator)v.Record)?.Period),
            Text("observations", v => Words.Number(((Indicator)v.Record).Observations.Count)),
        ],
        "people" =>
        [
            Title("person"),
            Text("posts", v => Field.Join(((Person)v.Record).Posts.Select(p => p.Date is null ? p.Title : $"{p.Title} ({Words.Date(p.Date)})"))),
            new("units and organisations", v => new Field("in", null, [.. ((Person)v.Record).Posts.SelectMany(p => new IRecord?[] { p.Unit, p.Organisation }).OfType<IRecord>().Distinct()])),
        ],
        "agreements" => [Title("agreement"), Text("kind", v => v.Kind), Date("date", v => v.Date), Claim()],
        "units" => [Title("unit"), Text("kind", v => v.Kind), new("part of", v => Field.Of("part of", ((Unit)v.Record).Parent)), Date("established", v => v.Date)],
        "equipment" => [Title("equipment"), Text("category", v => v.Kind), Text("origin", v => ((EquipmentType)v.Record).Origin?.Name)],
        "organisations" => [Title("organisation"), Text("kind", v => v.Kind), Text("country", v => ((Organisation)v.Record).Country?.Name)],
        _ => [Title("record"), Text("kind", v => v.Kind), Date("date", v => v.Date)],
    };

    public static IReadOnlyList<ListFacet> Facets(string collection)
    {
        var kind = new ListFacet("kind", v => [v.Kind]);
        var claim = new ListFacet("claim", v => v.Record is IClaim c ? [Words.Claim(c.Claim)] : []);
        var year = new ListFacet("year", v => Years(v.Date));
        return collection switch
        {
            "procurements" =>
            [
                kind, new("status", v => [Kebab.Name(((Procurement)v.Record).Status)]), new("supplier", v => [((Procurement)v.Record).Supplier?.Name ?? "not stated"]), claim,
                new("year", v => Years(First((Procurement)v.Record))),
            ],
            "inventory" => [new("status", v => [v.Kind]), claim, year],
            "events" or "exercises" or "agreements" => [kind, claim, year],
            "units" or "equipment" or "organisations" or "sites" => [kind],
            _ => [],
        };
    }

    /// <summary>The order rows come in before a reader sorts them: dated facts by date, the rest as the data lists them.</summary>
    public static IEnumerable<RecordView> Ordered(string collection, IEnumerable<RecordView> views) => collection switch
    {
        "events" or "exercises" or "inventory" or "agreements" => views.OrderBy(v => SortKey(v.Date) is { Length: > 0 } k ? k : "~", StringComparer.Ordinal),
        "procurements" => views.OrderBy(v => SortKey(First((Procurement)v.Record)) is { Length: > 0 } k ? k : "~", StringComparer.Ordinal),
        _ => views,
    };

    /// <summary>A procurement's first date: its order, else its first delivery, else its expected delivery.</summary>
    public static EdtfDate? First(Procurement p) => p.Ordered ?? p.FirstDelivery ?? p.ExpectedDelivery;

    /// <summary>A procurement's last date: its last delivery, else its expected delivery, else its order.</summary>
    public static EdtfDate? Last(Procurement p) =>
        p.Batches.Select(b => b.Delivered).OfType<EdtfDate>().OrderBy(d => SortKey(d), StringComparer.Ordinal).LastOrDefault() is { } last ? last : p.ExpectedDelivery ?? p.Ordered;

    private static IndicatorObservation? Latest(Indicator i) => i.Observations.OrderBy(o => SortKey(o.Period), StringComparer.Ordinal).LastOrDefault();

    private static ListColumn Title(string name) => new(name, v => Field.Of(name, v.Record));

    private static ListColumn Text(string name, Func<RecordView, string?> text) => new(name, v => Field.Of(name, text(v)));

    private static ListColumn Date(string name, Func<RecordView, EdtfDate?> date) =>
        new(name, v => Field.Of(name, date(v) is { } d ? Words.Date(d) : "undated"), v => SortKey(date(v)));

    private static ListColumn Claim() => Text("claim", v => v.Record is IClaim c ? Words.Claim(c.Claim) : null);

    private static string NumberKey(Quantity? q) => (q?.Low ?? q?.High) is { } n ? n.ToString("0000000000.####", CultureInfo.InvariantCulture) : "";
}
