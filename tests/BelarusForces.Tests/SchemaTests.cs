using BelarusForces.Data;
using BelarusForces.Data.Generated;

namespace BelarusForces.Tests;

/// <summary>data/schema/*.schema.json cover the registry: a schema and a data file for every collection.</summary>
public class SchemaTests
{
    [Fact]
    public void Every_collection_of_the_registry_has_a_schema_and_a_data_file()
    {
        var schemaFiles = Directory.GetFiles(Path.Combine(Repository.Data, "schema")).Select(Path.GetFileName).Order().ToList();
        schemaFiles.Should().Equal(SchemaWriter.Generate().Select(g => g.File).Order());
        foreach (var collection in Collections.All)
        {
            File.Exists(Path.Combine(Repository.Data, collection.File)).Should().BeTrue(collection.File);
        }
    }
}
