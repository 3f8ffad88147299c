using System.Globalization;
using BelarusForces.Values;
using NodaTime;

namespace BelarusForces.Export;

/// <summary>The type of a <see cref="TidyColumn"/>'s values; the names are Frictionless Table Schema's field types.</summary>
public enum ColumnType
{
    /// <summary>Text (<see cref="string"/>).</summary>
    String,
    /// <summary>A whole number (<see cref="long"/>).</summary>
    Integer,
    /// <summary>A decimal number (<see cref="decimal"/>).</summary>
    Number,
    /// <summary>True or false (<see cref="bool"/>).</summary>
    Boolean,
    /// <summary>A calendar day (NodaTime <see cref="LocalDate"/>), written as ISO 8601 <c>YYYY-MM-DD</c>.</summary>
    Date,
}

/// <summary>One column of a <see cref="TidyTable"/>: its name, type, meaning and constraints.</summary>
public sealed class TidyColumn
{
    internal TidyColumn(string name, ColumnType type, string description, bool required, ValueArray<string> values, string? referencedTable, string? referencedColumn, bool searchable = false)
    {
        Searchable = searchable;
        Name = name;
        Type = type;
        Description = description;
        Required = required;
        Values = values;
        ReferencedTable = referencedTable;
        ReferencedColumn = referencedColumn;
    }

    /// <summary>The column's <c>snake_case</c> name, such as <c>equipment_id</c>.</summary>
    public string Name { get; }

    /// <summary>The type of its values.</summary>
    public ColumnType Type { get; }

    /// <summary>What the column holds, in a sentence.</summary>
    public string Description { get; }

    /// <summary>Whether every row has a value (never null).</summary>
    public bool Required { get; }

    /// <summary>The values allowed, for a column of codes such as a status; empty when any value of the type is allowed.</summary>
    public ValueArray<string> Values { get; }

    /// <summary>The table this column refers into (a foreign key), such as <c>equipment</c>; null when it is not a reference.</summary>
    public string? ReferencedTable { get; }

    /// <summary>The column of <see cref="ReferencedTable"/> that this column's values are found in, such as <c>id</c>.</summary>
    public string? ReferencedColumn { get; }

    /// <summary>
    /// Whether the library's search (<see cref="BelarusForcesDataset.Search"/>) reads this column's text: a name, an
    /// alias, a title, a note, a hedge, a quote, a headline, or another field declared searchable. The SQLite export's
    /// full-text tables index these columns.
    /// </summary>
    public bool Searchable { get; }

    /// <summary>The name and type.</summary>
    /// <returns>A line such as <c>equipment_id (string)</c>.</returns>
    public override string ToString() => $"{Name} ({Type.ToString().ToLowerInvariant()})";
}

/// <summary>
/// A tidy table of the dataset: one row per fact and one value per cell, so that SQL, pandas, R and spreadsheets
/// work with it as it is. Every export (CSV, JSON Lines, the Frictionless Data Package, SQLite) is written from these
/// tables; <see cref="TidyTables.Build"/> makes them.
/// </summary>
public sealed class TidyTable
{
    internal TidyTable(string name, string description, string? collection, string? recordIdColumn, ValueArray<TidyColumn> columns, ValueArray<string> primaryKey, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        Name = name;
        Description = description;
        Collection = collection;
        RecordIdColumn = recordIdColumn;
        Columns = columns;
        PrimaryKey = primaryKey;
        Rows = rows;
    }

    /// <summary>The table's <c>snake_case</c> name, such as <c>procurement_batches</c>.</summary>
    public string Name { get; }

    /// <summary>What one row of the table is.</summary>
    public string Description { get; }

    /// <summary>The collection whose records the rows describe (<c>procurements</c> for <c>procurement_batches</c>); null for tables of no one collection.</summary>
    public string? Collection { get; }

    /// <summary>The column that holds the id of the record in <see cref="Collection"/> a row belongs to (<c>id</c>, <c>procurement_id</c>); null with it.</summary>
    public string? RecordIdColumn { get; }

    /// <summary>The columns, in order.</summary>
    public ValueArray<TidyColumn> Columns { get; }

    /// <summary>The columns whose values together identify a row.</summary>
    public ValueArray<string> PrimaryKey { get; }

    /// <summary>
    /// The rows; each cell is null or a value of its column's type: <see cref="string"/>, <see cref="long"/>,
    /// <see cref="decimal"/>, <see cref="bool"/> or <see cref="LocalDate"/>.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    /// <summary>The index of the column named <paramref name="column"/>, or -1.</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>Its position in <see cref="Columns"/>.</returns>
    public int IndexOf(string column)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A cell's value as text, the way CSV and JSON write it: numbers in invariant notation, <c>true</c>/<c>false</c>,
    /// dates as <c>YYYY-MM-DD</c>; null stays null.
    /// </summary>
    /// <param name="value">A cell of <see cref="Rows"/>.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        LocalDate date => FormatDate(date),
        _ => throw new ArgumentException($"a tidy table holds no values of type {value.GetType().Name}", nameof(value)),
    };

    // By hand, not with NodaTime's patterns, which would add their text machinery to the NativeAOT tool for one format.
    private static string FormatDate(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    /// <summary>The name and the number of rows.</summary>
    /// <returns>A line such as <c>procurement_batches: 80 rows</c>.</returns>
    public override string ToString() => $"{Name}: {Rows.Count} rows";
}
