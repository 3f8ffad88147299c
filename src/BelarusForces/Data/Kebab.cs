using System.Runtime.CompilerServices;
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
        where T : struct, Enum => Table<T>.Names[ToInt(value)];

    /// <summary>Every kebab-case name of an enum, in declaration order.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <returns>The names.</returns>
    public static IEnumerable<string> Names<T>()
        where T : struct, Enum => Table<T>.Names;

    /// <summary>Reads a kebab-case name.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="text">The name, such as <c>armoured-vehicle</c>.</param>
    /// <param name="value">The value, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        int index = text is null ? -1 : Array.IndexOf(Table<T>.Names, text);
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

    // The library's enums are int-based and numbered 0, 1, 2, ... in declaration order, so a value is its index:
    // plain string arrays, rather than a dictionary per enum type, keep the first load from compiling one
    // dictionary per enum.
    private static int ToInt<T>(T value)
        where T : struct, Enum => Unsafe.As<T, int>(ref value);

    private static class Table<T>
        where T : struct, Enum
    {
        public static readonly string[] Names = Build();

        private static string[] Build()
        {
            var values = Enum.GetValues<T>();
            var names = new string[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                if (ToInt(values[i]) != i || Unsafe.SizeOf<T>() != sizeof(int))
                {
                    throw new InvalidOperationException($"{typeof(T).Name} must be an int enum numbered from 0 in order.");
                }

                names[i] = FromPascal(values[i].ToString());
            }

            return names;
        }
    }
}
