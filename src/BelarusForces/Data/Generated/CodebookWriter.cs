using System.Text;
using System.Text.Json.Nodes;

namespace BelarusForces.Data.Generated;

/// <summary>Writes docs/CODEBOOK.md: every collection file of data/ and every field, from the JSON Schemas and the data.</summary>
internal static class CodebookWriter
{
    private static readonly string[] Collections = [.. Data.Collections.All.Select(c => c.Name), "releases", "dataset"];

    /// <summary>The codebook of the data directory <paramref name="data"/>, from its schemas (their texts by file name).</summary>
    public static string Generate(IReadOnlyDictionary<string, string> schemas, DirectoryInfo data)
    {
        var common = JsonNode.Parse(schemas["common.schema.json"])!["$defs"]!.AsObject();
        var sb = new StringBuilder();
        sb.Append("# Codebook\n\n");
        sb.Append("Every collection file of `data/` and every field, with its type, allowed values and an example from the data. ");
        sb.Append("Generated from `data/schema/*.schema.json` by `dotnet run --project eng/DataTool -- generate`; do not edit by hand.\n\n");
        sb.Append("## Shared value types\n\n| type | meaning |\n|---|---|\n");
        foreach (var (name, def) in common)
        {
            sb.Append($"| `{name}` | {Cell((string?)def!["description"])} |\n");
        }

        foreach (var collection in Collections)
        {
            var schema = JsonNode.Parse(schemas[collection + ".schema.json"])!;
            var document = JsonNode.Parse(File.ReadAllText(Path.Combine(data.FullName, collection + ".json")))!;
            sb.Append($"\n## {collection}.json — {schema["title"]}\n\n");
            JsonObject item;
            List<JsonNode?> examples;
            if (schema["properties"]!["records"] is { } records)
            {
                item = records["items"]!.AsObject();
                examples = [.. document["records"]!.AsArray()];
                sb.Append($"{item["description"]} The file holds `records`, an array of these.\n\n");
            }
            else
            {
                item = schema.AsObject();
                examples = [document];
            }

            Fields(sb, item, examples, "");
        }

        sb.Append("\n## Validation rules\n\n");
        sb.Append("`BelarusForcesDataset.LoadDirectory` and `belarus-forces validate` check every rule and report each problem with its file, JSON path, line and rule.\n\n");
        sb.Append("| rule | what it asks |\n|---|---|\n");
        foreach (var rule in Rules.All)
        {
            sb.Append($"| `{rule.Id}` | {Cell(rule.Description)} |\n");
        }

        return sb.ToString();
    }

    private static void Fields(StringBuilder sb, JsonObject item, List<JsonNode?> examples, string prefix)
    {
        if (prefix.Length == 0)
        {
            sb.Append("| field | type | required | allowed values or format | example |\n|---|---|---|---|---|\n");
        }

        var required = item["required"]?.AsArray().Select(r => (string)r!).ToHashSet() ?? [];
        foreach (var (name, property) in item["properties"]!.AsObject())
        {
            if (name == "$schema")
            {
                continue;
            }

            var (type, allowed) = Describe(property!);
            // The first value in the data that is not null, so that every field shows a real example.
            var value = examples.Select(e => e?[name]).FirstOrDefault(v => v is not null && v is not JsonArray { Count: 0 });
            sb.Append($"| `{prefix}{name}` | {type} | {(required.Contains(name) ? "yes" : "no")} | {Cell(allowed)} | {Cell(Example(value))} |\n");
            var items = property!["items"] as JsonObject;
            if (items?["properties"] is not null && name != "evidence")
            {
                Fields(sb, items, [.. examples.SelectMany(e => e?[name] as JsonArray ?? [])], prefix + name + "[].");
            }
        }
    }

    private static (string Type, string Allowed) Describe(JsonNode property)
    {
        if (property["$ref"] is { } reference)
        {
            var name = ((string)reference!).Split('/')[^1];
            return ($"`{name}`", (string?)property["description"] ?? "");
        }

        if (property["anyOf"] is JsonArray any)
        {
            var options = any.Select(a => Describe(a!)).Where(d => d.Type != "null").ToList();
            return (string.Join(" or ", options.Select(o => o.Type)) + " or null", string.Join(" ", options.Select(o => o.Allowed)));
        }

        if (property["enum"] is JsonArray values)
        {
            return ("enum", string.Join(", ", values.Select(v => v is null ? "null" : $"`{v}`")));
        }

        var type = property["type"] is JsonArray types ? string.Join(" or ", types.Select(t => (string)t!)) : (string?)property["type"] ?? "";
        if (type == "array" && property["items"] is { } items)
        {
            var (itemType, allowed) = items["properties"] is not null ? ("object", "") : Describe(items);
            return ($"array of {itemType}", allowed);
        }

        var pattern = (string?)property["pattern"];
        return (type, (string?)property["description"] ?? (pattern is null ? "" : $"pattern `{pattern}`"));
    }

    private static string Example(JsonNode? value)
    {
        if (value is null)
        {
            return "";
        }

        var text = value.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return text.Length <= 60 ? $"`{text}`" : $"`{text[..57]}...`";
    }

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
