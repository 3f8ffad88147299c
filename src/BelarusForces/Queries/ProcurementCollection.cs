using System.Collections.Immutable;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Queries;

/// <summary>Procurements and transfers, with the questions analysts ask of them, answered from indexes built at load.</summary>
public sealed class ProcurementCollection : RecordCollection<Procurement>
{
    private readonly Dictionary<string, ImmutableArray<Procurement>> _bySupplier;
    private readonly Dictionary<string, ImmutableArray<Procurement>> _exportsByRecipient;
    private readonly ImmutableArray<SupplierGroup> _supplierGroups;
    private readonly ImmutableArray<RecipientGroup> _exportGroups;

    internal ProcurementCollection(ImmutableArray<Procurement> records)
        : base(records)
    {
        var acquisitions = records.Where(p => p.Kind != ProcurementKind.Export && p.Recipient == Country.Belarus).ToList();
        _supplierGroups = acquisitions
            .GroupBy(p => p.Supplier?.Code ?? "")
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SupplierGroup(g.First().Supplier, g.ToValueArray()))
            .ToImmutableArray();
        _bySupplier = _supplierGroups.ToDictionary(g => g.Supplier?.Code ?? "", g => g.Procurements.Items, StringComparer.Ordinal);
        _exportGroups = records.Where(p => p.Kind == ProcurementKind.Export && p.Supplier == Country.Belarus)
            .GroupBy(p => p.Recipient?.Code ?? "")
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RecipientGroup(g.First().Recipient, g.ToValueArray()))
            .ToImmutableArray();
        _exportsByRecipient = _exportGroups.ToDictionary(g => g.Recipient?.Code ?? "", g => g.Procurements.Items, StringComparer.Ordinal);
    }

    /// <summary>
    /// What Belarus acquired, modernised, developed or retired, grouped by supplier country (a supplier of
    /// <see langword="null"/> means the source does not say), largest group first.
    /// </summary>
    /// <returns>The groups.</returns>
    /// <example>
    /// <code>
    /// foreach (var group in BelarusForcesDataset.Current.Procurements.BySupplierCountry())
    ///     Console.WriteLine($"{group.Supplier?.Name ?? "unstated"}: {group.Procurements.Count}");
    /// </code>
    /// </example>
    public ImmutableArray<SupplierGroup> BySupplierCountry() => _supplierGroups;

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
        Filter(_bySupplier.GetValueOrDefault(supplier.Code, []), status, year, category);

    /// <summary>Belarus's arms exports, grouped by recipient country (<see langword="null"/>: undisclosed), largest group first.</summary>
    /// <returns>The groups.</returns>
    /// <example>
    /// <code>
    /// var toAzerbaijan = dataset.Procurements.ExportsByRecipient().Single(g => g.Recipient?.Code == "AZ");
    /// </code>
    /// </example>
    public ImmutableArray<RecipientGroup> ExportsByRecipient() => _exportGroups;

    /// <summary>Belarus's arms exports to one recipient country, optionally filtered.</summary>
    /// <param name="recipient">The recipient.</param>
    /// <param name="status">Only exports with this status.</param>
    /// <param name="year">Only exports in a period that may include this year.</param>
    /// <param name="category">Only this equipment category.</param>
    /// <returns>The exports, in file order.</returns>
    public ImmutableArray<Procurement> ExportsTo(Country recipient, ProcurementStatus? status = null, int? year = null, EquipmentCategory? category = null) =>
        Filter(_exportsByRecipient.GetValueOrDefault(recipient.Code, []), status, year, category);

    private static ImmutableArray<Procurement> Filter(ImmutableArray<Procurement> source, ProcurementStatus? status, int? year, EquipmentCategory? category)
    {
        if (status is null && year is null && category is null)
        {
            return source;
        }

        return source.Where(p => (status is null || p.Status == status)
            && (category is null || p.Equipment.Category == category)
            && (year is null || p.Dates().Any(d => d.Overlaps(year.Value)))).ToImmutableArray();
    }
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
