using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BelarusForces.Data;
using BelarusForces.Values;

namespace BelarusForces.Versioning;

/// <summary>One field of a record that differs between two datasets.</summary>
/// <param name="Field">The field's JSON path within the record, such as <c>quantity</c> or <c>batches[1].delivered</c>.</param>
/// <param name="Old">The old value as canonical JSON, or <see langword="null"/> when the field was absent.</param>
/// <param name="New">The new value as canonical JSON, or <see langword="null"/> when the field is absent.</param>
public sealed record FieldChange(string Field, string? Old, string? New)
{
    /// <summary>The field and both values.</summary>
    /// <returns>A line such as <c>quantity: "5" → "6"</c>.</returns>
    public override string ToString() => $"{Field}: {Old ?? "(absent)"} → {New ?? "(absent)"}";
}

/// <summary>A record present in both datasets whose fields differ.</summary>
/// <param name="Key">The record's citation key.</param>
/// <param name="Fields">The fields that differ.</param>
public sealed record RecordChange(string Key, ValueArray<FieldChange> Fields)
{
    /// <summary>The key and the changed field names.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Key}: {string.Join(", ", Fields.Select(f => f.Field))}";
}

/// <summary>The records added, changed and withdrawn between two datasets, compared by citation key, field by field.</summary>
public sealed record DatasetDiff
{
    /// <summary>Keys of records only in the newer dataset.</summary>
    public ValueArray<string> Added { get; internal init; }

    /// <summary>Keys of records only in the older dataset.</summary>
    public ValueArray<string> Withdrawn { get; internal init; }

    /// <summary>Records in both whose fields differ.</summary>
    public ValueArray<RecordChange> Changed { get; internal init; }

    /// <summary>The newer dataset's tombstones of the withdrawn records: why each went, and what replaces it.</summary>
    public ValueArray<Tombstone> Tombstones { get; init; } = ValueArray<Tombstone>.Empty;

    /// <summary>The older dataset's version id, such as <c>BelarusForces 1.0.0 (sha256:57aa58b2)</c>.</summary>
    public string From { get; init; } = "";

    /// <summary>The newer dataset's version id.</summary>
    public string To { get; init; } = "";

    /// <summary>Whether the two datasets hold the same records with the same fields.</summary>
    public bool IsEmpty => Added.IsEmpty && Withdrawn.IsEmpty && Changed.IsEmpty;

    /// <summary>Compares two datasets.</summary>
    /// <param name="older">The older dataset, such as a released version.</param>
    /// <param name="newer">The newer dataset, such as a working copy.</param>
    /// <returns>The differences.</returns>
    /// <example>
    /// <code>
    /// var diff = DatasetDiff.Between(BelarusForcesDataset.Current, BelarusForcesDataset.LoadDirectory("my-data"));
    /// Console.WriteLine(diff.ToMarkdown());
    /// </code>
    /// </example>
    public static DatasetDiff Between(BelarusForcesDataset older, BelarusForcesDataset newer)
    {
        var a = Records(older);
        var b = Records(newer);
        var changed = new List<RecordChange>();
        foreach (var (key, oldRecord) in a)
        {
            if (b.TryGetValue(key, out var newRecord) && oldRecord != newRecord)
            {
                using var oldJson = JsonDocument.Parse(oldRecord);
                using var newJson = JsonDocument.Parse(newRecord);
                var fields = new List<FieldChange>();
                Compare("", oldJson.RootElement, newJson.RootElement, fields);
                changed.Add(new RecordChange(key, fields.ToValueArray()));
            }
        }

        var withdrawn = a.Keys.Where(k => !b.ContainsKey(k)).ToValueArray();
        var gone = withdrawn.ToHashSet(StringComparer.Ordinal);
        return new DatasetDiff
        {
            Added = b.Keys.Where(k => !a.ContainsKey(k)).ToValueArray(),
            Withdrawn = withdrawn,
            Changed = changed.ToValueArray(),
            Tombstones = newer.Withdrawn.Where(t => gone.Contains(t.Key)).DistinctBy(t => t.Key).ToValueArray(),
            From = older.VersionId,
            To = newer.VersionId,
        };
    }

    /// <summary>
    /// The differences as Markdown, in the shape of a CHANGELOG entry: the records added, every changed field with its
    /// old and new value (canonical JSON), and the records withdrawn with their replacement and reason.
    /// </summary>
    /// <returns>The Markdown text, with line feeds on every platform.</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        if (From.Length > 0)
        {
            sb.Append($"Compared with {Text(From)}: {Text(To)}.\n\n");
        }

        var tombstones = Tombstones.ToDictionary(t => t.Key, StringComparer.Ordinal);

        Section(sb, "Added", Added.Count, Added.Select(k => $"- {Code(k)}"));
        Section(sb, "Changed", Changed.Count, Changed.Select(c =>
            $"- {Code(c.Key)}" + string.Concat(c.Fields.Select(f => $"\n  - {Code(f.Field)}: {Value(f.Old)} → {Value(f.New)}"))));
        Section(sb, "Withdrawn", Withdrawn.Count, Withdrawn.Select(k => tombstones.GetValueOrDefault(k) switch
        {
            { ReplacedBy: { } by } t => $"- {Code(k)} → {Code(by)}: {Text(t.Reason)}",
            { } t => $"- {Code(k)}, without replacement: {Text(t.Reason)}",
            null => $"- {Code(k)}",
        }));
        return sb.ToString();

        static string Value(string? json) => json is null ? "(absent)" : Code(json);
    }

    private static void Section(StringBuilder sb, string title, int count, IEnumerable<string> items)
    {
        sb.Append($"### {title} ({count})\n\n");
        foreach (var item in items)
        {
            sb.Append(item).Append('\n');
        }

        if (count == 0)
        {
            sb.Append("Nothing.\n");
        }

        sb.Append('\n');
    }

    // Text from the data as Markdown that reads as the text and nothing else: on one line (a line break or other control
    // character could start a heading or a list), and the characters that make emphasis, code, links, images, HTML,
    // headings, tables and entities backslash-escaped. The text never starts a line, so list markers stay text.
    internal static string Text(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in OneLine(text))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '&' or '!')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    // Control characters, line and paragraph separators become spaces.
    private static string OneLine(string text) =>
        string.Create(text.Length, text, (span, t) =>
        {
            for (int i = 0; i < t.Length; i++)
            {
                span[i] = char.IsControl(t[i]) || t[i] is '\u2028' or '\u2029' ? ' ' : t[i];
            }
        });

    // A Markdown code span that holds any text on one line: its fence is longer than any run of backticks inside.
    private static string Code(string text)
    {
        text = OneLine(text);
        var fence = new string('`', LongestRun(text, '`') + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + pad + text + pad + fence;
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>The counts.</summary>
    /// <returns>A line such as <c>3 added, 1 changed, 0 withdrawn</c>.</returns>
    public override string ToString() => $"{Added.Count} added, {Changed.Count} changed, {Withdrawn.Count} withdrawn";

    // Citation key -> canonical JSON of the record, in file order.
    private static Dictionary<string, string> Records(BelarusForcesDataset data)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in BelarusForces.Data.Collections.All.Where(c => c != BelarusForces.Data.Collections.Sources).Select(c => c.File))
        {
            var collection = Path.GetFileNameWithoutExtension(file);
            using var doc = JsonDocument.Parse(data.RawFile(file)!.Value);
            foreach (var record in doc.RootElement.GetProperty("records").EnumerateArray())
            {
                result[collection + "/" + record.GetProperty("id").GetString()] = Canonical(record);
            }
        }

        return result;
    }

    // Objects are compared member by member and lists item by item, so that a change names the innermost field
    // that differs (batches[1].delivered); a member or item present on one side only is a change from or to absent.
    private static void Compare(string path, JsonElement old, JsonElement @new, List<FieldChange> changes)
    {
        if (old.ValueKind == JsonValueKind.Object && @new.ValueKind == JsonValueKind.Object)
        {
            var names = old.EnumerateObject().Select(p => p.Name).Union(@new.EnumerateObject().Select(p => p.Name)).Order(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var inner = path.Length == 0 ? name : path + "." + name;
                CompareOptional(inner, old.TryGetProperty(name, out var o) ? o : null, @new.TryGetProperty(name, out var n) ? n : null, changes);
            }
        }
        else if (old.ValueKind == JsonValueKind.Array && @new.ValueKind == JsonValueKind.Array)
        {
            var count = Math.Max(old.GetArrayLength(), @new.GetArrayLength());
            for (int i = 0; i < count; i++)
            {
                CompareOptional($"{path}[{i}]", i < old.GetArrayLength() ? old[i] : null, i < @new.GetArrayLength() ? @new[i] : null, changes);
            }
        }
        else if (Canonical(old) is var before && Canonical(@new) is var after && before != after)
        {
            changes.Add(new FieldChange(path, before, after));
        }
    }

    private static void CompareOptional(string path, JsonElement? old, JsonElement? @new, List<FieldChange> changes)
    {
        if (old is { } o && @new is { } n)
        {
            Compare(path, o, n, changes);
        }
        else if (old is not null || @new is not null)
        {
            changes.Add(new FieldChange(path, old is { } gone ? Canonical(gone) : null, @new is { } added ? Canonical(added) : null));
        }
    }

    private static string Canonical(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Letters and punctuation as they are (“quotes”, Yaşar), so that a changelog reads as the data does.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ContentHash.WriteCanonical(element, writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
