using BelarusForces.Values;

namespace BelarusForces.Model;

/// <summary>What kind of document an <see cref="Agreement"/> is.</summary>
public enum AgreementKind
{
    /// <summary>An agreement between states.</summary>
    Agreement,
    /// <summary>A law or an amendment to one.</summary>
    Law,
    /// <summary>A military doctrine.</summary>
    Doctrine,
    /// <summary>A constitution.</summary>
    Constitution,
    /// <summary>An official decision or order.</summary>
    Decision,
    /// <summary>A programme or plan.</summary>
    Programme,
}

/// <summary>An agreement, law, doctrine or official decision, with its dates.</summary>
public sealed record Agreement : Claimed, INamedRecord
{
    /// <inheritdoc />
    public string Collection => "agreements";

    /// <summary>The agreement's id.</summary>
    public required Id<Agreement> Id { get; init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <inheritdoc />
    public required ValueArray<string> Aliases { get; init; }

    /// <summary>What kind of document it is.</summary>
    public required AgreementKind Kind { get; init; }

    /// <summary>The parties.</summary>
    public required ValueArray<Party> Parties { get; init; }

    /// <summary>When it was signed or adopted.</summary>
    public EdtfDate? Signed { get; init; }

    /// <summary>When it entered into force.</summary>
    public EdtfDate? InForce { get; init; }

    /// <summary>When it was made public.</summary>
    public EdtfDate? Published { get; init; }

    /// <summary>What it provides, in a sentence.</summary>
    public string? Summary { get; init; }

    /// <summary>The id, name and date.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Name} ({Signed?.ToString() ?? "undated"})";
}
