using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>What kind of fact a <see cref="MilitaryEvent"/> records.</summary>
public enum EventKind
{
    /// <summary>A weapons test.</summary>
    Test,
    /// <summary>A deployment or stationing of forces.</summary>
    Deployment,
    /// <summary>A decision of military policy.</summary>
    Decision,
    /// <summary>A statement of military policy.</summary>
    Statement,
    /// <summary>Peacekeeping.</summary>
    Peacekeeping,
    /// <summary>Defence cooperation, or its end.</summary>
    Cooperation,
    /// <summary>A legal act.</summary>
    Legal,
    /// <summary>Espionage.</summary>
    Espionage,
    /// <summary>Modernisation of a site or capability.</summary>
    Modernisation,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A dated military fact that no other collection fits: a test, a decision, a peacekeeping offer, an espionage case.</summary>
public sealed record MilitaryEvent : Claimed, IRecord
{
    /// <inheritdoc />
    public string Collection => "events";

    /// <summary>The event's id.</summary>
    public required Id<MilitaryEvent> Id { get; init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <summary>When it happened.</summary>
    public EdtfDate? Date { get; init; }

    /// <summary>What kind of fact it is.</summary>
    public required EventKind Kind { get; init; }

    /// <summary>A one-line title.</summary>
    public required string Title { get; init; }

    /// <summary>The countries and organisations involved.</summary>
    public required ValueArray<Party> Parties { get; init; }

    /// <summary>The units involved.</summary>
    public required ValueArray<Unit> Units { get; init; }

    /// <summary>The equipment types involved.</summary>
    public required ValueArray<EquipmentType> Equipment { get; init; }

    /// <summary>The sites involved.</summary>
    public required ValueArray<Site> Sites { get; init; }

    /// <summary>A figure that goes with the event, such as a test range.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>The unit of <see cref="Quantity"/>, such as <c>km</c>.</summary>
    public string? QuantityUnit { get; init; }

    /// <summary>The id, date and title.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Title} ({Date?.ToString() ?? "undated"})";
}
