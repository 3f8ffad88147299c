using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BelarusForces.Data;

namespace BelarusForces.Benchmarks;

/// <summary>The embedded data files, read once, and the naive ways to read them that the library is measured against.</summary>
internal static class EmbeddedData
{
    public static readonly string[] FileNames = [DataFiles.Manifest, .. DataFiles.Collections, DataFiles.Releases];

    public static Dictionary<string, byte[]> Files() => FileNames.ToDictionary(f => f, DataFiles.ReadEmbedded);

    /// <summary>The floor: one bare Utf8JsonReader pass over every file, touching every token.</summary>
    public static long ReaderPass(Dictionary<string, byte[]> files)
    {
        long tokens = 0;
        foreach (var bytes in files.Values)
        {
            var reader = new Utf8JsonReader(bytes);
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    private static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        IncludeFields = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly (string File, Type Type)[] Shapes =
    [
        (DataFiles.Manifest, typeof(ManifestDocument)), ("sources.json", typeof(CollectionFile<SourceDocument>)),
        ("organisations.json", typeof(CollectionFile<OrganisationDocument>)), ("units.json", typeof(CollectionFile<UnitDocument>)),
        ("equipment.json", typeof(CollectionFile<EquipmentDocument>)), ("sites.json", typeof(CollectionFile<SiteDocument>)),
        ("inventory.json", typeof(CollectionFile<InventoryDocument>)), ("procurements.json", typeof(CollectionFile<ProcurementDocument>)),
        ("exercises.json", typeof(CollectionFile<ExerciseDocument>)), ("indicators.json", typeof(CollectionFile<IndicatorDocument>)),
        ("people.json", typeof(CollectionFile<PersonDocument>)), ("agreements.json", typeof(CollectionFile<AgreementDocument>)),
        ("events.json", typeof(CollectionFile<EventDocument>)), (DataFiles.Releases, typeof(ReleasesDocument)),
    ];

    /// <summary>The naive way: reflection-based JsonSerializer into the same document types, with no checks and no resolving.</summary>
    public static int ReflectionDeserialize(Dictionary<string, byte[]> files)
    {
        int count = 0;
        foreach (var (file, type) in Shapes)
        {
            count += JsonSerializer.Deserialize(files[file], type, Reflection) is null ? 0 : 1;
        }

        return count;
    }
}
