using System.Collections;
using System.Collections.Immutable;

namespace BelarusForces.Values;

/// <summary>
/// An immutable list that compares by its items and prints them, so records holding lists
/// compare and print as a person expects (an <see cref="ImmutableArray{T}"/> compares by reference).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps items.</summary>
    /// <param name="items">The items.</param>
    public ValueArray(ImmutableArray<T> items) => _items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>An empty list.</summary>
    public static ValueArray<T> Empty => new(ImmutableArray<T>.Empty);

    /// <summary>The items as an <see cref="ImmutableArray{T}"/>.</summary>
    public ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <inheritdoc />
    public int Count => Items.Length;

    /// <inheritdoc />
    public T this[int index] => Items[index];

    /// <summary>Whether the list has no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>An allocation-free enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueArray<T> other) => Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items, such as <c>[BY, RU]</c>.</summary>
    /// <returns>The items in brackets.</returns>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";

    /// <summary>Compares by items.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns>Whether the items are equal.</returns>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Compares by items.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns>Whether the items differ.</returns>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);
}

/// <summary>Creates <see cref="ValueArray{T}"/> instances.</summary>
public static class ValueArray
{
    /// <summary>Copies items into a <see cref="ValueArray{T}"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => new(items.ToImmutableArray());
}
