using BelarusForces.Model;
using BelarusForces.Queries;
using BelarusForces.Values;
using NodaTime;

namespace BelarusForces.Tests;

public class QueryTests
{
    private static readonly BelarusForcesDataset Data = BelarusForcesDataset.Current;

    [Fact]
    public void Procurements_by_supplier_country_group_what_belarus_acquired()
    {
        var groups = Data.Procurements.BySupplierCountry();

        groups.Select(g => g.Supplier).Should().Contain([Country.Russia, Country.China, Country.Belarus]);
        groups.Single(g => g.Supplier == Country.China).Procurements.Select(p => p.Equipment.Id.Value).Should().OnlyContain(id => id == "cs-vn3");
        groups.SelectMany(g => g.Procurements).Should().OnlyContain(p => p.Recipient == Country.Belarus && p.Kind != ProcurementKind.Export);
        groups.Sum(g => g.Procurements.Count).Should().Be(Data.Procurements.Count(p => p.Recipient == Country.Belarus && p.Kind != ProcurementKind.Export));
    }

    [Fact]
    public void Procurements_from_a_supplier_filter_by_status_year_and_category()
    {
        var delivered2017 = Data.Procurements.FromSupplier(Country.Russia, ProcurementStatus.Delivered, year: 2017);
        var helicopters = Data.Procurements.FromSupplier(Country.Russia, category: EquipmentCategory.Helicopter);

        delivered2017.Select(p => p.Id.Value).Should().Contain(["mi-8mtv-5-from-russia-2017", "tor-m2-from-russia-2017", "nona-m1-sof-2017"]);
        delivered2017.Should().OnlyContain(p => p.Status == ProcurementStatus.Delivered && p.Supplier == Country.Russia);
        helicopters.Should().ContainSingle().Which.Equipment.Name.Should().Be("Mi-8MTV-5");
        Data.Procurements.FromSupplier(Country.Russia, year: 2010).Should().BeEmpty();
        Data.Procurements.FromSupplier(Country.Parse("FR")).Should().BeEmpty();
    }

    [Fact]
    public void Exports_by_recipient_include_undisclosed_recipients()
    {
        var groups = Data.Procurements.ExportsByRecipient();

        groups.Select(g => g.Recipient?.Code).Should().Contain([null, "AZ", "AM", "UA"]);
        groups.Single(g => g.Recipient is null).Procurements.Select(p => p.Equipment.Id.Value).Should().Contain(["kaiman", "v-1", "groza-s", "optima-b"]);
    }

    [Fact]
    public void Special_operations_forces_equipment_as_of_a_date()
    {
        var endOf2017 = Data.SpecialOperationsForcesEquipment(new LocalDate(2017, 12, 31));

        endOf2017.Select(e => e.Equipment.Id.Value).Should().BeEquivalentTo(["kaiman", "v-1", "cs-vn3", "btr-70mb1", "p-7-parachute-platform", "nona-m1"]);
        endOf2017.Single(e => e.Equipment.Id.Value == "nona-m1").Origin.Should().Be(Country.Russia);
        endOf2017.Should().OnlyContain(e => e.Since.ToString() == "2017" && e.Evidence.Count > 0);
        endOf2017.SelectMany(e => e.Records).Select(r => r.Collection).Should().Contain(["inventory", "procurements"]);
        Data.SpecialOperationsForcesEquipment(new LocalDate(2016, 12, 31)).Should().BeEmpty();
    }

    [Fact]
    public void The_equipment_of_a_unit_includes_its_subunits()
    {
        var army = Data.Units[new Id<Unit>("belarus-armed-forces")];

        var all = Data.EquipmentOf(army);
        var own = Data.EquipmentOf(army, includeSubunits: false);

        all.Select(e => e.Equipment.Id.Value).Should().Contain(["p-7-parachute-platform", "mi-8mtv-5"]);
        own.Select(e => e.Equipment.Id.Value).Should().NotContain("p-7-parachute-platform");
        Data.SubunitsOf(army).Select(u => u.Id.Value).Should().Contain(["special-operations-forces", "territorial-defence-forces"]);
    }

    [Fact]
    public void The_inventory_of_an_equipment_category_as_of_a_date()
    {
        var helicopters = Data.InventoryOf(EquipmentCategory.Helicopter, new LocalDate(2017, 12, 31));
        var tanksBefore2017 = Data.InventoryOf(EquipmentCategory.Tank, new LocalDate(2016, 12, 31));

        helicopters.Select(i => i.Id.Value).Should().Contain("mi-8mtv-5-2017");
        helicopters.Single(i => i.Id.Value == "mi-8mtv-5-2017").Quantity.ToString().Should().Be(">=6", "six were received in 2017: a delivery, not the whole holding");
        Data.InventoryOf(EquipmentCategory.Tank).Select(i => i.Id.Value).Should().Contain(["t-72-fleet-2017", "t-72b-modernised-2017"]);
        tanksBefore2017.Should().NotContain(i => i.Id.Value == "t-72-fleet-2017");
    }

    [Fact]
    public void Pilot_flight_hours_trend_keeps_ranges_honest()
    {
        var trend = Data.Indicators.PilotFlightHours();

        trend.Comparisons.Select(i => i.Subject.Reference).Should().BeEquivalentTo(["SU", "RU"]);
        trend.Related.Select(i => i.Id.Value).Should().Equal("belarus-pilot-graduate-flight-hours");
        trend.Change("2011/2013", "2016").Should().Be(new QuantityChange(-10, 15, false));
        trend.Change("2011/2013", "2016").ToString().Should().Be("−10 to +15");
        trend.OverallChange.ToString().Should().Be("about +40 to +45");
        trend.Summary().Should().Contain("60 to 80 hours in 2011/2013").And.Contain("120 hours");
    }

    [Fact]
    public void A_trend_renders_itself_as_markdown_html_and_svg()
    {
        var trend = Data.Indicators.PilotFlightHours();

        trend.ToMarkdown().Should().Contain("| Belarusian military pilots' average annual flight hours | 2011/2013 | 60 to 80 | analyst |");
        var svg = trend.ToSvg();
        svg.Should().StartWith("<svg").And.EndWith("</svg>");
        System.Text.RegularExpressions.Regex.Count(svg, "<rect ").Should().Be(trend.Observations.Count + trend.Comparisons.Sum(c => c.Observations.Count) + trend.Related.Sum(r => r.Observations.Count));
        System.Xml.Linq.XDocument.Parse(svg).Root!.Name.LocalName.Should().Be("svg");
        trend.ToHtml().Should().Contain("<table>").And.Contain("<svg");
    }

    [Fact]
    public void Every_indicator_has_a_trend_with_its_comparisons()
    {
        foreach (var indicator in Data.Indicators)
        {
            var trend = Data.Indicators.Trend(indicator);
            trend.Comparisons.Select(c => c.Id).Should().BeEquivalentTo(Data.Indicators.Where(i => i.Measure == indicator.Measure && i.Id != indicator.Id).Select(i => i.Id));
            trend.Summary().Should().StartWith(indicator.Name);
        }
    }

    [Fact]
    public void Exercises_by_year_participant_and_kind()
    {
        Data.Exercises.InYear(2017).Select(e => e.Id.Value).Should().Contain("west-2017");
        Data.Exercises.InYear(2015).Should().BeEmpty();
        Data.Exercises.WithParticipant(Country.Russia).Select(e => e.Id.Value).Should().Contain(["west-2017", "sof-joint-battalion-tactical-exercises-with-russia-2017"]);
        Data.Exercises.OfKind(ExerciseKind.National).Should().OnlyContain(e => e.Kind == ExerciseKind.National);
    }

    [Theory]
    [InlineData("Raukou")]
    [InlineData("Raŭkoŭ")]
    [InlineData("RAVKOV")]
    [InlineData("andrej raŭkoŭ")]
    public void Any_spelling_finds_the_entity(string name)
    {
        Data.FindByName(name).Should().ContainSingle().Which.Id.Should().Be("andrei-raukou");
    }

    [Fact]
    public void Name_keys_of_latin_and_cyrillic_letters_match_unicode_normalization()
    {
        // NameFolding folds these letters from tables; they must say what canonical decomposition says.
        static string Reference(char c) => new([.. c.ToString().Normalize(System.Text.NormalizationForm.FormD).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        var letters = Enumerable.Range(0x80, 0x250 - 0x80).Concat(Enumerable.Range(0x400, 0x100)).Select(i => (char)i);

        letters.Where(c => BelarusForces.Data.NameFolding.Normalize(c.ToString()) != Reference(c)).Should().BeEmpty();
        BelarusForces.Data.NameFolding.Normalize("Андрэй Раўкоў, Ŭ").Should().Be("андрэираукоуu"); // й and ў lose their breves, like Ŭ
    }

    [Theory]
    [InlineData("sof", "units/special-operations-forces")]
    [InlineData("Special Operations Forces", "units/special-operations-forces")]
    [InlineData("Palanez", "equipment/polonez")]
    [InlineData("PalanezM", "equipment/polonez-m")]
    [InlineData("West 2017", "exercises/west-2017")]
    [InlineData("Su-30SM", "equipment/su-30sm")]
    public void Aliases_resolve_across_collections(string name, string key)
    {
        Data.FindByName(name).Should().ContainSingle().Which.CitationKey.Should().Be(key);
    }

    [Fact]
    public void The_evidence_behind_any_record_is_found_by_its_citation_key()
    {
        var record = Data.FindRecord("procurements/mi-8mtv-5-from-russia-2017");

        record.Should().NotBeNull();
        record!.Evidence.Should().Contain(e => e.Quote.Contains("six Mi-8MTV-5 helicopters", StringComparison.Ordinal));
        record.Evidence[0].Source.Published.ToString().Should().Be("2017-12~");
        Data.FindRecord("procurements/no-such-thing").Should().BeNull();
    }

    [Fact]
    public void The_timeline_is_in_date_order_and_covers_every_kind_of_dated_record()
    {
        var timeline = Data.Timeline();

        timeline.Select(e => e.Date).Should().BeInAscendingOrder();
        timeline.Select(e => e.Record.Collection).Distinct().Should().Contain(["procurements", "exercises", "agreements", "events", "units"]);
        timeline.Should().Contain(e => e.Record.CitationKey == "procurements/cs-vn3-from-china" && e.Date.ToString() == "2017-06");
        Data.Timeline().Should().Equal(timeline, "the timeline is built once");
    }

    [Fact]
    public void Records_print_and_compare_as_a_person_expects()
    {
        var cs = Data.Procurements[new Id<Procurement>("cs-vn3-from-china")];
        var copy = cs with { };

        cs.ToString().Should().Be("cs-vn3-from-china: Acquisition of ? CS/VN3 from CN to BY (Delivering)");
        copy.Should().Be(cs);
        (copy with { Batches = cs.Batches.Items.ToValueArray() }).Should().Be(cs);
        cs.Batches.ToString().Should().Be("[5 delivered 2017-06, ? delivered ../2018-02-18]");
    }
}
