using System.Text.Json.Nodes;
using BelarusForces.Data;
using BelarusForces.Values;
using BenchmarkDotNet.Attributes;

namespace BelarusForces.Benchmarks;

/// <summary>
/// Synthetic datasets of 1×, 10×, 100× and 1000× the records (every record collection copied with new ids and names),
/// to show that loading grows linearly and that indexed queries stay flat. Generated here only, never shipped.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ScalingBenchmarks
{
    private Dictionary<string, byte[]> _files = [];
    private BelarusForcesDataset _data = null!;

    [Params(1, 10, 100, 1000)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = Synthetic(Scale);
        _data = BelarusForcesDataset.LoadTrusted(f => _files.GetValueOrDefault(f));
    }

    [Benchmark]
    public BelarusForcesDataset Load() => BelarusForcesDataset.LoadTrusted(f => _files.GetValueOrDefault(f));

    [Benchmark]
    public int FromSupplier() => _data.Procurements.FromSupplier(Country.Russia).Length;

    [Benchmark]
    public int FindByAlias() => _data.FindByName("Su-30SM").Length;

    public static long Bytes(int scale) => Synthetic(scale).Values.Sum(b => (long)b.Length);

    // Copy k of a record gets "-k" after its id and every reference, and " k" after its names; copy 0 is the original.
    /// <summary>The synthetic data at a scale, loaded as the package loads its own.</summary>
    public static BelarusForcesDataset LoadSynthetic(int scale)
    {
        var files = Synthetic(scale);
        return BelarusForcesDataset.LoadTrusted(f => files.GetValueOrDefault(f));
    }

    public static Dictionary<string, byte[]> Synthetic(int scale) =>
        Synthetic(scale, EmbeddedData.Files(), Collections.All.Where(c => c != Collections.Sources).Select(c => c.File), DataFiles.Releases);

    // The same copies of another version's files (the side-by-side benchmarks give it an earlier commit's data).
    public static Dictionary<string, byte[]> Synthetic(int scale, Dictionary<string, byte[]> files, IEnumerable<string> recordFiles, string releasesFile)
    {
        if (scale == 1)
        {
            return files;
        }

        string[] references = ["parent", "manufacturer", "variantOf", "holder", "equipment", "supplierOrganisation", "recipientUnit", "subjectUnit", "organisation", "unit"];
        foreach (var file in recordFiles)
        {
            var root = JsonNode.Parse(files[file])!;
            var records = root["records"]!.AsArray();
            var originals = records.Select(r => r!.DeepClone()).ToList();
            for (int k = 1; k < scale; k++)
            {
                foreach (var original in originals)
                {
                    var copy = original!.DeepClone().AsObject();
                    Suffix(copy, k, references);
                    records.Add(copy);
                }
            }

            files[file] = System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
        }

        files[releasesFile] = """{"releases":[],"withdrawn":[]}"""u8.ToArray();
        return files;
    }

    private static void Suffix(JsonObject record, int k, string[] references)
    {
        record["id"] = $"{record["id"]}-{k}";
        if (record["name"] is { } name)
        {
            record["name"] = $"{name} {k}";
            record["aliases"] = new JsonArray(record["aliases"]!.AsArray().Select(a => (JsonNode?)$"{a} {k}").ToArray());
        }

        foreach (var (key, value) in record.ToList())
        {
            if (references.Contains(key) && value is JsonValue v && v.TryGetValue<string>(out var id))
            {
                record[key] = $"{id}-{k}";
            }
            else if (key is "units" or "equipment" or "sites" && value is JsonArray ids)
            {
                record[key] = new JsonArray(ids.Select(i => (JsonNode?)$"{i}-{k}").ToArray());
            }
            else if (key == "posts" && value is JsonArray posts)
            {
                foreach (var post in posts.OfType<JsonObject>())
                {
                    foreach (var field in new[] { "organisation", "unit" })
                    {
                        if (post[field] is JsonValue p && p.TryGetValue<string>(out var target))
                        {
                            post[field] = $"{target}-{k}";
                        }
                    }
                }
            }
        }

        // Parties that are organisations point at the copy too.
        foreach (var key in new[] { "participants", "observersInvited", "parties" })
        {
            if (record[key] is JsonArray parties)
            {
                record[key] = new JsonArray(parties.Select(p => (JsonNode?)((string)p! is { Length: 2 } code && code.All(char.IsUpper) ? code : $"{p}-{k}")).ToArray());
            }
        }

        if (record["subject"] is JsonValue subject && (string)subject! is { } s && !(s.Length == 2 && s.All(char.IsUpper)))
        {
            record["subject"] = $"{s}-{k}";
        }
    }
}
