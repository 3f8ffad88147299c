namespace BelarusForces.Values;

/// <summary>
/// A country by its ISO 3166-1 alpha-2 code (<c>BY</c>, <c>RU</c>, <c>CN</c>, ...), plus <c>SU</c> for the Soviet Union.
/// International organisations are not countries: they are <see cref="Model.Organisation"/> records.
/// </summary>
/// <example>
/// <code>
/// var ru = Country.Parse("RU");   // ru == Country.Russia, ru.Name == "Russia"
/// </code>
/// </example>
public readonly partial record struct Country
{
    private Country(string code) => Code = code;

    /// <summary>The two-letter code, upper case.</summary>
    public string Code { get; }

    /// <summary>The English short name, such as <c>Belarus</c>.</summary>
    public string Name => Code is null ? string.Empty : Names[Code];

    /// <summary>Belarus (<c>BY</c>).</summary>
    public static Country Belarus { get; } = new("BY");

    /// <summary>Russia (<c>RU</c>).</summary>
    public static Country Russia { get; } = new("RU");

    /// <summary>China (<c>CN</c>).</summary>
    public static Country China { get; } = new("CN");

    /// <summary>Ukraine (<c>UA</c>).</summary>
    public static Country Ukraine { get; } = new("UA");

    /// <summary>The Soviet Union (<c>SU</c>, a transitionally reserved code).</summary>
    public static Country SovietUnion { get; } = new("SU");

    /// <summary>Every code this type accepts, in alphabetical order.</summary>
    public static IReadOnlyCollection<string> Codes => Names.Keys;

    /// <summary>Reads a code; <see cref="TryFind"/> also reads names (<c>Russia</c>, <c>Russian Federation</c>, <c>ru</c>).</summary>
    /// <param name="code">An ISO 3166-1 alpha-2 code in upper case, or <c>SU</c>.</param>
    /// <returns>The country.</returns>
    /// <exception cref="FormatException">The code is not an assigned ISO 3166-1 alpha-2 code or <c>SU</c>.</exception>
    public static Country Parse(string code) =>
        TryParse(code, out var country) ? country : throw new FormatException($"'{code}' is not an ISO 3166-1 alpha-2 country code (upper case, such as BY or RU) or SU for the Soviet Union; Country.TryFind reads names such as Russia");

    /// <summary>Reads a code without throwing.</summary>
    /// <param name="code">The code to read.</param>
    /// <param name="country">The country, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParse(string? code, out Country country)
    {
        country = default;
        if (code is null || !Names.ContainsKey(code))
        {
            return false;
        }

        country = new Country(code);
        return true;
    }

    /// <summary>The code, such as <c>BY</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code ?? string.Empty;
}
