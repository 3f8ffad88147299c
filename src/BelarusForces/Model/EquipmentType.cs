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
    /// <inheritdoc />
    public string Collection => "equipment";

    /// <summary>The equipment type's id, such as <c>su-30sm</c>.</summary>
    public required Id<EquipmentType> Id { get; init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <inheritdoc />
    public required ValueArray<string> Aliases { get; init; }

    /// <summary>The broad category.</summary>
    public required EquipmentCategory Category { get; init; }

    /// <summary>The role in a few words, such as "training and light-attack aircraft".</summary>
    public string? Role { get; init; }

    /// <summary>The country that designed it, if known.</summary>
    public Country? Origin { get; init; }

    /// <summary>The manufacturer, if the sources name one.</summary>
    public Organisation? Manufacturer { get; init; }

    /// <summary>The id of <see cref="Manufacturer"/>, as the data writes it.</summary>
    public Id<Organisation>? ManufacturerId { get; init; }

    /// <summary>Whether Belarus inherited the type from the Soviet Union; <see langword="null"/> when unknown.</summary>
    public bool? SovietInherited { get; init; }

    /// <summary>The type this one is a variant of, such as T-72 for the T-72B.</summary>
    public EquipmentType? VariantOf { get; init; }

    /// <summary>The id of <see cref="VariantOf"/>, as the data writes it.</summary>
    public Id<EquipmentType>? VariantOfId { get; init; }

    /// <summary>The id, name and category.</summary>
    /// <returns>A line such as <c>su-30sm: Su-30SM (FighterAircraft, RU)</c>.</returns>
    public override string ToString() => $"{Id}: {Name} ({Category}{(Origin is { } o ? ", " + o : "")})";
}
