using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Data;

/// <summary>What kind of value a <see cref="Field"/> holds, which decides how every view shows it.</summary>
internal enum FieldKind
{
    /// <summary>Free text (<see cref="string"/>).</summary>
    Text,

    /// <summary>A whole number (<see cref="long"/>).</summary>
    Integer,

    /// <summary>One of a fixed set of kebab-case codes (<see cref="string"/>), listed in <see cref="Field.Codes"/>.</summary>
    Code,

    /// <summary>A <see cref="Values.Country"/>.</summary>
    Country,

    /// <summary>Another record (<see cref="IRecord"/>) of the collection named by <see cref="Field.Table"/>.</summary>
    Reference,

    /// <summary>A <see cref="Values.Quantity"/>.</summary>
    Quantity,

    /// <summary>An <see cref="EdtfDate"/>.</summary>
    Date,

    /// <summary>Yes, no or not stated (<see cref="bool"/>).</summary>
    Flag,

    /// <summary>A <see cref="Model.Party"/>: a country or an organisation.</summary>
    Party,
}

/// <summary>
/// One field of a collection, declared once: its column name, the words a page uses for it, what it means, its kind
/// and how to read it from a record. The tidy tables (and so every export and the codebook), the CLI listings and
/// <c>show</c>, the explorer's pages, the back-references and search all read these declarations.
/// </summary>
internal sealed class Field(string column, string label, string description, FieldKind kind, Func<object, object?> value, bool required,
    ValueArray<string> codes, string? table, string referencedColumn, bool listed, bool searchable)
{
    /// <summary>The <c>snake_case</c> column name, such as <c>supplier_share</c>; quantities and dates add suffixed columns to it.</summary>
    public string Column { get; } = column;

    /// <summary>The field in words, as a page or <c>show</c> labels it, such as <c>supplier share</c>.</summary>
    public string Label { get; } = label;

    /// <summary>What the field holds, in a sentence.</summary>
    public string Description { get; } = description;

    /// <summary>The kind of value.</summary>
    public FieldKind Kind { get; } = kind;

    /// <summary>Whether every item has a value.</summary>
    public bool Required { get; } = required;

    /// <summary>The codes allowed, for <see cref="FieldKind.Code"/>.</summary>
    public ValueArray<string> Codes { get; } = codes;

    /// <summary>The table a <see cref="FieldKind.Reference"/> points into, such as <c>equipment</c>.</summary>
    public string? Table { get; } = table;

    /// <summary>The column of <see cref="Table"/> a reference's values are found in (<c>id</c>, or <c>key</c> for the records table).</summary>
    public string ReferencedColumn { get; } = referencedColumn;

    /// <summary>Whether the CLI listing of the collection shows the field.</summary>
    public bool Listed { get; } = listed;

    /// <summary>Whether search reads the field's text (names, titles, notes and quotes are always read).</summary>
    public bool Searchable { get; } = searchable;

    /// <summary>Reads the field of an item: a string, long, bool, <see cref="Values.Country"/>, <see cref="IRecord"/>, <see cref="Values.Quantity"/>, <see cref="EdtfDate"/> or <see cref="Model.Party"/> by <see cref="Kind"/>; null when not stated.</summary>
    public object? ValueOf(object item) => value(item);

    /// <summary>The value as plain text, as listings and CSV cells write it: codes, ids, EDTF and the quantity notation.</summary>
    public string? TextOf(object item) => ValueOf(item) switch
    {
        null => null,
        string s => s,
        long n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Values.Country c => c.Code,
        IRecord r => r.Id,
        Values.Quantity q => q.ToString(),
        EdtfDate d => d.ToString(),
        Model.Party p => p.Reference,
        var other => throw new InvalidOperationException($"Field {Column} holds a {other.GetType().Name}, which no field kind describes."),
    };

    /// <summary>Whether the field is a claim's status, hedge or note, which pages and listings show with the evidence rather than as a value.</summary>
    public bool DescribesClaim => Column is "claim" or "hedge" or "note";

    /// <summary>Whether the field is what the record is called (a name, an event's title, a headline): pages and listings show it as the record's title, not as a field.</summary>
    public bool IsTitle => Column is "name" or "title" or "headline";

    /// <summary>The column name in listings: a reference's column names the id it holds (<c>equipment_id</c>).</summary>
    public string ListingColumn => Kind == FieldKind.Reference ? Column + "_id" : Column;
}

/// <summary>A nested list of a collection (a procurement's batches, a person's posts): its own tidy table and page table.</summary>
internal sealed class NestedList(string member, string table, string label, string description, string parentColumn, Func<object, IReadOnlyList<object>> items,
    IReadOnlyList<Field> fields, bool itemsAreClaims, bool listed)
{
    /// <summary>The document's member that holds the list, as the data file names it, such as <c>batches</c>.</summary>
    public string Member { get; } = member;

    /// <summary>The member's name in snake_case, as search hits and back-references name the field: <c>observers_invited</c>.</summary>
    public string Column { get; } = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(member);

    /// <summary>The tidy table's name, such as <c>procurement_batches</c>.</summary>
    public string Table { get; } = table;

    /// <summary>The list's caption on a page, such as <c>Deliveries</c>.</summary>
    public string Label { get; } = label;

    /// <summary>What a row is, in a sentence.</summary>
    public string Description { get; } = description;

    /// <summary>The column that holds the parent record's id, such as <c>procurement_id</c>.</summary>
    public string ParentColumn { get; } = parentColumn;

    /// <summary>The fields of one item.</summary>
    public IReadOnlyList<Field> Fields { get; } = fields;

    /// <summary>Whether each item is a claim with its own status, hedge, note and quotes (a list of other records, such as an event's units, is not).</summary>
    public bool ItemsAreClaims { get; } = itemsAreClaims;

    /// <summary>Whether the explorer's listing of the collection shows the items, joined in one column.</summary>
    public bool Listed { get; } = listed;

    /// <summary>The items of a record.</summary>
    public IReadOnlyList<object> ItemsOf(object record) => items(record);
}

/// <summary>Declares the fields of one collection (or of one nested list), in order, with a line per field.</summary>
internal sealed class FieldList<T>
{
    private readonly List<Field> _fields = [];
    private readonly List<NestedList> _lists = [];

    /// <summary>The fields, in declaration order.</summary>
    public IReadOnlyList<Field> Fields => _fields;

    /// <summary>The nested lists, each a table of its own.</summary>
    public IReadOnlyList<NestedList> Lists => _lists;

    private FieldList<T> Add(string column, string? label, string description, FieldKind kind, Func<T, object?> value, bool required = false,
        IEnumerable<string>? codes = null, string? table = null, string referencedColumn = "id", bool listed = false, bool searchable = false)
    {
        _fields.Add(new Field(column, label ?? column.Replace('_', ' '), description, kind, x => value((T)x!), required, (codes ?? []).ToValueArray(), table, referencedColumn, listed, searchable));
        return this;
    }

    public FieldList<T> Text(string column, string description, Func<T, string?> value, bool required = false, bool listed = false, bool searchable = false, string? label = null) =>
        Add(column, label, description, FieldKind.Text, value, required, listed: listed, searchable: searchable);

    public FieldList<T> Integer(string column, string description, Func<T, long?> value, bool required = false, string? label = null) =>
        Add(column, label, description, FieldKind.Integer, x => value(x), required);

    public FieldList<T> Flag(string column, string description, Func<T, bool?> value, bool listed = false, string? label = null) =>
        Add(column, label, description, FieldKind.Flag, x => value(x), listed: listed);

    public FieldList<T> Code<TEnum>(string column, string description, Func<T, TEnum?> value, bool required = false, bool listed = false, string? label = null)
        where TEnum : struct, Enum =>
        Add(column, label, description, FieldKind.Code, x => value(x) is { } v ? Kebab.Name(v) : null, required, Kebab.Names<TEnum>(), listed: listed);

    public FieldList<T> Code<TEnum>(string column, string description, Func<T, TEnum> value, bool listed = false, string? label = null)
        where TEnum : struct, Enum =>
        Add(column, label, description, FieldKind.Code, x => Kebab.Name(value(x)), required: true, Kebab.Names<TEnum>(), listed: listed);

    public FieldList<T> Country(string column, string description, Func<T, Country?> value, bool required = false, bool listed = false, string? label = null) =>
        Add(column, label, description, FieldKind.Country, x => value(x), required, listed: listed);

    /// <summary>A reference to another record; its column is <paramref name="column"/> + <c>_id</c> in the tables.</summary>
    public FieldList<T> Reference(string column, string table, string description, Func<T, IRecord?> value, bool required = false, bool listed = false, string? label = null) =>
        Add(column, label, description, FieldKind.Reference, value, required, table: table, listed: listed);

    public FieldList<T> Quantity(string column, string description, Func<T, Quantity?> value, bool required = false, bool listed = false, string? label = null) =>
        Add(column, label, description, FieldKind.Quantity, x => value(x), required, listed: listed);

    public FieldList<T> Date(string column, string description, Func<T, EdtfDate?> value, bool required = false, bool listed = false, string? label = null) =>
        Add(column, label, description, FieldKind.Date, x => value(x), required, listed: listed);

    public FieldList<T> Party(string column, string description, Func<T, Party?> value, bool required = false, bool listed = false, string? label = null) =>
        Add(column, label, description, FieldKind.Party, value, required, listed: listed);

    /// <summary>How a fact is claimed, the source's hedge and the curator's note: the fields every claim has.</summary>
    public FieldList<T> Claim(bool listed = true) =>
        Code("claim", "How the source presents the fact", x => ((IClaim)x!).Claim, listed: listed)
            .Text("hedge", "The source's own hedging words, verbatim (\"most probably\", \"allegedly\")", x => ((IClaim)x!).Hedge)
            .Note(x => ((Claimed)(object)x!).Note);

    public FieldList<T> Note(Func<T, string?> value) => Text("note", "A curator's note, not a quote", value);

    /// <summary>A nested list that becomes a table of its own, one row per item.</summary>
    public FieldList<T> List<TItem>(string member, string table, string label, string description, string parentColumn, Func<T, IReadOnlyList<TItem>> items, Action<FieldList<TItem>> fields,
        bool listed = false)
    {
        var itemFields = new FieldList<TItem>();
        fields(itemFields);
        _lists.Add(new NestedList(member, table, label, description, parentColumn, x => [.. items((T)x).Select(i => (object)i!)], itemFields.Fields, 
            typeof(IClaim).IsAssignableFrom(typeof(TItem)) && !typeof(IRecord).IsAssignableFrom(typeof(TItem)), listed));
        return this;
    }
}
