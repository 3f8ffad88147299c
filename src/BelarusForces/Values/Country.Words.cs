namespace BelarusForces.Values;

// The words a text names a country by, besides its short name: its adjective and its capital, which the sources use
// for its government ("Moscow backed down"). The data's support rule (country-named) looks for them in quotes.
public readonly partial record struct Country
{
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["AM"] = ["Armenian", "Armenians", "Yerevan"],
        ["AZ"] = ["Azerbaijani", "Azerbaijanis", "Baku"],
        ["BY"] = ["Belarusian", "Belarusians", "Minsk"],
        ["CN"] = ["Chinese", "Beijing"],
        ["DE"] = ["German", "Germans", "Berlin"],
        ["EE"] = ["Estonian", "Estonians", "Tallinn"],
        ["ES"] = ["Spanish", "Madrid"],
        ["FI"] = ["Finnish", "Helsinki"],
        ["GB"] = ["British", "Britain", "UK", "London"],
        ["GE"] = ["Georgian", "Georgians", "Tbilisi"],
        ["KZ"] = ["Kazakh", "Kazakhstani", "Astana"],
        ["LB"] = ["Lebanese", "Beirut"],
        ["LT"] = ["Lithuanian", "Lithuanians", "Vilnius"],
        ["LV"] = ["Latvian", "Latvians", "Riga"],
        ["MD"] = ["Moldovan", "Chisinau"],
        ["NO"] = ["Norwegian", "Oslo"],
        ["PL"] = ["Polish", "Poles", "Warsaw"],
        ["RU"] = ["Russian", "Russians", "Moscow", "Kremlin"],
        ["SE"] = ["Swedish", "Stockholm"],
        ["SU"] = ["Soviet", "USSR"],
        ["SY"] = ["Syria", "Syrian", "Damascus"],
        ["TH"] = ["Thai", "Bangkok"],
        ["TJ"] = ["Tajik", "Tajikistani", "Dushanbe"],
        ["TR"] = ["Turkey", "Turkish", "Ankara"],
        ["UA"] = ["Ukrainian", "Ukrainians", "Kyiv", "Kiev"],
        ["US"] = ["US", "U.S.", "USA", "America", "American", "Americans", "Washington"],
    };

    /// <summary>The words a text may name the country by: its short name, and its adjective and capital where known.</summary>
    internal static IEnumerable<string> WordsFor(string code) =>
        (Names.TryGetValue(code, out var name) ? [name] : Array.Empty<string>()).Concat(Words.GetValueOrDefault(code) ?? []).Distinct(StringComparer.Ordinal);
}
