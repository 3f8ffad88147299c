namespace BelarusForces.Model;

/// <summary>How the sources relate one record to another.</summary>
public enum RelationKind
{
    /// <summary>The record is a later report of the same thing as the other record (a plan, then its delay).</summary>
    Updates,

    /// <summary>The sources of the two records disagree.</summary>
    Contradicts,

    /// <summary>The record is part of the other record (a deployment during an exercise).</summary>
    PartOf,
}

/// <summary>A typed link from a record to another record, written in the record's <c>relations</c> list.</summary>
public sealed record Relation
{
    internal Relation(RelationKind kind, IRecord record)
    {
        Kind = kind;
        Record = record;
    }

    /// <summary>How the sources relate the two records.</summary>
    public RelationKind Kind { get; }

    /// <summary>The other record.</summary>
    public IRecord Record { get; }

    /// <summary>The other record's citation key, such as <c>procurements/su-30sm-from-russia-2017-plan</c>.</summary>
    public string Key => Record.CitationKey;

    /// <summary>The kind, as the data writes it, and the other record's key.</summary>
    /// <returns>A line such as <c>updates procurements/su-30sm-from-russia-2017-plan</c>.</returns>
    public override string ToString() => Data.Kebab.Name(Kind) + " " + Key;
}

/// <summary>
/// Why a field's value is right although the support rules cannot see it in the record's quotes (a year from
/// "twenty years ago", a country the text calls "the government"); the field is exempt from those rules.
/// </summary>
public sealed record Derivation
{
    internal Derivation(string field, string reason)
    {
        Field = field;
        Reason = reason;
    }

    /// <summary>The field, as a path inside the record, such as <c>date</c> or <c>observations[0].period</c>.</summary>
    public string Field { get; }

    /// <summary>How the value follows from the sources.</summary>
    public string Reason { get; }

    /// <summary>The field and the reason.</summary>
    /// <returns>A line such as <c>inForce: "perhaps only in the early 2010s"</c>.</returns>
    public override string ToString() => Field + ": " + Reason;
}

/// <summary>Two records whose sources disagree: <see cref="Record"/> lists <see cref="Other"/> as <c>contradicts</c>.</summary>
public sealed record Contradiction
{
    internal Contradiction(IRecord record, IRecord other)
    {
        Record = record;
        Other = other;
    }

    /// <summary>The record that holds the relation.</summary>
    public IRecord Record { get; }

    /// <summary>The record it contradicts.</summary>
    public IRecord Other { get; }

    /// <summary>Both citation keys.</summary>
    /// <returns>A line such as <c>inventory/t-72-fleet-2018 contradicts inventory/t-72-fleet-2017</c>.</returns>
    public override string ToString() => Record.CitationKey + " contradicts " + Other.CitationKey;
}
