using BelarusForces.Values;
using NodaTime;

namespace BelarusForces.Tests;

public class EdtfDateTests
{
    [Theory]
    [InlineData("2017-09-14", "2017-09-14", "2017-09-14", DatePrecision.Day)]
    [InlineData("2017-06", "2017-06-01", "2017-06-30", DatePrecision.Month)]
    [InlineData("2016-02", "2016-02-01", "2016-02-29", DatePrecision.Month)]
    [InlineData("2017", "2017-01-01", "2017-12-31", DatePrecision.Year)]
    [InlineData("201X", "2010-01-01", "2019-12-31", DatePrecision.Decade)]
    [InlineData("20XX", "2000-01-01", "2099-12-31", DatePrecision.Century)]
    [InlineData("2017-21", "2017-03-01", "2017-05-31", DatePrecision.Season)]
    [InlineData("2016-24", "2016-12-01", "2017-02-28", DatePrecision.Season)]
    [InlineData("2011/2013", "2011-01-01", "2013-12-31", DatePrecision.Year)]
    [InlineData("2017-09-14/2017-09-20", "2017-09-14", "2017-09-20", DatePrecision.Day)]
    [InlineData("2017-01/2017-11", "2017-01-01", "2017-11-30", DatePrecision.Month)]
    public void Parses_bounds_and_precision(string text, string earliest, string latest, DatePrecision precision)
    {
        var date = EdtfDate.Parse(text);

        date.Earliest.Should().Be(LocalDate.FromDateTime(DateTime.Parse(earliest)));
        date.Latest.Should().Be(LocalDate.FromDateTime(DateTime.Parse(latest)));
        date.Precision.Should().Be(precision);
        date.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("9999-24")]
    [InlineData("9999-13")]
    [InlineData("10000")]
    public void Dates_past_the_last_day_are_refused_when_parsed_not_when_read(string text)
    {
        EdtfDate.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Contain(text);
        var last = EdtfDate.Parse("9999-23");
        last.Latest.Should().Be(new LocalDate(9999, 11, 30));
    }

    [Fact]
    public void A_year_is_never_padded_to_the_first_of_January()
    {
        var year = EdtfDate.Parse("2017");

        year.ToString().Should().Be("2017");
        year.Should().NotBe(EdtfDate.Parse("2017-01-01"));
        year.MayInclude(new LocalDate(2017, 12, 31)).Should().BeTrue();
    }

    [Theory]
    [InlineData("2005~", true, false)]
    [InlineData("2018?", false, true)]
    [InlineData("2018%", true, true)]
    [InlineData("2004~/2006~", true, false)]
    [InlineData("2017", false, false)]
    public void Reads_qualifiers_without_widening_the_bounds(string text, bool approximate, bool uncertain)
    {
        var date = EdtfDate.Parse(text);

        date.IsApproximate.Should().Be(approximate);
        date.IsUncertain.Should().Be(uncertain);
        date.ToString().Should().Be(text);
    }

    [Fact]
    public void Open_intervals_have_no_bound_on_the_open_side()
    {
        var until = EdtfDate.Parse("../2006");
        var since = EdtfDate.Parse("2014/..");

        until.Earliest.Should().BeNull();
        until.Latest.Should().Be(new LocalDate(2006, 12, 31));
        until.Start.Should().BeNull();
        until.End.Should().Be(EdtfDate.Parse("2006"));
        since.Earliest.Should().Be(new LocalDate(2014, 1, 1));
        since.Latest.Should().BeNull();
        since.IsInterval.Should().BeTrue();
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("17", "four-digit year")]
    [InlineData("2017-13", "months are 01 to 12")]
    [InlineData("2017-02-30", "has 28 days")]
    [InlineData("2017/2015", "ends before it starts")]
    [InlineData("2017/2018/2019", "more than one '/'")]
    [InlineData("../..", "neither a start nor an end")]
    [InlineData("2017-6", "YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("201X~", "level 1 does not allow")]
    [InlineData("14 September 2017", "four-digit year")]
    [InlineData("2011/20", "the end of interval")]
    public void Rejects_malformed_strings_saying_what_is_wrong(string text, string reason)
    {
        var act = () => EdtfDate.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"*{reason}*");
    }

    [Fact]
    public void Says_whether_a_day_may_fall_within_it_and_whether_it_is_certainly_over_by_then()
    {
        var period = EdtfDate.Parse("2011/2013");

        period.MayInclude(new LocalDate(2012, 6, 1)).Should().BeTrue();
        period.MayInclude(new LocalDate(2014, 1, 1)).Should().BeFalse();
        period.IsCertainlyOnOrBefore(new LocalDate(2013, 12, 31)).Should().BeTrue();
        period.IsCertainlyOnOrBefore(new LocalDate(2013, 6, 30)).Should().BeFalse();
        EdtfDate.Parse("2014/..").IsCertainlyOnOrBefore(new LocalDate(2030, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void Orders_by_earliest_then_latest_bound()
    {
        var dates = new[] { "2016", "2011/2013", "../2006", "2016-05", "2014/.." }.Select(EdtfDate.Parse).Order().Select(d => d.ToString());

        dates.Should().Equal("../2006", "2011/2013", "2014/..", "2016", "2016-05");
    }
}
