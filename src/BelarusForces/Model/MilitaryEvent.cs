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
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal MilitaryEvent()
    {
    }

    /// <summary>Whether <paramref name="other"/> is the same record: records are equal when their citation keys are.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>True when both have the same id.</returns>
    public bool Equals(MilitaryEvent? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
    /// <inheritdoc />
    public string Collection => "events";

    /// <summary>The event's id.</summary>
    public Id<MilitaryEvent> Id { get; internal init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <summary>When it happened.</summary>
    public EdtfDate? Date { get; internal init; }

    /// <summary>What kind of fact it is.</summary>
    public EventKind Kind { get; internal init; }

    /// <summary>A one-line title.</summary>
    public string Title { get; internal init; } = null!;

    /// <summary>The countries and organisations involved.</summary>
    public ValueArray<Party> Parties { get; internal init; }

    /// <summary>The units involved.</summary>
    public ValueArray<Unit> Units { get; internal init; }

    /// <summary>The equipment types involved.</summary>
    public ValueArray<EquipmentType> Equipment { get; internal init; }

    /// <summary>The sites involved.</summary>
    public ValueArray<Site> Sites { get; internal init; }

    /// <summary>A figure that goes with the event, such as a test range.</summary>
    public Quantity? Quantity { get; internal init; }

    /// <summary>The unit of <see cref="Quantity"/>, such as <c>km</c>.</summary>
    public string? QuantityUnit { get; internal init; }

    /// <summary>The id, date and title.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Title} ({Date?.ToString() ?? "undated"})";
}
