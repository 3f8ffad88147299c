using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>The broad category of an <see cref="EquipmentType"/>.</summary>
public enum EquipmentCategory
{
    /// <summary>Fighter aircraft.</summary>
    FighterAircraft,
    /// <summary>Bomber aircraft.</summary>
    BomberAircraft,
    /// <summary>Training and light-attack aircraft.</summary>
    TrainerAircraft,
    /// <summary>Helicopters.</summary>
    Helicopter,
    /// <summary>Surface-to-air missile and other air-defence systems.</summary>
    AirDefenceSystem,
    /// <summary>Multiple-launch rocket systems.</summary>
    MultipleRocketLauncher,
    /// <summary>Rockets.</summary>
    Rocket,
    /// <summary>Missiles.</summary>
    Missile,
    /// <summary>Tanks.</summary>
    Tank,
    /// <summary>Armoured vehicles.</summary>
    ArmouredVehicle,
    /// <summary>Armoured personnel carriers.</summary>
    ArmouredPersonnelCarrier,
    /// <summary>Trucks.</summary>
    Truck,
    /// <summary>Mortars.</summary>
    Mortar,
    /// <summary>Flamethrowers.</summary>
    Flamethrower,
    /// <summary>Radars.</summary>
    Radar,
    /// <summary>Electronic-warfare systems.</summary>
    ElectronicWarfare,
    /// <summary>Drones (unmanned aerial vehicles).</summary>
    Drone,
    /// <summary>Airdrop and parachute platforms.</summary>
    AirdropPlatform,
    /// <summary>Small arms.</summary>
    SmallArms,
    /// <summary>Body armour.</summary>
    BodyArmour,
    /// <summary>Communication, navigation and surveillance equipment.</summary>
    Communications,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A type of equipment: an aircraft, a missile system, a vehicle, a radar, ...</summary>
public sealed record EquipmentType : Claimed, INamedRecord
{
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal EquipmentType()
    {
    }

    /// <summary>Whether <paramref name="other"/> is the same record: records are equal when their citation keys are.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>True when both have the same id.</returns>
    public bool Equals(EquipmentType? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
    /// <inheritdoc />
    public string Collection => "equipment";

    /// <summary>The equipment type's id, such as <c>su-30sm</c>.</summary>
    public Id<EquipmentType> Id { get; internal init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public string Name { get; internal init; } = null!;

    /// <inheritdoc />
    public ValueArray<string> Aliases { get; internal init; }

    /// <summary>The broad category.</summary>
    public EquipmentCategory Category { get; internal init; }

    /// <summary>The role in a few words, such as "training and light-attack aircraft".</summary>
    public string? Role { get; internal init; }

    /// <summary>The country that designed it, if known.</summary>
    public Country? Origin { get; internal init; }

    /// <summary>The manufacturer, if the sources name one.</summary>
    public Organisation? Manufacturer { get; internal init; }

    /// <summary>The id of <see cref="Manufacturer"/>, as the data writes it.</summary>
    public Id<Organisation>? ManufacturerId => Manufacturer?.Id;

    /// <summary>Whether Belarus inherited the type from the Soviet Union; <see langword="null"/> when unknown.</summary>
    public bool? SovietInherited { get; internal init; }

    /// <summary>The type this one is a variant of, such as T-72 for the T-72B.</summary>
    public EquipmentType? VariantOf { get; internal init; }

    /// <summary>The id of <see cref="VariantOf"/>, as the data writes it.</summary>
    public Id<EquipmentType>? VariantOfId => VariantOf?.Id;

    /// <summary>The id, name and category.</summary>
    /// <returns>A line such as <c>su-30sm: Su-30SM (FighterAircraft, RU)</c>.</returns>
    public override string ToString() => $"{Id}: {Name} ({Category}{(Origin is { } o ? ", " + o : "")})";
}
