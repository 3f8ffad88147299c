using System.Runtime.CompilerServices;
using System.Text;

namespace BelarusForces.Data;

/// <summary>Reads and writes enum values in the kebab-case the data files use (<c>ArmouredVehicle</c> is <c>armoured-vehicle</c>).</summary>
internal static class Kebab
{
    /// <summary>The kebab-case name of an enum value.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name as the data files write it.</returns>
    public static string Name<T>(T value)
        where T : struct, Enum => NamesOf(typeof(T))[ToInt(value)];

    /// <summary>Every kebab-case name of an enum, in declaration order.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <returns>The names.</returns>
    public static IEnumerable<string> Names<T>()
        where T : struct, Enum => NamesOf(typeof(T));

    /// <summary>Reads a kebab-case name.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="text">The name, such as <c>armoured-vehicle</c>.</param>
    /// <param name="value">The value, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        int index = text is null ? -1 : Array.IndexOf(NamesOf(typeof(T)), text);
        if (index < 0)
        {
            return false;
        }

        value = Unsafe.As<int, T>(ref index);
        return true;
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

    // The library's enums are int-based and numbered 0, 1, 2, ... in declaration order, so a value is its index
    // into a plain array of names. The arrays are made by non-generic code and kept by type: code generic over each
    // enum would have to be compiled once per enum in every fresh process.
    private static int ToInt<T>(T value)
        where T : struct, Enum => Unsafe.As<T, int>(ref value);

    private static readonly Dictionary<Type, string[]> Tables = [];

    private static string[] NamesOf(Type type)
    {
        lock (Tables)
        {
            if (!Tables.TryGetValue(type, out var names))
            {
                Tables[type] = names = Build(type);
            }

            return names;
        }
    }

    private static string[] Build(Type type)
    {
        var values = Enum.GetValuesAsUnderlyingType(type);
        var names = Enum.GetNames(type);
        for (int i = 0; i < names.Length; i++)
        {
            if (values.GetValue(i) is not int value || value != i)
            {
                throw new InvalidOperationException($"{type.Name} must be an int enum numbered from 0 in order.");
            }

            names[i] = FromPascal(names[i]);
        }

        return names;
    }
}
