using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace BelarusForces.Tests;

/// <summary>
/// Checks a Frictionless Data Package (v2) as the specification requires of it: the descriptor's required properties,
/// every resource's file, its header against the schema's fields, each value against its field's type and
/// constraints, primary keys unique and present, and foreign keys that name existing fields and resolve to a unique
/// row of the referenced resource. Returns one line per problem.
/// </summary>
internal static class DataPackageChecker
{
    private static readonly string[] FieldTypes = ["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any", "list"];

    public static List<string> Check(string directory)
    {
        var problems = new List<string>();
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "datapackage.json")))!.AsObject();
        if ((string?)package["$schema"] != "https://datapackage.org/profiles/2.0/datapackage.json")
        {
            problems.Add("$schema is not the v2 data package profile");
        }

        if (!DateTimeOffset.TryParseExact((string?)package["created"], "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            problems.Add("created is not an RFC 3339 date-time");
        }

        foreach (var property in new[] { "name", "version", "licenses", "resources", "sources" })
        {
            if (package[property] is null)
            {
                problems.Add($"{property} is missing");
            }
        }

        var tables = new Dictionary<string, (List<string> Fields, List<string?[]> Rows, JsonObject Schema)>(StringComparer.Ordinal);
        foreach (var resource in package["resources"]!.AsArray().Select(r => r!.AsObject()))
        {
            var name = (string)resource["name"]!;
            var path = Path.Combine(directory, (string)resource["path"]!);
            if (!File.Exists(path))
            {
                problems.Add($"{name}: {resource["path"]} does not exist");
                continue;
            }

            var schema = resource["schema"]!.AsObject();
            var fields = schema["fields"]!.AsArray().Select(f => f!.AsObject()).ToList();
            var rows = ReadCsv(path);
            var header = rows[0].Select(h => h!).ToList();
            rows.RemoveAt(0);
            var names = fields.Select(f => (string)f["name"]!).ToList();
            if (!header.SequenceEqual(names))
            {
                problems.Add($"{name}: the header is not the schema's fields");
            }

            for (int c = 0; c < fields.Count; c++)
            {
                CheckField(problems, name, fields[c], rows.Select(r => r[c]).ToList());
            }

            var primaryKey = schema["primaryKey"]!.AsArray().Select(k => (string)k!).ToList();
            var keyColumns = primaryKey.Select(k => names.IndexOf(k)).ToList();
            if (keyColumns.Contains(-1))
            {
                problems.Add($"{name}: the primary key names a field it does not have");
            }
            else if (rows.Select(r => Key(r, keyColumns)).Distinct().Count() != rows.Count || rows.Any(r => keyColumns.Any(k => r[k] is null)))
            {
                problems.Add($"{name}: the primary key is not unique and present in every row");
            }

            tables[name] = (names, rows, schema);
        }

        foreach (var (name, table) in tables)
        {
            foreach (var key in table.Schema["foreignKeys"]?.AsArray() ?? [])
            {
                var fields = key!["fields"]!.AsArray().Select(f => (string)f!).ToList();
                var target = (string?)key["reference"]!["resource"] ?? name;
                var targetFields = key["reference"]!["fields"]!.AsArray().Select(f => (string)f!).ToList();
                if (!tables.TryGetValue(target, out var referenced) || fields.Any(f => !table.Fields.Contains(f)) || targetFields.Any(f => !referenced.Fields.Contains(f)))
                {
                    problems.Add($"{name}: a foreign key names a resource or field that does not exist ({string.Join(",", fields)} -> {target})");
                    continue;
                }

                var targetColumns = targetFields.Select(f => referenced.Fields.IndexOf(f)).ToList();
                var targetKeys = referenced.Rows.Select(r => Key(r, targetColumns)).ToList();
                if (targetKeys.Distinct().Count() != targetKeys.Count)
                {
                    problems.Add($"{name}: the foreign key's target {target}.{string.Join(",", targetFields)} is not unique");
                }

                var columns = fields.Select(f => table.Fields.IndexOf(f)).ToList();
                var known = targetKeys.ToHashSet();
                foreach (var row in table.Rows.Where(r => columns.All(c => r[c] is not null)))
                {
                    if (!known.Contains(Key(row, columns)))
                    {
                        problems.Add($"{name}: {Key(row, columns)} is not found in {target}");
                    }
                }
            }
        }

        return problems;
    }

    private static void CheckField(List<string> problems, string table, JsonObject field, List<string?> values)
    {
        var name = $"{table}.{field["name"]}";
        var type = (string)field["type"]!;
        if (!FieldTypes.Contains(type) || field["description"] is null)
        {
            problems.Add($"{name}: the type '{type}' is not a Table Schema type, or there is no description");
        }

        var constraints = field["constraints"];
        var allowed = constraints?["enum"]?.AsArray().Select(v => (string?)v).ToHashSet();
        foreach (var value in values)
        {
            if (value is null)
            {
                if ((bool?)constraints?["required"] == true)
                {
                    problems.Add($"{name}: a required value is missing");
                }

                continue;
            }

            bool valid = type switch
            {
                "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                "number" => decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
                "boolean" => value is "true" or "false",
                "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                _ => true,
            };
            if (!valid || (allowed is not null && !allowed.Contains(value)))
            {
                problems.Add($"{name}: '{value}' is not a valid {type}{(allowed is null ? "" : " of the allowed values")}");
            }
        }

        if ((bool?)constraints?["unique"] == true && values.Where(v => v is not null).Distinct().Count() != values.Count(v => v is not null))
        {
            problems.Add($"{name}: values are not unique");
        }
    }

    private static string Key(string?[] row, List<int> columns) => string.Join("\u001f", columns.Select(c => row[c]));

    /// <summary>Reads an RFC 4180 file: quoted fields may hold commas, quotes (doubled) and line breaks; an unquoted empty field is null.</summary>
    public static List<string?[]> ReadCsv(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false));
        var rows = new List<string?[]>();
        var row = new List<string?>();
        var field = new StringBuilder();
        bool quoted = false, wasQuoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = wasQuoted = true;
            }
            else if (c == ',' || c == '\r')
            {
                row.Add(wasQuoted || field.Length > 0 ? field.ToString() : null);
                field.Clear();
                wasQuoted = false;
                if (c == '\r')
                {
                    text[i + 1].Should().Be('\n', "RFC 4180 ends lines with CRLF");
                    i++;
                    rows.Add([.. row]);
                    row.Clear();
                }
            }
            else
            {
                c.Should().NotBe('\n', "a bare LF outside quotes is not an RFC 4180 line end");
                field.Append(c);
            }
        }

        return rows;
    }
}
