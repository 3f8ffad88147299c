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
/// <param name="Kind">How the sources relate the two records.</param>
/// <param name="Record">The other record.</param>
public sealed record Relation(RelationKind Kind, IRecord Record)
{
    /// <summary>The other record's citation key, such as <c>procurements/su-30sm-from-russia-2017-plan</c>.</summary>
    public string Key => Record.CitationKey;

    /// <summary>The kind, as the data writes it, and the other record's key.</summary>
    /// <returns>A line such as <c>updates procurements/su-30sm-from-russia-2017-plan</c>.</returns>
    public override string ToString() => Data.Kebab.Name(Kind) + " " + Key;
}

/// <summary>
/// Why a field's value is right although the support rules cannot see it in the record's quotes (a year resolved
/// from "last year", a country named only as "the government"); the field is exempt from those rules.
/// </summary>
/// <param name="Field">The field, as a path inside the record, such as <c>date</c> or <c>observations[0].period</c>.</param>
/// <param name="Reason">How the value follows from the sources.</param>
public sealed record Derivation(string Field, string Reason)
{
    /// <summary>The field and the reason.</summary>
    /// <returns>A line such as <c>date: "last year" in an article of February 2018</c>.</returns>
    public override string ToString() => Field + ": " + Reason;
}

/// <summary>Two records whose sources disagree: <see cref="Record"/> lists <see cref="Other"/> as <c>contradicts</c>.</summary>
/// <param name="Record">The record that holds the relation.</param>
/// <param name="Other">The record it contradicts.</param>
public sealed record Contradiction(IRecord Record, IRecord Other)
{
    /// <summary>Both citation keys.</summary>
    /// <returns>A line such as <c>equipment/t-72 contradicts procurements/t-72-modernisation-belarusian-factories</c>.</returns>
    public override string ToString() => Record.CitationKey + " contradicts " + Other.CitationKey;
}
