namespace BelarusForces.Values;

/// <summary>An amount of money with its ISO 4217 currency, such as "more than $1bn" (<c>&gt;1000000000 USD</c>).</summary>
/// <param name="Amount">The figure, with its qualifier.</param>
/// <param name="Currency">The ISO 4217 currency code, such as <c>USD</c>.</param>
public readonly record struct Money(Quantity Amount, string Currency)
{
    /// <summary>The amount and currency, such as <c>&gt;1000000000 USD</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Amount} {Currency}";
}
