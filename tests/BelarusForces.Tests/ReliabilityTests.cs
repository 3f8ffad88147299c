using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using BelarusForces.Data;
using BelarusForces.Values;
using CsCheck;

namespace BelarusForces.Tests;

public class ReliabilityTests
{
    private static readonly string[] Files = [.. Directory.GetFiles(Repository.Data, "*.json").Select(Path.GetFileName).Order()!];

    // The fuzz target over LoadDirectory: a bounded number of mutated inputs, each of which must load or throw the
    // documented exception, within a bound that only a hang would pass; a mutation that keeps the data valid (keys
    // reordered, whitespace changed) must load, with the same content hash.
    [Fact]
    public void Mutated_data_either_loads_or_throws_the_documented_exception_with_a_location()
    {
        using var data = new DataFixture();
        var originals = Files.ToDictionary(f => f, f => File.ReadAllBytes(data.PathOf(f)));
        var hash = BelarusForcesDataset.LoadDirectory(data.Data).ContentHash;
        Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Int[0, 12], Gen.Double[0, 1], Gen.Byte).Sample((fileIndex, mutation, where, value) =>
        {
            var file = Files[fileIndex];
            var bytes = originals[file];
            var (mutated, extra) = Mutate(bytes, mutation, (int)(where * bytes.Length), value);
            try
            {
                if (mutated is null)
                {
                    File.Delete(data.PathOf(file));
                }
                else
                {
                    File.WriteAllBytes(data.PathOf(file), mutated);
                }

                if (extra is not null)
                {
                    File.WriteAllText(data.PathOf(extra), "{}");
                }

                var load = Task.Run(() => BelarusForcesDataset.LoadDirectory(data.Data));
                try
                {
                    load.Wait(TimeSpan.FromSeconds(20)).Should().BeTrue("loading must never hang");
                    if (mutation == Valid)
                    {
                        load.Result.ContentHash.Should().Be(hash, "reordering keys and changing whitespace keeps the data");
                    }
                }
                catch (AggregateException e) when (e.InnerException is DatasetLoadException failure && mutation != Valid)
                {
                    failure.Problems.Should().NotBeEmpty();
                    failure.Problems.Should().OnlyContain(p => p.File.Length > 0 && p.JsonPath.StartsWith('$') && p.Rule != "unexpected-input", failure.Message);
                }
            }
            finally
            {
                File.WriteAllBytes(data.PathOf(file), bytes);
                if (extra is not null)
                {
                    File.Delete(data.PathOf(extra));
                }
            }
        }, iter: 300, threads: 1); // one thread: every iteration mutates the same copy of the data
    }

    private static (byte[]? Bytes, string? ExtraFile) Mutate(byte[] bytes, int mutation, int at, byte value)
    {
        string text = Encoding.UTF8.GetString(bytes);
        byte[] Replace(string from, string to) => Encoding.UTF8.GetBytes(text.Contains(from, StringComparison.Ordinal) ? ReplaceFirst(text, from, to) : text + "x");
        return mutation switch
        {
            0 => (bytes[..at], null),                                                          // truncated
            1 => ([.. bytes[..at], value, .. bytes[Math.Min(at + 1, bytes.Length)..]], null),   // one byte changed, perhaps invalid UTF-8
            2 => (Replace("null", new string('[', 200) + new string(']', 200)), null),          // deep nesting
            3 => (Replace("\"firstLine\": 1", "\"firstLine\": 1e999999"), null),                // a huge number
            4 => ([0xEF, 0xBB, 0xBF, .. bytes], null),                                          // a byte order mark
            5 => (Replace("\"id\": \"", "\"id\": \"dup\", \"id\": \""), null),                  // a duplicate key
            6 => (Replace("\"note\": null", "\"note\": \"" + new string('x', 4_000_000) + "\""), null), // an enormous string
            7 => (null, null),                                                                  // a missing file
            8 => (bytes, "extra.json"),                                                         // an unexpected file
            9 => (Replace("\"aliases\": [", "\"aliases\": [null, "), null),                     // a null item
            10 => (Replace("\"claim\": \"official\"", "\"claim\": 5"), null),                   // a wrong type
            11 => (Replace("\"records\": [", "\"records\": {"), null),                          // a wrong shape
            _ => (Reordered(bytes), null),                                                      // valid: keys reversed, no indentation
        };
    }

    private const int Valid = 12;

    private static byte[] Reordered(byte[] bytes)
    {
        static System.Text.Json.Nodes.JsonNode? Reverse(System.Text.Json.Nodes.JsonNode? node) => node switch
        {
            System.Text.Json.Nodes.JsonObject o => new System.Text.Json.Nodes.JsonObject(o.Reverse().Select(p => KeyValuePair.Create(p.Key, Reverse(p.Value)))),
            System.Text.Json.Nodes.JsonArray a => new System.Text.Json.Nodes.JsonArray([.. a.Select(Reverse)]),
            _ => node?.DeepClone(),
        };

        return Encoding.UTF8.GetBytes(Reverse(System.Text.Json.Nodes.JsonNode.Parse(bytes))!.ToJsonString());
    }

    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static string ReplaceFirst(string text, string from, string to)
    {
        int i = text.IndexOf(from, StringComparison.Ordinal);
        return text[..i] + to + text[(i + from.Length)..];
    }

    [Fact]
    public void Deep_nesting_is_refused_with_a_clear_error()
    {
        using var data = new DataFixture();
        data.Replace("units.json", "\"established\": null", "\"established\": " + new string('[', 100_000) + new string(']', 100_000));

        // The strict reader stops at the first bracket where a date belongs: no recursion, no stack overflow.
        data.Problems().Should().ContainSingle(p => p.File == "units.json" && p.Rule == "json-shape" && p.JsonPath.EndsWith(".established", StringComparison.Ordinal) && p.Line > 0);
    }

    [Fact]
    public void Invalid_utf8_and_null_items_are_reported_with_their_place()
    {
        using var data = new DataFixture();
        var bytes = File.ReadAllBytes(data.PathOf("sites.json"));
        int at = Encoding.UTF8.GetString(bytes).IndexOf("Polatsk", StringComparison.Ordinal);
        bytes[at] = 0xFF;
        File.WriteAllBytes(data.PathOf("sites.json"), bytes);
        data.Replace("units.json", "\"aliases\": [", "\"aliases\": [null, ");

        var problems = data.Problems();

        problems.Should().Contain(p => p.File == "sites.json" && p.Rule == "json-shape" && p.Line > 0);
        problems.Should().Contain(p => p.File == "units.json" && p.Rule == "null-item" && p.JsonPath.EndsWith(".aliases[0]", StringComparison.Ordinal) && p.Line > 0);
    }

    [Fact]
    public void A_reported_fact_cannot_postdate_its_source()
    {
        using var data = new DataFixture();
        data.Edit("procurements.json", f => DataFixture.Record(f, "mi-8mtv-5-from-russia-2017")["batches"]![0]!["delivered"] = "2019-03");

        data.Problems().Should().ContainSingle(p => p.Rule == "date-before-publication" && p.JsonPath.EndsWith(".batches[0].delivered", StringComparison.Ordinal));
    }

    [Fact]
    public void Edtf_dates_round_trip()
    {
        var single = Gen.Select(Gen.Int[1000, 2999], Gen.Int[0, 12], Gen.Int[0, 28], Pick("", "~", "?", "%"))
            .Select((y, m, d, q) => (m == 0 ? $"{y}" : d == 0 ? $"{y}-{m:00}" : $"{y}-{m:00}-{d:00}") + q);
        var edtf = Gen.OneOf(
            single,
            Gen.Select(single, single).Where((a, b) => EdtfDate.Parse(a).Earliest <= EdtfDate.Parse(b).Latest).Select((a, b) => a + "/" + b),
            single.Select(a => a + "/.."),
            single.Select(a => "../" + a),
            Gen.Int[100, 299].Select(y => $"{y}X"));

        edtf.Sample(text =>
        {
            var date = EdtfDate.Parse(text);
            date.ToString().Should().Be(text);
            EdtfDate.Parse(date.ToString()).Should().Be(date);
            (date.Earliest is null || date.Latest is null || date.Earliest <= date.Latest).Should().BeTrue();
        }, iter: 2000);
    }

    [Fact]
    public void Quantities_round_trip()
    {
        var number = Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 99], Gen.Bool).Select((n, f, frac) => frac ? $"{n}.{f + 1}" : $"{n}");
        var quantity = Gen.OneOf(
            number,
            Gen.Select(Pick("~", ">", ">=", "<", "<="), number).Select((p, n) => p + n),
            Gen.Select(number, number).Where((a, b) => decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture) <= decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture)).Select((a, b) => a + ".." + b),
            Gen.Const("?"));

        quantity.Sample(text =>
        {
            var q = Quantity.Parse(text);
            Quantity.Parse(q.ToString()).Should().Be(q);
            (q.Low is null || q.High is null || q.Low <= q.High).Should().BeTrue();
        }, iter: 2000);
    }

    [Fact]
    public void Arbitrary_strings_parse_or_fail_with_a_format_message_and_nothing_else()
    {
        var text = Gen.String[Gen.Char["0123456789X-/.~?%<>= a"], 0, 24];

        text.Sample(s =>
        {
            foreach (var parse in new Action[] { () => EdtfDate.Parse(s), () => Quantity.Parse(s) })
            {
                try
                {
                    parse();
                }
                catch (FormatException e)
                {
                    e.Message.Should().NotBeNullOrWhiteSpace();
                }
            }
        }, iter: 5000);
    }

    [Fact]
    public async Task Many_threads_touching_the_dataset_first_get_one_instance()
    {
        // A fresh copy of the library in its own load context has never been touched: its first load happens here.
        var context = new AssemblyLoadContext("first-touch", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(BelarusForcesDataset).Assembly.Location);
            var current = assembly.GetType(typeof(BelarusForcesDataset).FullName!)!.GetProperty(nameof(BelarusForcesDataset.Current))!;
            using var start = new Barrier(16);
            var instances = Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                return current.GetValue(null);
            })).ToArray();
            var results = await Task.WhenAll(instances);

            results.Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle();
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Queries_from_many_threads_give_identical_results()
    {
        string Answer()
        {
            var d = BelarusForcesDataset.Current;
            return string.Join("|", d.Procurements.BySupplierCountry().Select(g => g.ToString()))
                + string.Join("|", d.SpecialOperationsForcesEquipment().Select(e => e.ToString()))
                + d.Indicators.PilotFlightHours().Summary()
                + string.Join("|", d.Timeline().Select(e => e.ToString()))
                + d.FindByName("Raŭkoŭ").Single().CitationKey + d.ContentHash;
        }

        var expected = Answer();
        var answers = Enumerable.Range(0, 32).AsParallel().WithDegreeOfParallelism(8).Select(_ => Answer()).ToList();

        answers.Should().OnlyContain(a => a == expected);
    }

    [Fact]
    public void No_public_setter_or_mutable_collection_is_reachable_from_the_dataset()
    {
        var problems = new List<string>();
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([typeof(BelarusForcesDataset)]);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type) || type.Assembly != typeof(BelarusForcesDataset).Assembly)
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                var setter = property.SetMethod;
                bool initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)) == true;
                if (setter is { IsPublic: true } && !initOnly)
                {
                    problems.Add($"{type.Name}.{property.Name} has a public setter");
                }

                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (IsMutableCollection(propertyType))
                {
                    problems.Add($"{type.Name}.{property.Name} is a mutable {propertyType.Name}");
                }

                foreach (var reached in propertyType.IsGenericType ? propertyType.GetGenericArguments().Append(propertyType) : [propertyType])
                {
                    queue.Enqueue(reached);
                }
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.DeclaringType == type && !m.IsSpecialName))
            {
                var returned = method.ReturnType;
                if (IsMutableCollection(returned))
                {
                    problems.Add($"{type.Name}.{method.Name}() returns a mutable {returned.Name}");
                }

                foreach (var reached in returned.IsGenericType ? returned.GetGenericArguments().Append(returned) : [returned])
                {
                    queue.Enqueue(reached);
                }
            }
        }

        seen.Should().Contain([typeof(Model.Procurement), typeof(Model.Unit), typeof(Queries.IndicatorTrend)]);
        problems.Should().BeEmpty();
    }

    private static bool IsMutableCollection(Type type) =>
        type.IsArray
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(List<>) || d == typeof(Dictionary<,>) || d == typeof(HashSet<>)))
        || (typeof(IList).IsAssignableFrom(type) && !type.Name.StartsWith("Immutable", StringComparison.Ordinal) && type != typeof(string));

    [Fact]
    public void The_library_references_no_network_assembly()
    {
        typeof(BelarusForcesDataset).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .Should().NotContain(name => name!.StartsWith("System.Net", StringComparison.Ordinal));
    }
}
