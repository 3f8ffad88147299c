using BelarusForces.Model;

namespace BelarusForces.Search;

/// <summary>A record that points at another one, and the field through which it does.</summary>
public sealed record RecordReference
{
    internal RecordReference(IRecord record, string field)
    {
        Record = record;
        Field = field;
    }

    /// <summary>The record that refers.</summary>
    public IRecord Record { get; }

    /// <summary>
    /// The field through which it refers, in snake_case: <c>parent</c>, <c>posts</c>, <c>holder</c>, <c>equipment</c>,
    /// <c>recipient_unit</c>, <c>supplier_organisation</c>, <c>manufacturer</c>, <c>variant_of</c>, <c>units</c>,
    /// <c>sites</c>, <c>parties</c>, <c>participants</c>, <c>observers_invited</c>, <c>subject</c>, <c>subject_unit</c>,
    /// <c>evidence</c> (it cites a source), or <c>mentions</c> (its text names the record: a title, note or quote).
    /// </summary>
    public string Field { get; }

    /// <summary>The referring record's key and the field.</summary>
    /// <returns>A line such as <c>people/... (posts)</c>.</returns>
    public override string ToString() => $"{Record.CitationKey} ({Field})";
}
