using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>What kind of transaction a <see cref="Procurement"/> is.</summary>
public enum ProcurementKind
{
    /// <summary>Belarus (or another recipient) acquires equipment.</summary>
    Acquisition,
    /// <summary>An export sale, such as Belarusian arms sold abroad.</summary>
    Export,
    /// <summary>Modernisation of equipment already held.</summary>
    Modernisation,
    /// <summary>Retirement or decommissioning.</summary>
    Retirement,
    /// <summary>Development of new equipment.</summary>
    Development,
    /// <summary>A test.</summary>
    Test,
}

/// <summary>Where a <see cref="Procurement"/> stands.</summary>
public enum ProcurementStatus
{
    /// <summary>Planned or announced.</summary>
    Planned,
    /// <summary>A contract is signed.</summary>
    Contracted,
    /// <summary>Deliveries have begun.</summary>
    Delivering,
    /// <summary>Delivered.</summary>
    Delivered,
    /// <summary>Delayed.</summary>
    Delayed,
    /// <summary>Cancelled or renounced.</summary>
    Cancelled,
    /// <summary>Its existence or terms are disputed.</summary>
    Disputed,
    /// <summary>Completed (modernisations, retirements).</summary>
    Completed,
    /// <summary>Under way (modernisations, development).</summary>
    InProgress,
}

/// <summary>How much of a <see cref="Procurement"/> its <see cref="Procurement.Supplier"/> provides, when the sources say.</summary>
public enum SupplierShare
{
    /// <summary>All of it ("entirely", "only").</summary>
    All,
    /// <summary>Most of it ("mostly Belarus-manufactured"); other suppliers provide the rest.</summary>
    Most,
    /// <summary>Part of it ("partly", "some of them"); other suppliers provide the rest.</summary>
    Part,
}

/// <summary>
/// An acquisition, transfer, export, modernisation or retirement of equipment, in the manner of SIPRI's trade
/// register: supplier, recipient, equipment, quantity, order date and deliveries batch by batch.
/// </summary>
public sealed record Procurement : Claimed, IRecord
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Procurement()
    {
    }

    /// <summary>Whether <paramref name="other"/> is the same record: records are equal when their citation keys are.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>True when both have the same id.</returns>
    public bool Equals(Procurement? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
    /// <inheritdoc />
    public string Collection => "procurements";

    /// <summary>The procurement's id, such as <c>cs-vn3-from-china</c>.</summary>
    public Id<Procurement> Id { get; internal init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <summary>What kind of transaction it is.</summary>
    public ProcurementKind Kind { get; internal init; }

    /// <summary>The equipment type.</summary>
    public EquipmentType Equipment { get; internal init; } = null!;

    /// <summary>The id of <see cref="Equipment"/>.</summary>
    public Id<EquipmentType> EquipmentId { get; internal init; }

    /// <summary>The supplying country, if stated.</summary>
    public Country? Supplier { get; internal init; }

    /// <summary>
    /// How much of the procurement <see cref="Supplier"/> provides, when the sources qualify it: for "over 50 drones,
    /// which are mostly Belarus-manufactured", <see cref="Model.SupplierShare.Most"/>. <see langword="null"/> when they
    /// do not, which is the usual case: then the supplier is simply the one the sources name.
    /// </summary>
    public SupplierShare? SupplierShare { get; internal init; }

    /// <summary>The supplying organisation, if stated.</summary>
    public Organisation? SupplierOrganisation { get; internal init; }

    /// <summary>The id of <see cref="SupplierOrganisation"/>.</summary>
    public Id<Organisation>? SupplierOrganisationId => SupplierOrganisation?.Id;

    /// <summary>The receiving country, if stated.</summary>
    public Country? Recipient { get; internal init; }

    /// <summary>The receiving unit, if stated.</summary>
    public Unit? RecipientUnit { get; internal init; }

    /// <summary>The id of <see cref="RecipientUnit"/>.</summary>
    public Id<Unit>? RecipientUnitId => RecipientUnit?.Id;

    /// <summary>The total quantity, if stated.</summary>
    public Quantity? Quantity { get; internal init; }

    /// <summary>When it was ordered, contracted or announced.</summary>
    public EdtfDate? Ordered { get; internal init; }

    /// <summary>When delivery is expected, if the sources say.</summary>
    public EdtfDate? ExpectedDelivery { get; internal init; }

    /// <summary>Where it stands.</summary>
    public ProcurementStatus Status { get; internal init; }

    /// <summary>Its value, if stated.</summary>
    public Money? Value { get; internal init; }

    /// <summary>The deliveries the sources distinguish, in order.</summary>
    public ValueArray<DeliveryBatch> Batches { get; internal init; }

    /// <summary>The earliest delivery date among the batches, if any is dated.</summary>
    public EdtfDate? FirstDelivery => Batches.Select(b => b.Delivered).Min();

    /// <summary>What the procurement is, in a line, such as <c>acquisition of Su-30SM from Russia</c>.</summary>
    public string Title => $"{Data.Kebab.Name(Kind)} of {Equipment.Name}{(Supplier is { } s ? " from " + s.Name : "")}";

    /// <summary>What, from whom, to whom, how many and the status.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() =>
        $"{Id}: {Kind} of {Quantity?.ToString() ?? "?"} {Equipment.Name} from {Supplier?.Code ?? "?"} to {Recipient?.Code ?? "?"} ({Status})";
}

/// <summary>One delivery of a <see cref="Procurement"/>.</summary>
public sealed record DeliveryBatch : Claimed
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal DeliveryBatch()
    {
    }
    /// <summary>How many were delivered, if stated.</summary>
    public Quantity? Quantity { get; internal init; }

    /// <summary>When, if stated.</summary>
    public EdtfDate? Delivered { get; internal init; }

    /// <summary>Quantity and date.</summary>
    /// <returns>A line such as <c>5 delivered 2017-06</c>.</returns>
    public override string ToString() => $"{Quantity?.ToString() ?? "?"} delivered {Delivered?.ToString() ?? "(undated)"}";
}
