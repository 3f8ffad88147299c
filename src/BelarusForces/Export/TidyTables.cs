using BelarusForces.Data;
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
        var tables = new List<TidyTable> { Countries(), Records(data) };
        foreach (var collection in Collections.All)
        {
            tables.AddRange(Tables(collection, data.RecordsIn(collection)));
        }

        tables.Add(Aliases(data));
        tables.Add(Relations(data));
        tables.Add(Derivations(data));
        tables.Add(Evidence(data));
        return tables;
    }

    private static TidyTable Countries() =>
        new TableBuilder<string>("countries", "A country: its ISO 3166-1 alpha-2 code and English name (every code the data may use).", Country.Codes.Order(StringComparer.Ordinal))
            .Text("code", "The ISO 3166-1 alpha-2 code; SU for the Soviet Union", c => c, required: true)
            .Text("name", "The country's English name", c => Country.Parse(c).Name, required: true)
            .Build("code");

    private static TidyTable Records(BelarusForcesDataset data) =>
        new TableBuilder<IRecord>("records", "Every record of every collection, by its citation key: what aliases and evidence refer to.", data.AllRecords())
            .Text("key", "The citation key, collection/id", r => r.CitationKey, required: true)
            .Column("collection", ColumnType.String, "The collection", r => r.Collection, required: true, values: DatasetExport.Collections.Skip(1))
            .Text("id", "The record's id within its collection", r => r.Id, required: true)
            .Text("name", "The record's name, an event's title, or a line that says what it is (acquisition of Su-30SM from Russia)", r => r.Title, required: true)
            .Build("key");

    // A collection's table, with a column per declared field, then a table per nested list.
    private static IEnumerable<TidyTable> Tables(Collection collection, IReadOnlyList<object> records)
    {
        var idDescription = $"The id of the {collection.Name} record";
        // Sources are articles, not records: no citation key names them.
        var recordCollection = collection == Collections.Sources ? null : collection.Name;
        var main = new TableBuilder<object>(collection.Name, collection.Description, records, recordCollection, recordCollection is null ? null : "id")
            .Text("id", idDescription, collection.IdOfRecord, required: true);
        foreach (var field in collection.Fields)
        {
            main.Field(field, r => r);
        }

        yield return main.Build("id");
        foreach (var list in collection.Lists)
        {
            var rows = records.SelectMany(r => list.ItemsOf(r).Select((item, i) => new Child<object, object>(r, item, i + 1)));
            var table = new TableBuilder<Child<object, object>>(list.Table, list.Description, rows, collection.Name, list.ParentColumn)
                .Reference(list.ParentColumn, collection.Name, $"The {collection.Name} record the row belongs to", c => collection.IdOfRecord(c.Parent), required: true)
                .Integer("item", "The row's place in its record's list (1-based)", c => c.Number, required: true);
            foreach (var field in list.Fields)
            {
                table.Field(field, c => c.Item);
            }

            yield return table.Build(list.ParentColumn, "item");
        }
    }

    private static TidyTable Aliases(BelarusForcesDataset data) =>
        new TableBuilder<Child<INamedRecord, string>>("aliases", "Another spelling or transliteration of a record's name (Raŭkoŭ, Ravkov).",
                data.AllRecords().OfType<INamedRecord>().SelectMany(r => r.Aliases.Select((a, i) => new Child<INamedRecord, string>(r, a, i + 1))))
            .Reference("record_key", "records", "The record, by citation key", c => c.Parent.CitationKey, required: true, referencedColumn: "key")
            .Integer("item", "The alias's place in the record's list (1-based)", c => c.Number, required: true)
            .Text("alias", "The spelling", c => c.Item, required: true, searchable: true)
            .Build("record_key", "item");

    private static TidyTable Relations(BelarusForcesDataset data) =>
        new TableBuilder<Child<IRecord, Relation>>("relations", "A typed link from a record to another: a later report of the same thing (updates), a source that disagrees (contradicts), a part of a whole (part-of).",
                data.AllRecords().SelectMany(r => data.RelationsOf(r).Select((relation, i) => new Child<IRecord, Relation>(r, relation, i + 1))))
            .Reference("record_key", "records", "The record, by citation key", c => c.Parent.CitationKey, required: true, referencedColumn: "key")
            .Integer("item", "The relation's place in the record's list (1-based)", c => c.Number, required: true)
            .Column("kind", ColumnType.String, "How the record relates to the other", c => Kebab.Name(c.Item.Kind), required: true, values: Kebab.Names<RelationKind>())
            .Reference("other_key", "records", "The other record, by citation key", c => c.Item.Key, required: true, referencedColumn: "key")
            .Build("record_key", "item");

    private static TidyTable Derivations(BelarusForcesDataset data) =>
        new TableBuilder<Child<IRecord, Derivation>>("derivations", "How a value that no quote states word for word follows from the record's quotes (a date resolved against the article's date, a country named by its capital).",
                data.AllRecords().SelectMany(r => data.DerivationsOf(r).Select((derivation, i) => new Child<IRecord, Derivation>(r, derivation, i + 1))))
            .Reference("record_key", "records", "The record, by citation key", c => c.Parent.CitationKey, required: true, referencedColumn: "key")
            .Integer("item", "The derivation's place in the record's list (1-based)", c => c.Number, required: true)
            .Text("field", "The field whose value is derived, as the data file names it", c => c.Item.Field, required: true)
            .Text("reason", "How the value follows from the quotes", c => c.Item.Reason, required: true)
            .Build("record_key", "item");

    private static TidyTable Evidence(BelarusForcesDataset data)
    {
        var rows = new List<EvidenceRow>();
        foreach (var collection in Collections.All.Skip(1))
        {
            foreach (var record in data.RecordsIn(collection).Cast<IRecord>())
            {
                Add(record, null, null, record.Evidence);
                foreach (var list in collection.Lists.Where(l => l.ItemsAreClaims))
                {
                    var items = list.ItemsOf(record);
                    for (int i = 0; i < items.Count; i++)
                    {
                        Add(record, list.Table, i + 1, ((IClaim)items[i]).Evidence);
                    }
                }
            }
        }

        return new TableBuilder<EvidenceRow>("evidence", "A verbatim quote from a source that backs a record, or one item of a record's nested list.", rows)
            .Integer("evidence_id", "The quote's number in this table (1-based)", e => e.Number, required: true)
            .Reference("record_key", "records", "The record the quote backs, by citation key", e => e.RecordKey, required: true, referencedColumn: "key")
            .Column("part", ColumnType.String, "The nested table whose item the quote backs (procurement_batches, ...); null when it backs the record itself",
                e => e.Part, values: Collections.All.SelectMany(c => c.Lists).Where(l => l.ItemsAreClaims).Select(l => l.Table))
            .Integer("part_item", "The item of part the quote backs: its item column there; null with part", e => e.PartItem)
            .Reference("source_id", "sources", "The article the quote comes from", e => e.Evidence.Source.Id.Value, required: true)
            .Text("quote", "The quote, character for character as in the seed text", e => e.Evidence.Quote, required: true, searchable: true)
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

    private readonly record struct EvidenceRow(long Number, string RecordKey, string? Part, long? PartItem, Evidence Evidence);
}
