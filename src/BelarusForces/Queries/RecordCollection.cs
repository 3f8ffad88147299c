using System.Collections;
using System.Collections.Immutable;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Queries;

/// <summary>The records of one collection, in file order, with lookup by id.</summary>
/// <typeparam name="T">The record type.</typeparam>
public class RecordCollection<T> : IReadOnlyList<T>
    where T : class, IRecord
{
    private readonly ImmutableArray<T> _records;
    private readonly Dictionary<string, T> _byId;

    internal RecordCollection(ImmutableArray<T> records)
    {
        _records = records;
        _byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public int Count => _records.Length;

    internal ImmutableArray<T> Items => _records;

    /// <inheritdoc />
    public T this[int index] => _records[index];

    /// <summary>The record with the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The record.</returns>
    /// <exception cref="KeyNotFoundException">No record of the collection has the id.</exception>
    public T this[Id<T> id] => _byId.TryGetValue(id.Value, out var r) ? r : throw new KeyNotFoundException($"There is no record '{id}' in this collection.");

    /// <summary>
    /// Finds a record by id without throwing. Names and aliases (<c>sof</c>, <c>Raukou</c>) are found across the
    /// collections by <see cref="BelarusForcesDataset.FindByName"/>.
    /// </summary>
    /// <param name="id">The id text, such as <c>su-30sm</c>.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    public T? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>An allocation-free enumerator over the records in file order.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => _records.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_records).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_records).GetEnumerator();

    /// <summary>The record type and count.</summary>
    /// <returns>A line such as <c>12 Procurement records</c>.</returns>
    public override string ToString() => $"{Count} {typeof(T).Name} records";
}
