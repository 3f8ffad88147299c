using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>The status of equipment in an <see cref="InventoryObservation"/>.</summary>
public enum InventoryStatus
{
    /// <summary>In service.</summary>
    InService,
    /// <summary>Modernised and in service.</summary>
    Modernised,
    /// <summary>Being retired or decommissioned.</summary>
    BeingRetired,
    /// <summary>Retired.</summary>
    Retired,
    /// <summary>Ordered, not yet delivered.</summary>
    OnOrder,
    /// <summary>Being developed.</summary>
    InDevelopment,
    /// <summary>In storage.</summary>
    Stored,
}

/// <summary>What a unit (or the forces as a whole) holds of an equipment type, as of a date.</summary>
public sealed record InventoryObservation : Claimed, IRecord
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal InventoryObservation()
    {
    }

    /// <summary>Whether <paramref name="other"/> is the same record: records are equal when their citation keys are.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>True when both have the same id.</returns>
    public bool Equals(InventoryObservation? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
    /// <inheritdoc />
    public string Collection => "inventory";

    /// <summary>The observation's id.</summary>
    public Id<InventoryObservation> Id { get; internal init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <summary>The unit that holds the equipment.</summary>
    public Unit Holder { get; internal init; } = null!;

    /// <summary>The id of <see cref="Holder"/>.</summary>
    public Id<Unit> HolderId { get; internal init; }

    /// <summary>The equipment type held.</summary>
    public EquipmentType Equipment { get; internal init; } = null!;

    /// <summary>The id of <see cref="Equipment"/>.</summary>
    public Id<EquipmentType> EquipmentId { get; internal init; }

    /// <summary>How many, if the sources say; <see cref="Quantity.Unknown"/> when they say "some".</summary>
    public Quantity? Quantity { get; internal init; }

    /// <summary>As of when.</summary>
    public EdtfDate? Date { get; internal init; }

    /// <summary>The equipment's status.</summary>
    public InventoryStatus Status { get; internal init; }

    /// <summary>What is held by whom, in a line, such as <c>Tor-M2 held by the 120th air defence brigade</c>.</summary>
    public string Title => $"{Equipment.Name} held by {Holder.Name}";

    /// <summary>Holder, equipment, quantity and date.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Holder.Name} holds {Quantity?.ToString() ?? "?"} {Equipment.Name} ({Status}, {Date?.ToString() ?? "undated"})";
}
