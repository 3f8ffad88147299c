using BelarusForces.Values;

namespace BelarusForces.Tests;

/// <summary>What a first-time user of the library tries: each answers plainly or fails with a message that says what to do.</summary>
public class FirstUseTests
{
    private static BelarusForcesDataset Data => BelarusForcesDataset.Current;

    [Fact]
    public void A_default_quantity_is_the_unknown_quantity()
    {
        default(Quantity).ToString().Should().Be("?");
        default(Quantity).Describe().Should().Be("an unknown number");
    }

    [Fact]
    public void Country_parse_reads_codes_and_points_to_try_find_for_names()
    {
        FluentActions.Invoking(() => Country.Parse("Russia")).Should().Throw<FormatException>().WithMessage("*Country.TryFind*");
        Country.TryFind("Russia", out var russia).Should().BeTrue();
        russia.Should().Be(Country.Russia);
    }

    [Fact]
    public void Search_in_an_unknown_collection_is_an_error_that_names_the_collections()
    {
        FluentActions.Invoking(() => Data.Search("tor", collection: "nope")).Should().Throw<ArgumentException>()
            .WithMessage("*'nope' is not a collection*events*").Which.ParamName.Should().Be("collection");
        Data.Search("tor", collection: "equipment").Should().NotBeEmpty();
    }

    [Fact]
    public void A_unit_is_found_by_an_alias_through_find_by_name_not_find()
    {
        Data.Units.Find("sof").Should().BeNull("Find takes ids");
        Data.FindByName("sof").Select(r => r.Id).Should().Contain("special-operations-forces");
    }
}
