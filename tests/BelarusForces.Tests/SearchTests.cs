using BelarusForces.Model;
using BelarusForces.Queries;
using BelarusForces.Values;

namespace BelarusForces.Tests;

/// <summary>The library's search, links between records, posts and events, against the embedded data.</summary>
public class SearchTests
{
    private static BelarusForcesDataset Data => BelarusForcesDataset.Current;

    [Fact]
    public void Search_finds_the_record_whose_quote_or_title_holds_the_words()
    {
        var hits = Data.Search("urban warfare");

        hits.Should().NotBeEmpty();
        hits.Select(h => h.Key).Should().Contain("events/sof-ordered-to-focus-on-urban-warfare");
        hits[0].Snippet.Should().Contain("«urban» «warfare»");
        hits.Should().BeInDescendingOrder(h => h.Score);
    }

    [Fact]
    public void A_word_matches_the_words_it_begins_and_forgives_one_slip()
    {
        var texts = Data.Search("decommission", limit: 100).Select(h => h.Snippet).ToList();

        texts.Should().Contain(s => s.Contains("«decommissions»", StringComparison.Ordinal));
        texts.Should().Contain(s => s.Contains("«decommisions»", StringComparison.Ordinal), "the seed's own spelling is one letter away");
    }

    [Fact]
    public void Folding_makes_case_diacritics_curly_quotes_and_non_breaking_spaces_equal()
    {
        Data.Search("RAŬKOŬ").Select(h => h.Key).Should().Contain("people/andrei-raukou");
        Data.Search("raukou").Select(h => h.Key).Should().Contain("people/andrei-raukou");
        Data.Search("urban\u00A0warfare").Select(h => h.Key).Should().Equal(Data.Search("urban warfare").Select(h => h.Key));
        Data.Search("“Deputy Defence Minister”").Select(h => h.Key).Should().Equal(Data.Search("\"Deputy Defence Minister\"").Select(h => h.Key));
    }

    [Fact]
    public void A_quoted_phrase_matches_only_words_in_that_order()
    {
        var phrase = Data.Search("\"Deputy Defence Minister\"", limit: 100);
        var words = Data.Search("Deputy Defence Minister", limit: 100);

        phrase.Should().NotBeEmpty();
        phrase.Select(h => h.Key).Should().Contain("people/siarhei-simanenka").And.NotContain("events/thai-defence-minister-visit-minsk-2016");
        words.Count().Should().BeGreaterThan(phrase.Length);
    }

    [Fact]
    public void Search_filters_by_collection_and_date_and_reaches_the_sources_headlines()
    {
        var source = Data.Sources.Values.First();
        Data.Search(source.Headline, collection: "sources").Select(h => h.Key).Should().Contain("sources/" + source.Id);
        Data.Search("Raukou", collection: "events").Should().NotBeEmpty().And.OnlyContain(h => h.Collection == "events");

        var in2016 = Data.Search("Russia", collection: "events", date: DateFilter.CertainlyWithin(EdtfDate.Parse("2016")), limit: 1000);
        in2016.Should().NotBeEmpty().And.OnlyContain(h => ((MilitaryEvent)h.Record!).Date!.Value.Earliest!.Value.Year == 2016);
    }

    [Fact]
    public void A_loaded_directory_is_searchable_too()
    {
        var data = Repository.Validated;

        data.Search("urban warfare").Select(h => h.Key).Should().Equal(Data.Search("urban warfare").Select(h => h.Key));
    }

    [Fact]
    public void References_to_a_unit_name_its_subunits_commanders_holdings_and_procurements()
    {
        var sof = Data.Units.Find("special-operations-forces")!;

        var references = Data.ReferencesTo(sof).Select(r => r.ToString()).ToList();

        references.Should().Contain("units/special-operations-forces-brigades (parent)")
            .And.Contain("people/vadzim-dzyanisenka (posts)")
            .And.Contain("inventory/cs-vn3-sof-2017 (holder)")
            .And.Contain("procurements/cs-vn3-sof-2017 (recipient_unit)")
            .And.Contain("exercises/sof-exercises-2017 (mentions)");
    }

    [Fact]
    public void References_to_equipment_and_sources()
    {
        var tor = Data.Equipment.Find("tor-m2")!;
        Data.ReferencesTo(tor).Select(r => r.Record.CitationKey).Should().Contain(Data.Procurements.Where(p => p.Equipment == tor).Select(p => p.CitationKey));

        var source = Data.Sources.Values.First();
        Data.ReferencesTo(source).Select(r => r.Record).Should().Contain(Data.AllRecords().Where(r => r.Evidence.Any(e => e.Source == source)));
    }

    [Fact]
    public void Posts_say_who_held_which_post_where_and_when()
    {
        var sof = Data.Units.Find("special-operations-forces")!;

        var commanders = Data.Posts(title: "commander", unit: sof);

        commanders.Select(h => h.Person.Id.Value).Should().Contain("vadzim-dzyanisenka");
        commanders.Should().OnlyContain(h => h.Post.Title.Contains("Commander", StringComparison.Ordinal) && h.Post.Unit == sof);
        Data.Posts(title: "Deputy Defence Minister").Select(h => h.Person.Id.Value).Should().Equal("siarhei-simanenka");
    }

    [Fact]
    public void Events_by_date_unit_person_equipment_and_kind()
    {
        var sof = Data.Units.Find("special-operations-forces")!;
        var raukou = Data.People.Find("andrei-raukou")!;

        Data.FindEvents(unit: sof).Should().NotBeEmpty().And.OnlyContain(e => e.Units.Contains(sof));
        Data.FindEvents(kind: EventKind.Test).Should().NotBeEmpty().And.OnlyContain(e => e.Kind == EventKind.Test);
        Data.FindEvents(person: raukou).Select(e => e.Id.Value).Should().Contain("raukou-selective-rearmament-2018-02-23");
        Data.FindEvents(date: DateFilter.MayInclude(EdtfDate.Parse("2017"))).Should().OnlyContain(e => e.Date != null);
    }

    [Theory]
    [InlineData("2017", "2017-06", DateMatch.MayInclude, true)]
    [InlineData("2017", "2016/2018", DateMatch.MayInclude, true)]
    [InlineData("2017", "2016/2018", DateMatch.CertainlyWithin, false)]
    [InlineData("2010", "../2017-11", DateMatch.MayInclude, false)]
    [InlineData("2017", "../2017-11", DateMatch.MayInclude, true)]
    [InlineData("2017", "../2017-11", DateMatch.CertainlyWithin, false)]
    [InlineData("2016", "2015/..", DateMatch.MayInclude, false)]
    [InlineData("2017-12", "2017-12-31", DateMatch.CertainlyWithin, true)]
    public void Date_filters_have_may_include_and_certainly_within(string period, string date, DateMatch match, bool expected)
    {
        var filter = match == DateMatch.MayInclude ? DateFilter.MayInclude(EdtfDate.Parse(period)) : DateFilter.CertainlyWithin(EdtfDate.Parse(period));

        filter.Matches(EdtfDate.Parse(date)).Should().Be(expected);
    }

    [Theory]
    [InlineData("Russia", "RU")]
    [InlineData("ru", "RU")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("USSR", "SU")]
    [InlineData("china", "CN")]
    public void Countries_are_found_by_name_code_or_alias(string text, string code)
    {
        Country.TryFind(text, out var country).Should().BeTrue();
        country.Code.Should().Be(code);
        Country.TryFind("Atlantis", out _).Should().BeFalse();
    }
}
