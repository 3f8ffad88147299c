using System.Buffers;
using System.Text;
using System.Text.Json;
using BelarusForces.Data;
using BelarusForces.Values;

namespace BelarusForces.Versioning;

/// <summary>One field of a record that differs between two datasets.</summary>
/// <param name="Field">The field's JSON name, such as <c>quantity</c>.</param>
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
        foreach (var (key, oldFields) in a)
        {
            if (!b.TryGetValue(key, out var newFields))
            {
                continue;
            }

            var fields = oldFields.Keys.Union(newFields.Keys).Order(StringComparer.Ordinal)
                .Where(f => oldFields.GetValueOrDefault(f) != newFields.GetValueOrDefault(f))
                .Select(f => new FieldChange(f, oldFields.GetValueOrDefault(f), newFields.GetValueOrDefault(f)))
                .ToValueArray();
            if (!fields.IsEmpty)
            {
                changed.Add(new RecordChange(key, fields));
            }
        }

        return new DatasetDiff
        {
            Added = b.Keys.Where(k => !a.ContainsKey(k)).ToValueArray(),
            Withdrawn = a.Keys.Where(k => !b.ContainsKey(k)).ToValueArray(),
            Changed = changed.ToValueArray(),
        };
    }

    /// <summary>The differences as Markdown, in the shape of a CHANGELOG entry.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        void Section(string title, IEnumerable<string> lines)
        {
            var list = lines.ToList();
            sb.AppendLine($"### {title} ({list.Count})").AppendLine();
            foreach (var line in list)
            {
                sb.AppendLine("- " + line);
            }

            sb.AppendLine();
        }

        Section("Added", Added);
        Section("Changed", Changed.Select(c => c.ToString()));
        Section("Withdrawn", Withdrawn);
        return sb.ToString();
    }

    /// <summary>The counts.</summary>
    /// <returns>A line such as <c>3 added, 1 changed, 0 withdrawn</c>.</returns>
    public override string ToString() => $"{Added.Count} added, {Changed.Count} changed, {Withdrawn.Count} withdrawn";

    // Citation key -> field name -> canonical JSON of the field's value, in file order.
    private static Dictionary<string, Dictionary<string, string>> Records(BelarusForcesDataset data)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in BelarusForces.Data.Collections.All.Where(c => c != BelarusForces.Data.Collections.Sources).Select(c => c.File))
        {
            var collection = Path.GetFileNameWithoutExtension(file);
            using var doc = JsonDocument.Parse(data.RawFile(file)!.Value);
            foreach (var record in doc.RootElement.GetProperty("records").EnumerateArray())
            {
                var fields = record.EnumerateObject().ToDictionary(p => p.Name, p => Canonical(p.Value), StringComparer.Ordinal);
                result[collection + "/" + record.GetProperty("id").GetString()] = fields;
            }
        }

        return result;
    }

    private static string Canonical(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ContentHash.WriteCanonical(element, writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
