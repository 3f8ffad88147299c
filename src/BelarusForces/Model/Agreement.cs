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
    // Records come from a loaded dataset, which resolves their references; they are not built by hand.
    internal Agreement()
    {
    }

    /// <summary>Whether <paramref name="other"/> is the same record: records are equal when their citation keys are.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>True when both have the same id.</returns>
    public bool Equals(Agreement? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
    /// <inheritdoc />
    public string Collection => "agreements";

    /// <summary>The agreement's id.</summary>
    public Id<Agreement> Id { get; internal init; }

    string IRecord.Id => Id.Value;

    /// <inheritdoc />
    public string CitationKey => Collection + "/" + Id.Value;

    /// <inheritdoc />
    public string Name { get; internal init; } = null!;

    /// <inheritdoc />
    public ValueArray<string> Aliases { get; internal init; }

    /// <summary>What kind of document it is.</summary>
    public AgreementKind Kind { get; internal init; }

    /// <summary>The parties.</summary>
    public ValueArray<Party> Parties { get; internal init; }

    /// <summary>When it was signed or adopted.</summary>
    public EdtfDate? Signed { get; internal init; }

    /// <summary>When it entered into force.</summary>
    public EdtfDate? InForce { get; internal init; }

    /// <summary>When it was made public.</summary>
    public EdtfDate? Published { get; internal init; }

    /// <summary>What it provides, in a sentence.</summary>
    public string? Summary { get; internal init; }

    /// <summary>The id, name and date.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Id}: {Name} ({Signed?.ToString() ?? "undated"})";
}
