using System.Collections.Immutable;
using BelarusForces.Model;

namespace BelarusForces;

public sealed partial class BelarusForcesDataset
{
    /// <summary>Each record's relations, as its <c>relations</c> list writes them; records without any are absent.</summary>
    internal IReadOnlyDictionary<IRecord, ImmutableArray<Relation>> RelationTable { get; init; } = new Dictionary<IRecord, ImmutableArray<Relation>>();

    /// <summary>Each record's derivations; records without any are absent.</summary>
    internal IReadOnlyDictionary<IRecord, ImmutableArray<Derivation>> DerivationTable { get; init; } = new Dictionary<IRecord, ImmutableArray<Derivation>>();

    /// <summary>
    /// The typed links a record makes to other records: a later report of the same thing (<see cref="RelationKind.Updates"/>),
    /// a source that disagrees (<see cref="RelationKind.Contradicts"/>), a larger whole (<see cref="RelationKind.PartOf"/>).
    /// The records that point back at it are in <see cref="ReferencesTo(IRecord)"/>, by the field <c>relations</c>.
    /// </summary>
    /// <param name="record">A record of this dataset.</param>
    /// <returns>The relations, in the order the record lists them; empty when it has none.</returns>
    /// <example>
    /// <code>
    /// var delay = dataset.FindRecord("procurements/su-30sm-delivery-delayed")!;
    /// foreach (var r in dataset.RelationsOf(delay)) Console.WriteLine(r);   // updates procurements/su-30sm-from-russia-2017-plan
    /// </code>
    /// </example>
    public IReadOnlyList<Relation> RelationsOf(IRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return RelationTable.TryGetValue(record, out var relations) ? relations : ImmutableArray<Relation>.Empty;
    }

    /// <summary>
    /// Why some of a record's values are right although its quotes do not show them (a year resolved from "last year",
    /// a country the text calls "the government"); the data's support rules exempt these fields.
    /// </summary>
    /// <param name="record">A record of this dataset.</param>
    /// <returns>The derivations; empty when the quotes show every value.</returns>
    public IReadOnlyList<Derivation> DerivationsOf(IRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return DerivationTable.TryGetValue(record, out var derivations) ? derivations : ImmutableArray<Derivation>.Empty;
    }

    /// <summary>Every pair of records whose sources disagree (a <c>contradicts</c> relation), in collection and file order.</summary>
    /// <returns>The pairs; each is listed once, from the record that holds the relation.</returns>
    /// <example>
    /// <code>
    /// foreach (var c in dataset.Contradictions())
    ///     Console.WriteLine($"{c.Record.CitationKey}: {c.Record.Evidence[0].Quote}\n  vs {c.Other.CitationKey}: {c.Other.Evidence[0].Quote}");
    /// </code>
    /// </example>
    public IReadOnlyList<Contradiction> Contradictions() =>
        [.. AllRecords().SelectMany(r => RelationsOf(r).Where(x => x.Kind == RelationKind.Contradicts).Select(x => new Contradiction(r, x.Record)))];
}
