using BelarusForces.Data;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Export;

/// <summary>An item of a record's nested list, with the record it belongs to and its 1-based place in the list.</summary>
internal readonly record struct Child<TParent, TItem>(TParent Parent, TItem Item, long Number);

/// <summary>
/// Describes a tidy table column by column, each with a function that reads its cell from an item. A quantity becomes
/// four columns and an EDTF date four, always with the same suffixes, so that every table splits them alike.
/// </summary>
internal sealed class TableBuilder<T>(string name, string description, IEnumerable<T> items, string? collection = null, string? recordIdColumn = null)
{
    private readonly List<TidyColumn> _columns = [];
    private readonly List<Func<T, object?>> _cells = [];

    public TableBuilder<T> Column(string column, ColumnType type, string meaning, Func<T, object?> cell, bool required = false,
        IEnumerable<string>? values = null, string? references = null, string referencedColumn = "id", bool searchable = false)
    {
        _columns.Add(new TidyColumn(column, type, meaning, required, (values ?? []).ToValueArray(), references, references is null ? null : referencedColumn, searchable));
        _cells.Add(cell);
        return this;
    }

    public TableBuilder<T> Text(string column, string meaning, Func<T, string?> cell, bool required = false, bool searchable = false) =>
        Column(column, ColumnType.String, meaning, cell, required, searchable: searchable);

    public TableBuilder<T> Integer(string column, string meaning, Func<T, long?> cell, bool required = false) =>
        Column(column, ColumnType.Integer, meaning, x => cell(x), required);

    public TableBuilder<T> Flag(string column, string meaning, Func<T, bool?> cell) =>
        Column(column, ColumnType.Boolean, meaning, x => cell(x));

    public TableBuilder<T> Reference(string column, string table, string meaning, Func<T, string?> cell, bool required = false, string referencedColumn = "id") =>
        Column(column, ColumnType.String, meaning, cell, required, references: table, referencedColumn: referencedColumn);

    public TableBuilder<T> Code<TEnum>(string column, string meaning, Func<T, TEnum> cell)
        where TEnum : struct, Enum =>
        Column(column, ColumnType.String, meaning, x => Kebab.Name(cell(x)), required: true, Kebab.Names<TEnum>());

    public TableBuilder<T> Code<TEnum>(string column, string meaning, Func<T, TEnum?> cell, bool required = false)
        where TEnum : struct, Enum =>
        Column(column, ColumnType.String, meaning, x => cell(x) is { } v ? Kebab.Name(v) : null, required, Kebab.Names<TEnum>());

    public TableBuilder<T> Country(string column, string meaning, Func<T, Country?> cell, bool required = false) =>
        Reference(column, "countries", meaning + " (ISO 3166-1 alpha-2 code; SU for the Soviet Union)", x => cell(x)?.Code, required, "code");

    /// <summary>A quantity as its notation, lower and upper bound and qualifier: <c>&gt;50</c> is low 50, no high, <c>more-than</c>.</summary>
    public TableBuilder<T> Quantity(string column, string meaning, Func<T, Quantity?> cell, bool required = false) =>
        Text(column, meaning + ", in the data's notation (12, ~800, >50, >=12, <20, <=20, 5000..7000, ? for unknown)", x => cell(x)?.ToString(), required)
            .Column(column + "_low", ColumnType.Number, $"The lower bound of {column}; null when it has none (<20, ?)", x => cell(x)?.Low)
            .Column(column + "_high", ColumnType.Number, $"The upper bound of {column}; null when it has none (>50, ?)", x => cell(x)?.High)
            .Code(column + "_qualifier", $"How {column} is bounded", x => cell(x)?.Kind, required);

    /// <summary>An EDTF date as its text, the earliest and latest day it may mean, and its precision.</summary>
    public TableBuilder<T> Date(string column, string meaning, Func<T, EdtfDate?> cell, bool required = false) =>
        Text(column, meaning + ", as EDTF (2017-09-14, 2017-06, 2011/2013, 2018-02~, 2019?, 201X)", x => cell(x)?.ToString(), required)
            .Column(column + "_earliest", ColumnType.Date, $"The earliest day {column} may mean; null when open", x => cell(x)?.Earliest)
            .Column(column + "_latest", ColumnType.Date, $"The latest day {column} may mean; null when open", x => cell(x)?.Latest)
            .Code(column + "_precision", $"The precision of {column}", x => cell(x)?.Precision, required);

    /// <summary>A party (a country or an international organisation) as its raw reference, country and organisation.</summary>
    public TableBuilder<T> Party(string column, string meaning, Func<T, Party> cell) =>
        Text(column, meaning + ": a country code or an organisation id, as the data writes it", x => cell(x).Reference, required: true)
            .Country(column + "_country", "The party's country, when it is a country", x => cell(x).Country)
            .Reference(column + "_organisation_id", "organisations", "The party's organisation, when it is an organisation", x => cell(x).Organisation?.Id.Value);

    /// <summary>The columns of a declared field: one, or four for a quantity or a date, or three for a party.</summary>
    public TableBuilder<T> Field(Field field, Func<T, object> item)
    {
        object? Value(T x) => field.ValueOf(item(x));
        return field.Kind switch
        {
            FieldKind.Text => Text(field.Column, field.Description, x => (string?)Value(x), field.Required, Search.SearchFields.Reads(field)),
            FieldKind.Integer => Integer(field.Column, field.Description, x => (long?)Value(x), field.Required),
            FieldKind.Flag => Flag(field.Column, field.Description, x => (bool?)Value(x)),
            FieldKind.Code => Column(field.Column, ColumnType.String, field.Description, Value, field.Required, field.Codes),
            FieldKind.Country => Country(field.Column, field.Description, x => (Country?)Value(x), field.Required),
            FieldKind.Reference => Reference(field.ListingColumn, field.Table!, field.Description, x => ((IRecord?)Value(x))?.Id, field.Required, field.ReferencedColumn),
            FieldKind.Quantity => Quantity(field.Column, field.Description, x => (Quantity?)Value(x), field.Required),
            FieldKind.Date => Date(field.Column, field.Description, x => (EdtfDate?)Value(x), field.Required),
            FieldKind.Party => Party(field.Column, field.Description, x => (Party)Value(x)!),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "A field kind no table column describes."),
        };
    }

    public TidyTable Build(params string[] primaryKey)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var item in items)
        {
            var row = new object?[_cells.Count];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = _cells[i](item);
            }

            rows.Add(row);
        }

        return new TidyTable(name, description, collection, recordIdColumn, _columns.ToValueArray(), primaryKey.ToValueArray(), rows);
    }
}
