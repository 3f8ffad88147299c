using System.Collections.Immutable;
using BelarusForces.Model;

namespace BelarusForces.Data;

/// <summary>Every named record by the comparison key (<see cref="NameFolding"/>) of its name, id and aliases.</summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, ImmutableArray<INamedRecord>> _byKey;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, ImmutableArray<INamedRecord>>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#endif

    public NameIndex(IEnumerable<IRecord> records)
    {
        var named = new Dictionary<string, List<INamedRecord>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (record is not INamedRecord entity)
            {
                continue;
            }

            foreach (var alias in entity.Aliases)
            {
                Add(named, alias, entity);
            }

            Add(named, entity.Name, entity);
            Add(named, entity.Id, entity);
        }

        _byKey = new(named.Count, StringComparer.Ordinal);
        foreach (var (key, list) in named)
        {
            _byKey[key] = [.. list];
        }
#if NET9_0_OR_GREATER
        _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    public ImmutableArray<INamedRecord> Find(string name)
    {
        if (name.Length > 256)
        {
            return _byKey.TryGetValue(NameFolding.Normalize(name), out var longName) ? longName : [];
        }

        // The key is built on the stack and looked up by span: a lookup allocates nothing for ASCII names.
        Span<char> key = stackalloc char[name.Length * NameFolding.MaxExpansion];
        key = key[..NameFolding.Normalize(name, key)];
#if NET9_0_OR_GREATER
        return _bySpan.TryGetValue(key, out var found) ? found : [];
#else
        return _byKey.TryGetValue(new string(key), out var found) ? found : [];
#endif
    }

    private static void Add(Dictionary<string, List<INamedRecord>> named, string name, INamedRecord entity)
    {
        var key = NameFolding.Normalize(name);
        if (!named.TryGetValue(key, out var list))
        {
            named[key] = list = [];
        }

        // Records are compared by identity: two records with equal content are still two records.
        if (list.Count == 0 || !ReferenceEquals(list[^1], entity))
        {
            list.Add(entity);
        }
    }
}
