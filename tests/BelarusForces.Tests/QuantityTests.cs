using System.Globalization;
using BelarusForces.Values;
using CsCheck;

namespace BelarusForces.Tests;

public class QuantityTests
{
    [Theory]
    [InlineData("12", QuantityKind.Exact, "12", "12", "12")]
    [InlineData("~800", QuantityKind.Approximate, "800", "800", "about 800")]
    [InlineData(">50", QuantityKind.MoreThan, "50", null, "more than 50")]
    [InlineData(">=12", QuantityKind.AtLeast, "12", null, "at least 12")]
    [InlineData("<20", QuantityKind.LessThan, null, "20", "fewer than 20")]
    [InlineData("<=20", QuantityKind.AtMost, null, "20", "up to 20")]
    [InlineData("5000..7000", QuantityKind.Range, "5000", "7000", "5,000 to 7,000")]
    [InlineData("70..75", QuantityKind.Range, "70", "75", "70 to 75")]
    [InlineData("?", QuantityKind.Unknown, null, null, "an unknown number")]
    [InlineData("0.3", QuantityKind.Exact, "0.3", "0.3", "0.3")]
    public void Parses_qualifier_and_bounds_and_round_trips(string text, QuantityKind kind, string? low, string? high, string words)
    {
        var q = Quantity.Parse(text);

        q.Kind.Should().Be(kind);
        q.Low.Should().Be(low is null ? null : decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture));
        q.High.Should().Be(high is null ? null : decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture));
        q.Describe().Should().Be(words);
        q.ToString().Should().Be(text);
        Quantity.Parse(q.ToString()).Should().Be(q);
    }

    [Fact]
    public void Numbers_read_as_the_framework_reads_them_with_their_scale()
    {
        // Digits with at most one point, up to 28 characters in all: the library reads up to 18 digits itself.
        Gen.Select(Gen.String[Gen.Char['0', '9'], 1, 27], Gen.Int[0, 27]).Sample((digits, point) =>
        {
            var text = point > 0 && point < digits.Length ? digits[..point] + "." + digits[point..] : digits;
            var expected = decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var low = Quantity.Parse(text).Low!.Value;
            return low == expected && low.Scale == expected.Scale && low.ToString(CultureInfo.InvariantCulture) == expected.ToString(CultureInfo.InvariantCulture);
        }, iter: 2000, threads: 1);
    }

    [Fact]
    public void Over_fifty_is_never_stored_as_fifty()
    {
        var overFifty = Quantity.Parse(">50");

        overFifty.Should().NotBe(Quantity.Exactly(50));
        overFifty.Value.Should().BeNull();
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("1,000", "no thousands separators")]
    [InlineData("about 800", "is not a quantity")]
    [InlineData("7000..5000", "minimum exceeds its maximum")]
    [InlineData("5..", "not a range")]
    [InlineData("-5", "is not a quantity")]
    [InlineData(">", "is not a quantity")]
    public void Rejects_malformed_strings_saying_what_is_wrong(string text, string reason)
    {
        var act = () => Quantity.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"*{reason}*");
    }

    [Fact]
    public void Sums_carry_both_bounds_and_never_take_a_midpoint()
    {
        (Quantity.Exactly(4) + Quantity.Exactly(30)).Should().Be(Quantity.Exactly(34));
        (Quantity.Parse(">50") + Quantity.Exactly(12)).ToString().Should().Be(">62");
        (Quantity.Parse("60..80") + Quantity.Parse("70..75")).ToString().Should().Be("130..155");
        (Quantity.Unknown + Quantity.Exactly(6)).ToString().Should().Be(">=6");
        (Quantity.Unknown + Quantity.Unknown).Should().Be(Quantity.Unknown);
    }

    [Fact]
    public void Money_keeps_its_currency()
    {
        var sales = new Money(Quantity.Parse(">1000000000"), "USD");

        sales.ToString().Should().Be(">1000000000 USD");
        sales.Amount.Describe().Should().Be("more than 1,000,000,000");
    }
}
