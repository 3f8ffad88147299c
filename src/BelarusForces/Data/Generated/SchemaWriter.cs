#if NET9_0_OR_GREATER
using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace BelarusForces.Data.Generated;

/// <summary>
/// Writes data/schema/*.schema.json from the document types the loader reads (Documents.cs), with JsonSchemaExporter:
/// each shared value type by reference, each enum by its values, and the descriptions of Documents.cs.
/// </summary>
internal static class SchemaWriter
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";
    private const string Base = "https://github.com/belarus-forces/belarus-forces/blob/main/data/schema/";

    // The shared value types: each a string format the library parses (EdtfDate, Quantity, Country, ...).
    private static readonly (ValueFormat Format, string Name, string Pattern, string Description)[] Formats =
    [
        (ValueFormat.Id, "id", "^[a-z0-9]+(-[a-z0-9]+)*$", "A lowercase kebab-case id, unique within its collection and permanent once released."),
        (ValueFormat.Edtf, "edtf", @"^((\d{4}(-(0[1-9]|1[0-2]|2[1-4])(-(0[1-9]|[12]\d|3[01]))?)?[?~%]?|\d{3}X|\d{2}XX)|((\d{4}(-(0[1-9]|1[0-2]|2[1-4])(-(0[1-9]|[12]\d|3[01]))?)?[?~%]?|\d{3}X|\d{2}XX)|\.\.)?/((\d{4}(-(0[1-9]|1[0-2]|2[1-4])(-(0[1-9]|[12]\d|3[01]))?)?[?~%]?|\d{3}X|\d{2}XX)|\.\.)?)$", "An EDTF (ISO 8601-2) level 0 or 1 date: 2017-09-14, 2017-06, 2017, 2011/2013, 2014/.., 2005~, 2018?, 201X."),
        (ValueFormat.Quantity, "quantity", @"^(\?|~?\d+(\.\d+)?|(>|>=|<|<=)\d+(\.\d+)?|\d+(\.\d+)?\.\.\d+(\.\d+)?)$", "A figure with its qualifier: 12, ~800 (about), >50 (more than), >=12 (at least), <20 (fewer than), <=20 (up to), 5000..7000 (range), ? (unknown)."),
        (ValueFormat.Country, "country", "^[A-Z]{2}$", "An ISO 3166-1 alpha-2 country code, or SU for the Soviet Union."),
        (ValueFormat.Party, "party", "^([A-Z]{2}|[a-z0-9]+(-[a-z0-9]+)*)$", "A country code (BY) or an organisation id (csto)."),
    ];

    /// <summary>Every schema file, by its name in data/schema/.</summary>
    public static IEnumerable<(string File, string Text)> Generate()
    {
        var context = DataJsonContext.Default;
        yield return ("common.schema.json", Write(Common(context)));
        yield return ("dataset.schema.json", Write(FileSchema("dataset", "The dataset manifest", context.ManifestDocument)));
        yield return ("releases.schema.json", Write(FileSchema("releases", "Released versions and tombstones of withdrawn records", context.ReleasesDocument)));
        foreach (var collection in Collections.All)
        {
            yield return (collection.Name + ".schema.json", Write(FileSchema(collection.Name, collection.Title, collection.FileType)));
        }
    }

    private static JsonObject Common(DataJsonContext context)
    {
        var defs = new JsonObject();
        foreach (var (_, name, pattern, description) in Formats)
        {
            defs[name] = new JsonObject { ["type"] = "string", ["pattern"] = pattern, ["description"] = description };
        }

        defs["claim"] = new JsonObject { ["enum"] = Enum(typeof(BelarusForces.Values.ClaimStatus)), ["description"] = Describe(typeof(ClaimDocument).GetProperty(nameof(ClaimDocument.Claim))!) };
        defs["evidence"] = new JsonObject
        {
            ["type"] = "array",
            ["minItems"] = 1,
            ["description"] = "Verbatim quotes that back the fact.",
            ["items"] = Export(context.GetTypeInfo(typeof(EvidenceDocument))!, local: true),
        };
        defs["aliases"] = new JsonObject
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            ["description"] = "Every other spelling the sources use, and common transliterations.",
        };
        return new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = Base + "common.schema.json",
            ["title"] = "Definitions shared by the BelarusForces collection files",
            ["$defs"] = defs,
        };
    }

    private static JsonObject FileSchema(string name, string title, JsonTypeInfo type)
    {
        var schema = Export(type, local: false);
        var result = new JsonObject { ["$schema"] = Draft, ["$id"] = Base + name + ".schema.json", ["title"] = title };
        foreach (var (key, value) in schema)
        {
            result[key] = value?.DeepClone();
        }

        return result;
    }

    private static JsonObject Export(JsonTypeInfo type, bool local) =>
        type.GetJsonSchemaAsNode(new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, local ? "#/$defs/" : "common.schema.json#/$defs/"),
        }).AsObject();

    // Names each shared value type by reference, each enum by its values, and adds the descriptions of Documents.cs.
    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, string common)
    {
        var property = context.PropertyInfo?.AttributeProvider as PropertyInfo;
        if (property is null)
        {
            if (context.TypeInfo.Type.GetCustomAttribute<DescriptionAttribute>() is { } typeDescription && node is JsonObject typeNode && typeNode["type"]?.ToString() == "object")
            {
                typeNode.Insert(0, "description", typeDescription.Description);
            }

            return node;
        }

        bool nullable = !context.PropertyInfo!.IsRequired && !property.PropertyType.IsValueType;
        JsonNode? replaced = null;
        if (property.Name == nameof(ClaimDocument.Evidence))
        {
            replaced = Ref(common, "evidence");
        }
        else if (property.GetCustomAttribute<FormatAttribute>() is { } format)
        {
            var name = format.Format == ValueFormat.Alias ? "aliases" : Formats.Single(f => f.Format == format.Format).Name;
            replaced = property.PropertyType == typeof(string[]) && format.Format != ValueFormat.Alias
                ? new JsonObject { ["type"] = "array", ["items"] = Ref(common, name) }
                : Ref(common, name);
        }
        else if (property.GetCustomAttribute<OneOfAttribute>() is { } oneOf)
        {
            replaced = oneOf.Values == typeof(BelarusForces.Values.ClaimStatus) ? Ref(common, "claim") : new JsonObject { ["enum"] = Enum(oneOf.Values) };
        }

        if (replaced is not null)
        {
            node = nullable ? new JsonObject { ["anyOf"] = new JsonArray(replaced, new JsonObject { ["type"] = "null" }) } : replaced;
        }

        if (node is JsonObject obj && Describe(property) is { } description && !obj.ContainsKey("description"))
        {
            obj["description"] = description;
        }

        return node;
    }

    private static JsonObject Ref(string common, string name) => new() { ["$ref"] = common + name };

    private static JsonArray Enum(Type type) => [.. System.Enum.GetNames(type).Select(n => (JsonNode)Kebab.FromPascal(n))];

    private static string? Describe(PropertyInfo property) => property.GetCustomAttribute<DescriptionAttribute>()?.Description;

    private static string Write(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
}
#endif
