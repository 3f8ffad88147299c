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
    /// <inheritdoc />
    public string Collection => "inventory";

    /// <summary>The observation's id.</summary>
    public required Id<InventoryObservation> Id { get; init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <summary>The unit that holds the equipment.</summary>
    public required Unit Holder { get; init; }

    /// <summary>The id of <see cref="Holder"/>.</summary>
    public required Id<Unit> HolderId { get; init; }

    /// <summary>The equipment type held.</summary>
    public required EquipmentType Equipment { get; init; }

    /// <summary>The id of <see cref="Equipment"/>.</summary>
    public required Id<EquipmentType> EquipmentId { get; init; }

    /// <summary>How many, if the sources say; <see cref="Quantity.Unknown"/> when they say "some".</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>As of when.</summary>
    public EdtfDate? Date { get; init; }

    /// <summary>The equipment's status.</summary>
    public required InventoryStatus Status { get; init; }

    /// <summary>Holder, equipment, quantity and date.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Holder.Name} holds {Quantity?.ToString() ?? "?"} {Equipment.Name} ({Status}, {Date?.ToString() ?? "undated"})";
}
