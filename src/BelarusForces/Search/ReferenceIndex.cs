using System.Collections.Immutable;
using BelarusForces.Data;
using BelarusForces.Model;

namespace BelarusForces.Search;

/// <summary>For every record, the records that point at it; for every source, the records that cite it.</summary>
internal sealed class ReferenceIndex
{
    // Names shorter than this (folded) would be found inside too many unrelated texts to count as mentions; a person's
    // surname (Zas) is shorter.
    private const int MinMentionLength = 4;
    private const int MinPersonMentionLength = 3;

    private readonly Dictionary<IRecord, ImmutableArray<RecordReference>> _to;
    private readonly Dictionary<Source, ImmutableArray<RecordReference>> _citing;

    public ReferenceIndex(BelarusForcesDataset data, SearchIndex text)
    {
        var to = new Dictionary<IRecord, (List<RecordReference> List, HashSet<IRecord> From)>(ReferenceEqualityComparer.Instance);

        void Add(IRecord? target, IRecord from, string field)
        {
            if (target is null || ReferenceEquals(target, from))
            {
                return;
            }

            if (!to.TryGetValue(target, out var entry))
            {
                to[target] = entry = ([], new HashSet<IRecord>(ReferenceEqualityComparer.Instance));
            }

            if (entry.From.Add(from))
            {
                entry.List.Add(new RecordReference(from, field));
            }
        }

        // What a field points at: a record, or a party's organisation.
        void AddValue(object? value, IRecord from, string field) => Add(value switch
        {
            IRecord record => record,
            Party party => party.Organisation,
            _ => null,
        }, from, field);

        // Every reference and party field the collections declare, in their own fields and in their nested lists.
        foreach (var collection in Collections.All.Skip(1))
        {
            var pointing = collection.Fields.Where(f => f.Kind is FieldKind.Reference or FieldKind.Party).ToArray();
            var lists = collection.Lists.Select(l => (List: l, Name: l.Column, Fields: l.Fields.Where(f => f.Kind is FieldKind.Reference or FieldKind.Party).ToArray()))
                .Where(l => l.Fields.Length > 0).ToArray();
            foreach (var record in data.RecordsIn(collection).Cast<IRecord>())
            {
                foreach (var field in pointing)
                {
                    AddValue(field.ValueOf(record), record, field.Column);
                }

                foreach (var (list, name, fields) in lists)
                {
                    foreach (var item in list.ItemsOf(record))
                    {
                        foreach (var field in fields)
                        {
                            AddValue(field.ValueOf(item), record, name);
                        }
                    }
                }
            }
        }

        foreach (var record in data.AllRecords())
        {
            foreach (var relation in data.RelationsOf(record))
            {
                Add(relation.Record, record, "relations");
            }
        }

        // Last, so that a record that both points at another and names it is listed by its field.
        foreach (var named in data.AllRecords().OfType<INamedRecord>())
        {
            int shortest = named is Person ? MinPersonMentionLength : MinMentionLength;
            foreach (var name in named.Aliases.Prepend(named.Name).Where(n => NameFolding.Normalize(n).Length >= shortest))
            {
                foreach (var owner in text.OwnersWithPhrase(name))
                {
                    if (owner.Record is { } from)
                    {
                        Add(named, from, "mentions");
                    }
                }
            }
        }

        _to = to.ToDictionary(p => p.Key, p => p.Value.List.ToImmutableArray(), (IEqualityComparer<IRecord>)ReferenceEqualityComparer.Instance);

        var citing = new Dictionary<Source, List<RecordReference>>(ReferenceEqualityComparer.Instance);
        foreach (var record in data.AllRecords())
        {
            var sources = record.Claims.SelectMany(c => c.Evidence).Concat(record.Evidence).Select(e => e.Source).Distinct((IEqualityComparer<Source>)ReferenceEqualityComparer.Instance);
            foreach (var source in sources)
            {
                if (!citing.TryGetValue(source, out var list))
                {
                    citing[source] = list = [];
                }

                list.Add(new RecordReference(record, "evidence"));
            }
        }

        _citing = citing.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray(), (IEqualityComparer<Source>)ReferenceEqualityComparer.Instance);
    }

    public ImmutableArray<RecordReference> To(IRecord record) => _to.GetValueOrDefault(record, []);

    public ImmutableArray<RecordReference> Citing(Source source) => _citing.GetValueOrDefault(source, []);
}
