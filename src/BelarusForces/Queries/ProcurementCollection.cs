using System.Collections.Immutable;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Queries;

/// <summary>Procurements and transfers, with the questions analysts ask of them, answered from indexes built at load.</summary>
public sealed class ProcurementCollection : RecordCollection<Procurement>
{
    // Made on first use; built with loops rather than LINQ, which a fresh process would compile first.
    private readonly Lazy<Index> _index;

    internal ProcurementCollection(ImmutableArray<Procurement> records)
        : base(records) => _index = new(() => new Index(records));

    /// <summary>
    /// What Belarus acquired, modernised, developed or retired, grouped by supplier country (a supplier of
    /// <see langword="null"/> means the source does not say), largest group first.
    /// </summary>
    /// <remarks>
    /// Every status counts: a planned, contracted or delayed deal is in its group beside the delivered ones, as the
    /// headline question "what did Belarus buy, from whom" asks. For deliveries alone, filter on the status:
    /// <c>FromSupplier(Country.Russia, ProcurementStatus.Delivered)</c>, or each group's
    /// <c>Procurements.Where(p =&gt; p.Status == ProcurementStatus.Delivered)</c>.
    /// </remarks>
    /// <returns>The groups.</returns>
    /// <example>
    /// <code>
    /// foreach (var group in BelarusForcesDataset.Current.Procurements.BySupplierCountry())
    ///     Console.WriteLine($"{group.Supplier?.Name ?? "unstated"}: {group.Procurements.Count}");
    /// </code>
    /// </example>
    public ImmutableArray<SupplierGroup> BySupplierCountry() => _index.Value.SupplierGroups;

    /// <summary>What Belarus acquired from one supplier country, optionally filtered.</summary>
    /// <param name="supplier">The supplier, such as <see cref="Country.Russia"/>; <see cref="Country.Belarus"/> for its own industry.</param>
    /// <param name="status">Only procurements with this status.</param>
    /// <param name="year">Only procurements ordered, expected or delivered in a period that may include this year.</param>
    /// <param name="category">Only this equipment category.</param>
    /// <returns>The procurements, in file order.</returns>
    /// <example>
    /// <code>
    /// var fromChina = dataset.Procurements.FromSupplier(Country.China);
    /// var russianDeliveries2017 = dataset.Procurements.FromSupplier(Country.Russia, ProcurementStatus.Delivered, year: 2017);
    /// </code>
    /// </example>
    public ImmutableArray<Procurement> FromSupplier(Country supplier, ProcurementStatus? status = null, int? year = null, EquipmentCategory? category = null) =>
        Filter(_index.Value.BySupplier.GetValueOrDefault(supplier.Code, []), status, year, category);

    /// <summary>Belarus's arms exports, grouped by recipient country (<see langword="null"/>: undisclosed), largest group first.</summary>
    /// <returns>The groups.</returns>
    /// <example>
    /// <code>
    /// var toAzerbaijan = dataset.Procurements.ExportsByRecipient().Single(g => g.Recipient?.Code == "AZ");
    /// </code>
    /// </example>
    public ImmutableArray<RecipientGroup> ExportsByRecipient() => _index.Value.ExportGroups;

    /// <summary>Belarus's arms exports to one recipient country, optionally filtered.</summary>
    /// <param name="recipient">The recipient.</param>
    /// <param name="status">Only exports with this status.</param>
    /// <param name="year">Only exports in a period that may include this year.</param>
    /// <param name="category">Only this equipment category.</param>
    /// <returns>The exports, in file order.</returns>
    public ImmutableArray<Procurement> ExportsTo(Country recipient, ProcurementStatus? status = null, int? year = null, EquipmentCategory? category = null) =>
        Filter(_index.Value.ExportsByRecipient.GetValueOrDefault(recipient.Code, []), status, year, category);

    private sealed class Index
    {
        public readonly ImmutableArray<SupplierGroup> SupplierGroups;
        public readonly Dictionary<string, ImmutableArray<Procurement>> BySupplier = new(StringComparer.Ordinal);
        public readonly ImmutableArray<RecipientGroup> ExportGroups;
        public readonly Dictionary<string, ImmutableArray<Procurement>> ExportsByRecipient = new(StringComparer.Ordinal);

        public Index(ImmutableArray<Procurement> records)
        {
            var acquisitions = new List<Procurement>();
            var exports = new List<Procurement>();
            foreach (var p in records)
            {
                if (p.Kind != ProcurementKind.Export && p.Recipient == Country.Belarus)
                {
                    acquisitions.Add(p);
                }
                else if (p.Kind == ProcurementKind.Export && p.Supplier == Country.Belarus)
                {
                    exports.Add(p);
                }
            }

            var suppliers = ImmutableArray.CreateBuilder<SupplierGroup>();
            foreach (var list in Group(acquisitions, static p => p.Supplier?.Code ?? ""))
            {
                var group = ImmutableArray.CreateRange(list);
                suppliers.Add(new SupplierGroup(group[0].Supplier, new(group)));
                BySupplier[group[0].Supplier?.Code ?? ""] = group;
            }

            var recipients = ImmutableArray.CreateBuilder<RecipientGroup>();
            foreach (var list in Group(exports, static p => p.Recipient?.Code ?? ""))
            {
                var group = ImmutableArray.CreateRange(list);
                recipients.Add(new RecipientGroup(group[0].Recipient, new(group)));
                ExportsByRecipient[group[0].Recipient?.Code ?? ""] = group;
            }

            SupplierGroups = suppliers.ToImmutable();
            ExportGroups = recipients.ToImmutable();
        }

        // Groups by country code ("" where the country is unstated), the largest group first, then by code.
        private static List<List<Procurement>> Group(List<Procurement> records, Func<Procurement, string> code)
        {
            var groups = new Dictionary<string, List<Procurement>>(StringComparer.Ordinal);
            foreach (var p in records)
            {
                var key = code(p);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(p);
            }

            var lists = new List<List<Procurement>>(groups.Values);
            lists.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(code(a[0]), code(b[0])));
            return lists;
        }
    }

    private static ImmutableArray<Procurement> Filter(ImmutableArray<Procurement> source, ProcurementStatus? status, int? year, EquipmentCategory? category)
    {
        if (status is null && year is null && category is null)
        {
            return source;
        }

        // The year's filter is made here and the rows filtered in a method of their own, so that a call without
        // filters (the usual one) makes no closure.
        return Filtered(source, status, year is { } y ? DateFilter.MayInclude(EdtfDate.Parse(y.ToString("0000", System.Globalization.CultureInfo.InvariantCulture))) : null, category);
    }

    private static ImmutableArray<Procurement> Filtered(ImmutableArray<Procurement> source, ProcurementStatus? status, DateFilter? inYear, EquipmentCategory? category) =>
        source.Where(p => (status is null || p.Status == status)
            && (category is null || p.Equipment.Category == category)
            && (inYear is not { } f || f.Matches(p))).ToImmutableArray();
}

/// <summary>The procurements from one supplier country.</summary>
/// <param name="Supplier">The supplier, or <see langword="null"/> when the source does not say.</param>
/// <param name="Procurements">The procurements, in file order.</param>
public sealed record SupplierGroup(Country? Supplier, ValueArray<Procurement> Procurements)
{
    /// <summary>The supplier and the number of procurements.</summary>
    /// <returns>A line such as <c>RU: 14 procurements</c>.</returns>
    public override string ToString() => $"{Supplier?.Code ?? "unstated"}: {Procurements.Count} procurements";
}

/// <summary>The exports to one recipient country.</summary>
/// <param name="Recipient">The recipient, or <see langword="null"/> when undisclosed.</param>
/// <param name="Procurements">The exports, in file order.</param>
public sealed record RecipientGroup(Country? Recipient, ValueArray<Procurement> Procurements)
{
    /// <summary>The recipient and the number of exports.</summary>
    /// <returns>A line such as <c>AZ: 3 exports</c>.</returns>
    public override string ToString() => $"{Recipient?.Code ?? "undisclosed"}: {Procurements.Count} exports";
}
