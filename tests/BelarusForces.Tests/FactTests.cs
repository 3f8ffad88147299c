using BelarusForces.Model;
using BelarusForces.Values;
using NodaTime;

namespace BelarusForces.Tests;

/// <summary>Real facts from every article of the seed, read back through the typed model.</summary>
public class FactTests
{
    private static readonly BelarusForcesDataset Data = BelarusForcesDataset.Current;

    private static Procurement Procurement(string id) => Data.Procurements[new Id<Procurement>(id)];

    private static MilitaryEvent Event(string id) => Data.Events[new Id<MilitaryEvent>(id)];

    private static Indicator Indicator(string id) => Data.Indicators[new Id<Indicator>(id)];

    private static string Source(IRecord record) => record.Evidence[0].Source.Id.Value;

    [Fact]
    public void The_package_quotes_read_in_place_equal_the_checked_quotes_of_the_data_directory()
    {
        var checkedData = BelarusForcesDataset.LoadDirectory(Repository.Data);
        var byKey = checkedData.AllRecords().ToDictionary(r => r.CitationKey);

        var records = BelarusForcesDataset.Current.AllRecords().ToList();
        records.Should().HaveCount(byKey.Count);
        foreach (var record in records)
        {
            var expected = byKey[record.CitationKey].Evidence;
            record.Evidence.Select(e => (e.Source.Id, e.Quote)).Should().Equal(expected.Select(e => (e.Source.Id, e.Quote)), record.CitationKey);
            record.Evidence.Should().Equal(expected, record.CitationKey);
            record.Evidence.Select(e => e.Line).Should().Equal(expected.Select(e => e.Line), "the package's evidence lines are the ones its build computed from the seeds");
        }

        var quote = BelarusForcesDataset.Current.Procurements[new Id<Procurement>("cs-vn3-from-china")].Batches[1].Evidence[0];
        var copy = BelarusForcesDataset.LoadEmbedded().Procurements[new Id<Procurement>("cs-vn3-from-china")].Batches[1].Evidence[0];
        copy.Should().NotBeSameAs(quote).And.Be(quote);
        copy.GetHashCode().Should().Be(quote.GetHashCode());
        quote.Line.Should().BeGreaterThan(0);
        BelarusForcesDataset.Current.Procurements[new Id<Procurement>("cs-vn3-from-china")].Batches[0].Evidence[0].Should().NotBe(quote);
    }

    [Fact]
    public void Defence_policy_2018_two_cs_vn3_batches_from_china()
    {
        var cs = Procurement("cs-vn3-from-china");

        cs.Supplier.Should().Be(Country.China);
        cs.Equipment.Name.Should().Be("CS/VN3");
        cs.Equipment.Origin.Should().Be(Country.China);
        cs.Batches.Select(b => (b.Quantity.ToString(), b.Delivered.ToString())).Should().Equal(("5", "2017-06"), ("?", "../2018-02-18"));
        cs.Batches[1].Delivered!.Value.Latest.Should().Be(new LocalDate(2018, 2, 18), "state media reported the receipt on 18 February");
        Source(cs).Should().Be("belarus-reviews-defence-policy-2018");
    }

    [Fact]
    public void Defence_policy_2018_su30_deliveries_may_not_start_until_2019_and_the_earlier_plan_said_2018()
    {
        var delayed = Procurement("su-30sm-delivery-delayed");
        var plan = Procurement("su-30sm-from-russia-2017-plan");

        delayed.Status.Should().Be(ProcurementStatus.Delayed);
        delayed.Quantity.Should().Be(Quantity.Exactly(12));
        delayed.ExpectedDelivery.ToString().Should().Be("2019?");
        delayed.ExpectedDelivery!.Value.IsUncertain.Should().BeTrue();
        delayed.Hedge.Should().Be("may not start until 2019");
        plan.ExpectedDelivery.ToString().Should().Be("2018");
        Data.FindByName("Su30").Should().ContainSingle().Which.Should().BeSameAs(delayed.Equipment);
    }

    [Fact]
    public void Defence_policy_2018_seventy_thousand_men_and_half_a_million_in_territorial_defence()
    {
        Data.Units[new Id<Unit>("belarus-armed-forces")].Strength.Should().ContainSingle().Which.Personnel.Should().Be(Quantity.Exactly(70000));
        var territorial = Data.Units[new Id<Unit>("territorial-defence-forces")];
        territorial.Strength.Should().BeEmpty("half a million is the people Belarus can arm in a conflict, not the forces' strength");
        var mobilisation = Indicator("belarus-mobilisation-capacity");
        mobilisation.Observations.Should().ContainSingle().Which.Value.Should().Be(Quantity.Exactly(500000));
        mobilisation.SubjectUnit.Should().BeNull();
        territorial.Parent!.Id.Value.Should().Be("belarus-armed-forces");
    }

    [Fact]
    public void Arms_exports_2018_more_than_a_billion_dollars_and_69_client_countries()
    {
        var sales = Indicator("belarus-arms-export-sales");
        var clients = Indicator("belarus-arms-client-countries");

        sales.UnitOfMeasure.Should().Be("USD");
        sales.Observations.Should().ContainSingle().Which.Value.ToString().Should().Be(">1000000000");
        Indicator("belarus-arms-export-growth").Observations[0].Value.Should().Be(Quantity.Exactly(15));
        clients.Observations.Select(o => (o.Period.ToString(), o.Value.ToString())).Should().Equal(("2016", "60"), ("2017", "69"));
    }

    [Fact]
    public void Arms_exports_2018_the_palanez_deal_with_azerbaijan_keeps_both_contradicting_claims()
    {
        var exports = Data.Procurements.ExportsTo(Country.Parse("AZ"));

        exports.Should().OnlyContain(p => p.Equipment.Id.Value == "polonez");
        exports.Select(p => p.Status).Should().Contain([ProcurementStatus.Cancelled, ProcurementStatus.Disputed]);
        exports.Should().Contain(p => p.Claim == ClaimStatus.Disputed && p.Evidence.Any(e => e.Quote.Contains("probably never such a deal", StringComparison.Ordinal)));
        exports.Select(Source).Should().OnlyContain(s => s == "arms-exports-grow-2018");
    }

    [Fact]
    public void Training_2017_pilot_flight_hours_keep_their_ranges_and_hedges()
    {
        var hours = Indicator("belarus-pilot-annual-flight-hours");

        hours.Observations.Select(o => (o.Period.ToString(), o.Value.ToString(), o.Claim)).Should().Equal(
            ("2004~/2009~", "~30", ClaimStatus.Analyst),
            ("2011/2013", "60..80", ClaimStatus.Analyst),
            ("2016", "70..75", ClaimStatus.Official));
        Indicator("belarus-pilot-graduate-flight-hours").Observations.Select(o => o.Value.ToString()).Should().Equal("80", "220");
        Indicator("soviet-pilot-annual-flight-hours").Subject.Country.Should().Be(Country.SovietUnion);
        Source(hours).Should().Be("army-scaled-down-better-trained-2017");
    }

    [Fact]
    public void Training_2017_sof_strength_night_drills_and_courses()
    {
        var sof = Data.Units[new Id<Unit>("special-operations-forces")];

        sof.Strength.Should().ContainSingle().Which.Personnel.Should().Be(Quantity.Between(5000, 7000));
        Indicator("sof-night-drill-share").Observations.Select(o => (o.Period.ToString(), o.Value.ToString())).Should().Equal(("2016", "30"), ("2017", "70"));
        Indicator("belarus-warrant-officer-course-length").Observations.Select(o => o.Value.ToString()).Should().Equal("5", "3");
        Indicator("belarus-officers-graduated").Observations[0].Value.ToString().Should().Be("~800");
    }

    [Fact]
    public void New_army_2017_russian_deliveries_modernisations_and_plans()
    {
        var mi8 = Procurement("mi-8mtv-5-from-russia-2017");
        mi8.Supplier.Should().Be(Country.Russia);
        mi8.Quantity.Should().Be(Quantity.Exactly(6));
        Procurement("drones-planned-2017").Quantity.ToString().Should().Be(">50");
        Procurement("drones-planned-2017").SupplierShare.Should().Be(SupplierShare.Most, "the drones are \"mostly Belarus-manufactured\"");
        Procurement("t-72-modernisation-russian-factories").SupplierShare.Should().Be(SupplierShare.Part, "\"in both Belarusian and Russian factories\"");
        Procurement("t-72b-modernisation-2017").Quantity.Should().Be(Quantity.Exactly(4));
        Procurement("gaz-66-modernisation-2017").Quantity.Should().Be(Quantity.Exactly(30));
        Event("polonez-m-test-300km").Quantity.ToString().Should().Be(">300");
        Event("polonez-m-test-300km").QuantityUnit.Should().Be("km");
    }

    [Fact]
    public void New_army_2017_joint_regional_group_agreement_dates()
    {
        var agreement = Data.Agreements[new Id<Agreement>("joint-regional-group-supply-agreement")];

        agreement.Signed.ToString().Should().Be("2016-11-02");
        agreement.InForce.ToString().Should().Be("2016-11-14");
        agreement.Published.ToString().Should().Be("2017-12-01");
        agreement.Parties.Select(p => p.Reference).Should().BeEquivalentTo(["BY", "RU"]);
    }

    [Fact]
    public void Peacekeepers_2017_us_suggested_twenty_thousand_peacekeepers()
    {
        var suggestion = Event("us-suggests-20000-peacekeepers-ukraine-2017-11-09");

        suggestion.Date.ToString().Should().Be("../2017-11-09", "9 November is the day The Wall Street Journal reported it");
        suggestion.Quantity.Should().Be(Quantity.Exactly(20000));
        suggestion.Claim.Should().Be(ClaimStatus.Media);
        Event("makei-announces-peacekeeping-willingness-2017-11-15").Date.ToString().Should().Be("2017-11-15");
    }

    [Fact]
    public void West_2017_dates_observers_and_observation_days()
    {
        var west = Data.Exercises[new Id<Exercise>("west-2017")];

        west.Dates.ToString().Should().Be("2017-09-14/2017-09-20");
        west.Participants.Select(p => p.Reference).Should().BeEquivalentTo(["BY", "RU"]);
        west.ObserversInvited.Select(p => p.Reference).Should().Contain(["UA", "LV", "LT", "EE", "NO", "SE", "PL", "un", "cis", "osce", "csto", "icrc", "nato"]);
        west.Statistics.Select(s => s.Quantity).Should().Contain([Quantity.Exactly(5), Quantity.Exactly(1)]);
        Data.FindByName("Zapad-2017").Should().ContainSingle().Which.Should().BeSameAs(west);
        Event("west-2017-russian-troops-leave-by-2017-09-30").Date.ToString().Should().Be("../2017-09-30");
    }

    [Fact]
    public void Analytics_digest_2017_csto_unified_weapons_system()
    {
        var programme = Data.Agreements[new Id<Agreement>("csto-unified-weapons-system")];

        Source(programme).Should().Be("digest-analytics-west-2017");
        programme.Parties.Should().Contain(p => p.Organisation != null && p.Organisation.Id.Value == "csto");
    }

    [Fact]
    public void Neutrality_2017_refused_russian_air_base_and_armenian_csto_secretary_general()
    {
        Source(Event("belarus-refused-russian-air-base")).Should().Be("neutrality-benefits-2017");
        Event("csto-secretary-general-armenian-2017").Date.ToString().Should().Be("2017-04");
    }

    [Fact]
    public void Press_digest_2017_csto_chairmanship()
    {
        var chair = Event("belarus-csto-chairmanship-2017");

        chair.Date.ToString().Should().Be("2017");
        Source(chair).Should().Be("state-press-digest-one-belt-2017");
    }

    [Fact]
    public void Gas_and_oil_2017_lukashenka_skipped_the_csto_summit_in_december_2016()
    {
        var skipped = Event("lukashenka-skips-csto-eaeu-summits-2016");

        skipped.Date.ToString().Should().Be("2016-12");
        skipped.Parties.Select(p => p.Reference).Should().Contain("csto");
    }

    [Fact]
    public void Foreign_policy_digest_2017_nuclear_weapons_renounced_about_twenty_years_earlier()
    {
        var renounced = Event("belarus-renounced-nuclear-weapons");

        renounced.Date.ToString().Should().Be("1996~");
        renounced.Date!.Value.IsApproximate.Should().BeTrue();
    }

    [Fact]
    public void Press_digest_2016_collective_security_council_in_yerevan()
    {
        Event("lukashenka-collective-security-council-yerevan-2016").Date.ToString().Should().Be("2016-10-14");
    }

    [Fact]
    public void Neutrality_paper_2016_the_1994_constitution_aims_at_neutrality()
    {
        var constitution = Data.Agreements[new Id<Agreement>("constitution-1994")];

        constitution.Kind.Should().Be(AgreementKind.Constitution);
        constitution.Signed.ToString().Should().Be("1994");
    }

    [Fact]
    public void Turkey_2016_new_military_doctrine_adopted_on_4_april()
    {
        var doctrine = Data.Agreements[new Id<Agreement>("military-doctrine-2016")];

        doctrine.Kind.Should().Be(AgreementKind.Doctrine);
        doctrine.Signed.ToString().Should().Be("2016-04-04");
    }

    [Fact]
    public void Western_press_2016_polatsk_site_converted_for_s300_and_a_spy_sentenced()
    {
        var conversion = Event("polatsk-site-converted-for-s-300-2016");

        conversion.Sites.Should().ContainSingle().Which.Id.Value.Should().Be("polatsk-sam-site");
        conversion.Equipment.Select(e => e.Id.Value).Should().Contain("s-300");
        Event("osurkov-sentenced-spying-for-belarus-2016").Quantity.Should().Be(Quantity.Exactly(3));
    }

    [Fact]
    public void Every_article_is_the_source_of_some_record()
    {
        var cited = Data.AllRecords().Select(Source).ToHashSet();

        cited.Should().BeEquivalentTo(Data.Sources.Keys);
    }
}
