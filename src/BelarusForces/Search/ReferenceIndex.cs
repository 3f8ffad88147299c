using System.Collections.Immutable;
using BelarusForces.Data;
using BelarusForces.Model;

namespace BelarusForces.Search;

/// <summary>For every record, the records that point at it; for every source, the records that cite it.</summary>
internal sealed class ReferenceIndex
{
    // Names shorter than this (folded) would be found inside too many unrelated texts to count as mentions.
    private const int MinMentionLength = 4;

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

        void AddParties(IEnumerable<Party> parties, IRecord from, string field)
        {
            foreach (var party in parties)
            {
                Add(party.Organisation, from, field);
            }
        }

        foreach (var u in data.Units)
        {
            Add(u.Parent, u, "parent");
        }

        foreach (var o in data.Organisations)
        {
            Add(o.Parent, o, "parent");
        }

        foreach (var e in data.Equipment)
        {
            Add(e.Manufacturer, e, "manufacturer");
            Add(e.VariantOf, e, "variant_of");
        }

        foreach (var i in data.Inventory)
        {
            Add(i.Holder, i, "holder");
            Add(i.Equipment, i, "equipment");
        }

        foreach (var p in data.Procurements)
        {
            Add(p.Equipment, p, "equipment");
            Add(p.SupplierOrganisation, p, "supplier_organisation");
            Add(p.RecipientUnit, p, "recipient_unit");
        }

        foreach (var x in data.Exercises)
        {
            AddParties(x.Participants, x, "participants");
            AddParties(x.ObserversInvited, x, "observers_invited");
        }

        foreach (var person in data.People)
        {
            foreach (var post in person.Posts)
            {
                Add(post.Unit, person, "posts");
                Add(post.Organisation, person, "posts");
            }
        }

        foreach (var a in data.Agreements)
        {
            AddParties(a.Parties, a, "parties");
        }

        foreach (var e in data.Events)
        {
            foreach (var u in e.Units)
            {
                Add(u, e, "units");
            }

            foreach (var t in e.Equipment)
            {
                Add(t, e, "equipment");
            }

            foreach (var s in e.Sites)
            {
                Add(s, e, "sites");
            }

            AddParties(e.Parties, e, "parties");
        }

        foreach (var i in data.Indicators)
        {
            Add(i.Subject.Organisation, i, "subject");
            Add(i.SubjectUnit, i, "subject_unit");
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
            foreach (var name in named.Aliases.Prepend(named.Name).Where(n => NameIndex.Normalize(n).Length >= MinMentionLength))
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
            var sources = SearchFields.Claims(record).SelectMany(c => c.Evidence).Concat(record.Evidence).Select(e => e.Source).Distinct((IEqualityComparer<Source>)ReferenceEqualityComparer.Instance);
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
