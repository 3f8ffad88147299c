using System.Collections.Frozen;
using BelarusForces.Data;

namespace BelarusForces.Values;

// Countries as people write them: a code in any case, the English short name, or a common other name.
public readonly partial record struct Country
{
    // Built on first use, when every static field of the partial type is set (their order across files is not defined).
    private static readonly Lazy<FrozenDictionary<string, string>> ByName = new(() =>
        Names!.Select(p => (Key: NameFolding.Normalize(p.Value), Code: p.Key))
            .Concat(OtherNames().Select(p => (Key: NameFolding.Normalize(p.Name), p.Code)))
            .ToFrozenDictionary(p => p.Key, p => p.Code, StringComparer.Ordinal));

    private static (string Name, string Code)[] OtherNames() =>
    [
        ("Russian Federation", "RU"), ("USSR", "SU"), ("Byelorussia", "BY"), ("Belorussia", "BY"), ("Republic of Belarus", "BY"),
        ("PRC", "CN"), ("People's Republic of China", "CN"), ("USA", "US"), ("United States of America", "US"), ("America", "US"),
        ("UK", "GB"), ("Britain", "GB"), ("Great Britain", "GB"), ("Turkey", "TR"),
    ];

    /// <summary>Finds a country by its code in any case (<c>ru</c>), its English short name (<c>Russia</c>) or a common other name (<c>Russian Federation</c>, <c>USSR</c>).</summary>
    /// <param name="text">The code or name; case, diacritics and punctuation do not matter.</param>
    /// <param name="country">The country, when one is found.</param>
    /// <returns>Whether one is found.</returns>
    /// <example><code>Country.TryFind("Russia", out var ru); // ru == Country.Russia</code></example>
    public static bool TryFind(string? text, out Country country)
    {
        country = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (text.Length == 2 && TryParse(text.ToUpperInvariant(), out country))
        {
            return true;
        }

        return ByName.Value.TryGetValue(NameFolding.Normalize(text), out var code) && TryParse(code, out country);
    }
}
