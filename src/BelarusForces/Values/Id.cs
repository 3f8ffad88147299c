namespace BelarusForces.Values;

/// <summary>
/// The id of a record of type <typeparamref name="TRecord"/>: a unit's id cannot be passed where an equipment
/// type's id is expected. Ids are lowercase kebab-case, unique within their collection, and permanent once released.
/// </summary>
/// <typeparam name="TRecord">The record type the id belongs to.</typeparam>
/// <param name="Value">The id text, such as <c>special-operations-forces</c>.</param>
public readonly record struct Id<TRecord>(string Value)
{
    /// <summary>The id text.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value;
}
