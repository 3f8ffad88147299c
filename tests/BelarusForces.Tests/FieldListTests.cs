using System.Reflection;
using System.Text.Json.Serialization;
using BelarusForces.Cli.Site;
using BelarusForces.Data;
using BelarusForces.Export;
using BelarusForces.Model;

namespace BelarusForces.Tests;

/// <summary>
/// Every member of every data file's record shape reaches the views through its collection's field list: a column of
/// the tidy tables (and so every export and the codebook), the record pages and <c>show</c>.
/// </summary>
public class FieldListTests
{
    // Members every record has, which reach the views by their own tables and sections, not as fields.
    private static readonly HashSet<string> Everywhere = new(StringComparer.Ordinal)
    {
        "id",       // the first column of every table and the record's key
        "evidence", // the evidence table, and each page's and show's quotes
        "aliases",  // the aliases table, search and find
        "relations", // the relations table, show, the contradictions listing and ReferencesTo
        "derivation", // the derivations table and show
    };

    // Members whose column says more than the data file's short name.
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["IndicatorDocument.unit"] = "unit_of_measure", // an indicator's unit of measure; "unit" alone would read as a military unit
    };

    public static TheoryData<string> CollectionNames() => [.. Collections.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CollectionNames))]
    public void Every_document_member_is_a_declared_field_or_nested_list(string name)
    {
        var collection = Collections.Named(name);
        var document = collection.FileType.Type.GetProperty("Records")!.PropertyType.GetGenericArguments()[0];
        var missing = Unreached(document, collection.Fields, collection.Lists).ToList();
        foreach (var list in collection.Lists)
        {
            var item = ItemType(document, list.Member);
            if (item is not null && item != typeof(string))
            {
                missing.AddRange(Unreached(item, list.Fields, []).Select(m => $"{list.Member}.{m}"));
            }
        }

        missing.Should().BeEmpty($"every member of {document.Name} needs a line in {name}'s field list (Data/Collections.Fields.cs), so that exports, pages and listings show it");
    }

    [Fact]
    public void The_completeness_check_fails_for_a_member_without_a_field()
    {
        var fields = Collections.Procurements.Fields.Where(f => f.Column != "supplier_share").ToList();
        Unreached(typeof(ProcurementDocument), fields, Collections.Procurements.Lists).Should().Equal("supplier_share");
    }

    [Fact]
    public void Supplier_share_reaches_the_tables_and_the_record_page()
    {
        var table = TidyTables.Build(BelarusForcesDataset.Current).Single(t => t.Name == "procurements");
        var share = table.IndexOf("supplier_share");
        var shares = table.Rows.Select(r => (string?)r[share]).OfType<string>().ToList();
        shares.Should().NotBeEmpty().And.OnlyContain(s => s == "all" || s == "most" || s == "part");
        shares.Should().HaveCount(BelarusForcesDataset.Current.Procurements.Count(p => p.SupplierShare is not null));

        var procurement = BelarusForcesDataset.Current.Procurements.First(p => p.SupplierShare is not null);
        var view = RecordView.Of(procurement);
        view.Fields.Should().Contain(f => f.Label == "supplier share" && f.Text == Kebab.Name(procurement.SupplierShare!.Value));
    }

    [Fact]
    public void Every_record_knows_its_title_claims_and_dates()
    {
        var data = BelarusForcesDataset.Current;
        var cs = data.FindRecord("procurements/cs-vn3-from-china")!;
        cs.Title.Should().Be("acquisition of CS/VN3 from China");
        cs.Claims.Should().HaveCount(1 + ((Procurement)cs).Batches.Count);
        cs.AllDates.Should().Contain(((Procurement)cs).Batches.Select(b => b.Delivered).OfType<BelarusForces.Values.EdtfDate>());
        data.AllRecords().Should().OnlyContain(r => !string.IsNullOrWhiteSpace(r.Title));
        data.People.Should().OnlyContain(p => ((IRecord)p).Claims.Count == p.Posts.Count);
    }

    // The members of a document type, as the data file names them in snake_case, that no field or list declares.
    private static IEnumerable<string> Unreached(Type document, IEnumerable<BelarusForces.Data.Field> fields, IEnumerable<NestedList> lists)
    {
        var declared = fields.Select(f => f.Column).Concat(lists.Select(l => Snake(l.Member))).ToHashSet(StringComparer.Ordinal);
        return Members(document).Select(m => Snake(m.Name)).Where(m => !Everywhere.Contains(m) && !declared.Contains(Renamed.GetValueOrDefault($"{document.Name}.{m}", m)));
    }

    private static IEnumerable<PropertyInfo> Members(Type document) =>
        document.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null);

    private static Type? ItemType(Type document, string member)
    {
        var property = Members(document).SingleOrDefault(p => Snake(p.Name) == Snake(member));
        return property?.PropertyType.IsGenericType == true ? property.PropertyType.GetGenericArguments()[0] : null;
    }

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
