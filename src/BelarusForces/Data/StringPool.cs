namespace BelarusForces.Data;

/// <summary>
/// One string per distinct short text in a load. The data files repeat a few hundred short texts thousands of times
/// (the source id of every quote, claims, kinds, country codes, dates, references), and a fresh process pays for
/// every page of memory it touches, so each of them is made once.
/// </summary>
/// <remarks>
/// A direct-mapped cache keyed by the text's bytes: a slot taken by another text is simply overwritten, so a miss
/// costs one string, as without the pool. Only short ASCII texts without escapes are pooled; any other string is
/// made as usual.
/// </remarks>
internal sealed class StringPool
{
    private const int MaxLength = 48;
    private readonly string?[] _slots = new string?[1024];

    /// <summary>The current string of <paramref name="json"/>, unescaped: the pooled one if the same text was seen.</summary>
    public string Get(ref JsonCursor json)
    {
        var raw = json.RawString;
        if (json.IsEscaped || raw.Length > MaxLength)
        {
            return json.GetString();
        }

        uint hash = 2166136261; // FNV-1a
        foreach (byte b in raw)
        {
            if (b >= 0x80)
            {
                return json.GetString();
            }

            hash = (hash ^ b) * 16777619;
        }

        ref var slot = ref _slots[hash & (uint)(_slots.Length - 1)];
        if (slot is { } pooled && SameAscii(raw, pooled))
        {
            return pooled;
        }

        slot = json.GetString();
        return slot;
    }

    private static bool SameAscii(ReadOnlySpan<byte> bytes, string text)
    {
        if (bytes.Length != text.Length)
        {
            return false;
        }

        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != text[i])
            {
                return false;
            }
        }

        return true;
    }
}
