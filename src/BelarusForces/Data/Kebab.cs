using System.Text;

namespace BelarusForces.Data;

/// <summary>Reads and writes enum values in the kebab-case the data files use (<c>ArmouredVehicle</c> is <c>armoured-vehicle</c>).</summary>
public static class Kebab
{
    /// <summary>The kebab-case name of an enum value.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name as the data files write it.</returns>
    public static string Name<T>(T value)
        where T : struct, Enum => Table<T>.Names[value];

    /// <summary>Every kebab-case name of an enum, in declaration order.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <returns>The names.</returns>
    public static IEnumerable<string> Names<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(Name);

    /// <summary>Reads a kebab-case name.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="text">The name, such as <c>armoured-vehicle</c>.</param>
    /// <param name="value">The value, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        return text is not null && Table<T>.Values.TryGetValue(text, out value);
    }

    internal static string FromPascal(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    private static class Table<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, v => FromPascal(v.ToString()));

        public static readonly Dictionary<string, T> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
