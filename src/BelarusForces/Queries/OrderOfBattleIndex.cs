using BelarusForces.Model;
using BelarusForces.Search;
using BelarusForces.Values;
using NodaTime;

namespace BelarusForces.Queries;

/// <summary>Builds orders of battle from lookups made once per dataset: subunits, posts, inventory and deliveries per unit.</summary>
internal sealed class OrderOfBattleIndex
{
    private readonly IReadOnlyList<Unit> _units;
    private readonly ILookup<Id<Unit>, Unit> _children;
    private readonly ILookup<Id<Unit>, PostHolding> _posts;
    private readonly ILookup<Id<Unit>, InventoryObservation> _inventory;
    private readonly ILookup<Id<Unit>, Procurement> _received;

    public OrderOfBattleIndex(IReadOnlyList<Unit> units, IEnumerable<Person> people, IEnumerable<InventoryObservation> inventory, IEnumerable<Procurement> procurements)
    {
        _units = units;
        _children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
        _posts = people.SelectMany(p => p.Posts.Where(post => post.UnitId is not null).Select(post => new PostHolding(p, post))).ToLookup(h => h.Post.UnitId!.Value);
        _inventory = inventory.ToLookup(i => i.HolderId);
        _received = procurements.Where(p => p.RecipientUnitId is not null && p.Batches.Count > 0).ToLookup(p => p.RecipientUnitId!.Value);
    }

    // The forces of Belarus: its units whose parent is not a Belarusian unit are the roots.
    public IEnumerable<Unit> BelarusianRoots => _units.Where(u => u.Country == Country.Belarus && u.Parent?.Country != Country.Belarus);

    public OrderOfBattle Build(EdtfDate asOf, DateMatch match, IEnumerable<Unit> roots)
    {
        var day = asOf.Latest ?? throw new ArgumentException($"'{asOf}' has an open end; an order of battle needs a date such as 2017, 2017-12 or 2017-12-31.", nameof(asOf));
        var builder = new Builder(this, day, match);
        return new OrderOfBattle(asOf, day, match, roots.Select(r => builder.Unit(r, 0)).OfType<OrderOfBattleUnit>().ToValueArray());
    }

    private sealed class Builder(OrderOfBattleIndex index, LocalDate day, DateMatch match)
    {
        private readonly int _dayKey = (day.Year * 10000) + (day.Month * 100) + day.Day;

        public OrderOfBattleUnit? Unit(Unit unit, int depth)
        {
            if (unit.Established is { } established && !Counts(established))
            {
                return null;
            }

            var strength = unit.Strength.Where(s => Counts(s.Date)).MaxBy(s => s.Date);
            var posts = index._posts[unit.Id]
                .Where(h => h.Post.Date is not { } d ? match == DateMatch.MayInclude : Counts(d))
                .GroupBy(h => (h.Person.Id, h.Post.Title))
                .Select(g => Latest(g, h => h.Post.Date))
                .OrderByDescending(h => h.Post.Date).ThenBy(h => h.Person.Name, StringComparer.Ordinal)
                .Select(PostLine)
                .ToValueArray();
            var inventory = index._inventory[unit.Id]
                .Where(i => i.Date is not { } d ? match == DateMatch.MayInclude : Counts(d))
                .GroupBy(i => i.EquipmentId)
                .Select(g => Latest(g, i => i.Date))
                .OrderBy(i => SortKey(i.Date)).ThenBy(i => i.Equipment.Name, StringComparer.Ordinal)
                .Select(InventoryLine);
            var deliveries = index._received[unit.Id]
                .SelectMany(p => p.Batches.Select((b, n) => (Procurement: p, Batch: b, Number: n)))
                .Where(d => d.Batch.Delivered is not { } date ? match == DateMatch.MayInclude : Counts(date))
                .OrderBy(d => SortKey(d.Batch.Delivered)).ThenBy(d => d.Procurement.Equipment.Name, StringComparer.Ordinal)
                .Select(d => DeliveryLine(d.Procurement, d.Batch, d.Number));
            var equipment = inventory.Concat(deliveries).ToValueArray();

            return new OrderOfBattleUnit
            {
                Unit = unit,
                Line = Line(OrderOfBattleLineKind.Unit, "unit", $"{unit.Name} ({Data.Kebab.Name(unit.Kind)})", unit.Established, unit, unit, unit.Evidence),
                CertainlyEstablished = unit.Established?.IsCertainlyOnOrBefore(day) ?? false,
                Depth = depth,
                Strength = strength is null ? null : Line(OrderOfBattleLineKind.Strength, "strength", strength.Personnel.Describe() + " personnel", strength.Date, unit, strength, strength.Evidence) with { Quantity = strength.Personnel },
                Posts = posts,
                Equipment = equipment,
                Unknowns = Unknowns(unit, strength, posts, equipment),
                Subunits = index._children[unit.Id].Select(c => Unit(c, depth + 1)).OfType<OrderOfBattleUnit>().ToValueArray(),
            };
        }

        // A date counts when it may be (MayInclude) or certainly is (CertainlyWithin) on or before the day; an open
        // start is read as the known end, as DateFilter reads it.
        private bool Counts(EdtfDate date)
        {
            if (match == DateMatch.CertainlyWithin)
            {
                return date.LatestKey != 0 && date.LatestKey <= _dayKey;
            }

            int earliest = date.EarliestKey != 0 ? date.EarliestKey : date.End?.EarliestKey ?? 0;
            return earliest != 0 && earliest <= _dayKey;
        }

        private ValueArray<string> Unknowns(Unit unit, StrengthObservation? strength, ValueArray<OrderOfBattleLine> posts, ValueArray<OrderOfBattleLine> equipment)
        {
            var unknowns = new List<string>();
            if (strength is null)
            {
                unknowns.Add(NotReported("strength", "first reported", unit.Strength.Select(s => (EdtfDate?)s.Date)));
            }

            if (posts.Count == 0)
            {
                unknowns.Add(NotReported("commander", "first shown", index._posts[unit.Id].Select(h => h.Post.Date)));
            }
            else if (posts.All(p => p.DaysBeforeAtLeast > 0))
            {
                unknowns.Add($"commander unknown after {posts.Select(p => p.Date).Max()}");
            }

            if (equipment.Count == 0)
            {
                var dates = index._inventory[unit.Id].Select(i => i.Date).Concat(index._received[unit.Id].SelectMany(p => p.Batches).Select(b => b.Delivered));
                unknowns.Add(NotReported("equipment", "first reported", dates));
            }

            return unknowns.ToValueArray();
        }

        private string NotReported(string what, string first, IEnumerable<EdtfDate?> laterDates) =>
            laterDates.Where(d => d is not null).Min() is { } earliest
                ? $"{what} not reported by {OrderOfBattle.Iso(day)} ({first} {earliest})"
                : $"{what} not reported";

        private OrderOfBattleLine PostLine(PostHolding holding) =>
            Line(OrderOfBattleLineKind.Post, "post:" + holding.Person.Id + ":" + holding.Post.Title, $"{holding.Person.Name}, {holding.Post.Title}", holding.Post.Date, holding.Person, holding.Post, holding.Post.Evidence)
            with { Person = holding.Person };

        private OrderOfBattleLine InventoryLine(InventoryObservation item)
        {
            var status = Data.Kebab.Name(item.Status);
            return Line(OrderOfBattleLineKind.Inventory, "inventory:" + item.EquipmentId, $"{Equipment(item.Equipment)}: {status.Replace('-', ' ')}, {Number(item.Quantity)}", item.Date, item, item, item.Evidence)
                with { Equipment = item.Equipment, Quantity = item.Quantity, Status = status };
        }

        private OrderOfBattleLine DeliveryLine(Procurement procurement, DeliveryBatch batch, int number)
        {
            var status = Data.Kebab.Name(procurement.Status);
            return Line(OrderOfBattleLineKind.Delivery, $"delivery:{procurement.CitationKey}#{number}", $"{Equipment(procurement.Equipment)}: {batch.Quantity?.Describe() ?? "an unknown number"} delivered ({Data.Kebab.Name(procurement.Kind)}, {status.Replace('-', ' ')})", batch.Delivered, procurement, batch, batch.Evidence)
                with { Equipment = procurement.Equipment, Quantity = batch.Quantity, Status = status };
        }

        private OrderOfBattleLine Line(OrderOfBattleLineKind kind, string subject, string text, EdtfDate? date, IRecord record, IClaim claim, ValueArray<Evidence> evidence) => new()
        {
            Kind = kind,
            Subject = subject,
            Text = text,
            Date = date,
            DaysBeforeAtLeast = date is null ? null : date.Value.Latest is { } latest ? Math.Max(0, DaysBetween(latest, day)) : 0,
            DaysBeforeAtMost = date?.Earliest is { } earliest ? Math.Max(0, DaysBetween(earliest, day)) : null,
            Claim = claim.Claim,
            Hedge = claim.Hedge,
            Record = record,
            Evidence = evidence,
        };

        // Dates in the order they count in: by their first day, an open start by its known end, undated first.
        private static int SortKey(EdtfDate? date) => date is not { } d ? 0 : d.EarliestKey != 0 ? d.EarliestKey : d.End?.EarliestKey ?? 0;

        private static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;

        // The latest dated item; an undated one only when none is dated.
        private static T Latest<T>(IEnumerable<T> items, Func<T, EdtfDate?> date) =>
            items.Where(i => date(i) is not null).MaxBy(i => date(i)!.Value) ?? items.First();

        private static string Equipment(EquipmentType type) => $"{type.Name} (origin {type.Origin?.Name ?? "not stated"})";

        private static string Number(Quantity? quantity) => quantity is not { Kind: not QuantityKind.Unknown } q ? "number not stated" : q.Describe();
    }
}
