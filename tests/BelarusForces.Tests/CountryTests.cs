using BelarusForces.Values;

namespace BelarusForces.Tests;

public class CountryTests
{
    [Theory]
    [InlineData("BY", "Belarus")]
    [InlineData("RU", "Russia")]
    [InlineData("CN", "China")]
    [InlineData("SU", "Soviet Union")]
    public void Known_codes_have_names(string code, string name)
    {
        Country.Parse(code).Name.Should().Be(name);
    }

    [Theory]
    [InlineData("by")]
    [InlineData("XX")]
    [InlineData("BLR")]
    [InlineData("")]
    public void Unknown_codes_are_rejected(string code)
    {
        var act = () => Country.Parse(code);

        act.Should().Throw<FormatException>().WithMessage("*ISO 3166-1 alpha-2*");
    }

    [Fact]
    public void Named_countries_equal_their_parsed_codes()
    {
        Country.Parse("RU").Should().Be(Country.Russia);
        Country.Codes.Should().HaveCount(250);
    }
}
