using System.Collections.Immutable;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Queries;

/// <summary>
/// One equipment type that a unit (or its subunits) holds or received, with the records that say so.
/// </summary>
public sealed record UnitEquipment
{
    /// <summary>The equipment type.</summary>
    public required EquipmentType Equipment { get; init; }

    /// <summary>The country that designed it, if known.</summary>
    public Country? Origin => Equipment.Origin;

    /// <summary>The units of the tree that hold or received it.</summary>
    public required ValueArray<Unit> Holders { get; init; }

    /// <summary>The earliest date the records give for it being there (arrival or observation), if any is dated.</summary>
    public EdtfDate? Since { get; init; }

    /// <summary>The inventory observations and deliveries that place the equipment with the unit.</summary>
    public required ValueArray<IRecord> Records { get; init; }

    /// <summary>Every quote behind <see cref="Records"/>.</summary>
    public ValueArray<Evidence> Evidence => Records.SelectMany(r => r.Evidence).DistinctBy(e => (e.Source.Id, e.Quote)).ToValueArray();

    /// <summary>The equipment, its origin and since when.</summary>
    /// <returns>A line such as <c>CS/VN3 (CN) since 2017</c>.</returns>
    public override string ToString() => $"{Equipment.Name} ({Origin?.Code ?? "?"}) since {Since?.ToString() ?? "undated"}";
}

/// <summary>Answers "what does this unit hold" from indexes built once at load.</summary>
internal sealed class UnitEquipmentIndex
{
    private readonly ILookup<Id<Unit>, InventoryObservation> _inventory;
    private readonly ILookup<Id<Unit>, Procurement> _received;
    private readonly ILookup<Id<Unit>, Unit> _children;

    // The answer for every date, per unit and subunit choice, made on first use; with the latest date that any of its
    // records carries, so that a query "as of" a later day is answered from it without grouping again. The answer is a
    // class, not a tuple: a generic instantiation over a tuple holding a LocalDate makes NativeAOT keep NodaTime's
    // reflection metadata for LocalDate, and with it all of NodaTime's text patterns (a quarter of a megabyte).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Id<Unit>, bool), Answer> _answers = new();

    public UnitEquipmentIndex(ImmutableArray<Unit> units, ImmutableArray<InventoryObservation> inventory, ImmutableArray<Procurement> procurements)
    {
        _inventory = inventory.ToLookup(i => i.HolderId);
        _received = procurements
            .Where(p => p.RecipientUnit is not null && p.Status is ProcurementStatus.Delivered or ProcurementStatus.Delivering or ProcurementStatus.Completed)
            .ToLookup(p => p.RecipientUnitId!.Value);
        _children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
    }

    public IEnumerable<Unit> SubunitsOf(Unit unit) => _children[unit.Id];

    public ImmutableArray<UnitEquipment> EquipmentOf(Unit unit, NodaTime.LocalDate? asOf, bool includeSubunits)
    {
        var answer = _answers.GetOrAdd((unit.Id, includeSubunits), _ => Compute(unit, null, includeSubunits));
        return asOf is null || (answer.Latest is { } l && l <= asOf) ? answer.All : Compute(unit, asOf, includeSubunits).All;
    }

    private Answer Compute(Unit unit, NodaTime.LocalDate? asOf, bool includeSubunits)
    {
        var tree = includeSubunits ? Descendants(unit).Prepend(unit).ToList() : [unit];
        var entries = new List<(EquipmentType Equipment, Unit Holder, EdtfDate? Date, IRecord Record)>();
        foreach (var holder in tree)
        {
            entries.AddRange(_inventory[holder.Id].Select(i => (i.Equipment, holder, i.Date, (IRecord)i)));
            entries.AddRange(_received[holder.Id].Select(p => (p.Equipment, holder, p.FirstDelivery ?? p.Ordered, (IRecord)p)));
        }

        NodaTime.LocalDate? latest = null;
        foreach (var e in entries)
        {
            if (e.Date?.Earliest is { } day && (latest is null || day > latest))
            {
                latest = day;
            }
        }

        var answer = entries
            .Where(e => asOf is null || e.Date?.Earliest is null || e.Date.Value.Earliest <= asOf)
            .GroupBy(e => e.Equipment.Id)
            .Select(g => new UnitEquipment
            {
                Equipment = g.First().Equipment,
                Holders = g.Select(e => e.Holder).DistinctBy(u => u.Id).ToValueArray(),
                Since = g.Select(e => e.Date).Min(),
                Records = g.Select(e => e.Record).DistinctBy(r => r.CitationKey).ToValueArray(),
            })
            .OrderBy(e => e.Since).ThenBy(e => e.Equipment.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        return new Answer(answer, latest);
    }

    private IEnumerable<Unit> Descendants(Unit unit) => _children[unit.Id].SelectMany(c => Descendants(c).Prepend(c));

    private sealed class Answer(ImmutableArray<UnitEquipment> all, NodaTime.LocalDate? latest)
    {
        public ImmutableArray<UnitEquipment> All { get; } = all;

        public NodaTime.LocalDate? Latest { get; } = latest;
    }
}
