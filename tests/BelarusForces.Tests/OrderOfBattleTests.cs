using BelarusForces.Model;
using BelarusForces.Queries;
using BelarusForces.Values;
using NodaTime;

namespace BelarusForces.Tests;

public class OrderOfBattleTests
{
    private static readonly BelarusForcesDataset Data = BelarusForcesDataset.Current;
    private static readonly Id<Unit> Sof = new("special-operations-forces");

    private static OrderOfBattleUnit SofAsOf(string date, DateMatch match = DateMatch.MayInclude) =>
        Data.OrderOfBattle(EdtfDate.Parse(date), match).Find(Sof)!;

    [Fact]
    public void The_special_operations_forces_at_the_end_of_2017_have_their_subunits_commanders_strength_and_equipment()
    {
        var sof = SofAsOf("2017-12-31");

        sof.Line.Text.Should().Be("Special Operations Forces (service)");
        sof.Line.Date.ToString().Should().Be("2000~/2003~");
        sof.CertainlyEstablished.Should().BeTrue();
        sof.Depth.Should().Be(1, "the Special Operations Forces are a service of the armed forces");
        sof.Subunits.Select(u => u.Unit.Id.Value).Should().Equal("special-operations-forces-brigades");

        var strength = sof.Strength!;
        strength.Quantity.Should().Be(Quantity.Between(5000, 7000));
        strength.Text.Should().Be("5,000 to 7,000 personnel");
        strength.Date.ToString().Should().Be("2017");
        (strength.DaysBeforeAtLeast, strength.DaysBeforeAtMost).Should().Be((0, 364));
        strength.Claim.Should().Be(ClaimStatus.Analyst);
        strength.RecordKey.Should().Be("units/special-operations-forces");

        sof.Posts.Select(p => (p.Person!.Id.Value, p.Date.ToString())).Should().Equal(
            ("vadzim-dzyanisenka", "2017-12~"), ("viktar-hulevich", "2017-10-30"));
        sof.Posts[0].Text.Should().Be("Vadzim Dzyanisenka, Commander of the Special Operations Forces");
        sof.Posts[1].Age.Should().Be("62 days old");
        sof.Unknowns.Should().BeEmpty();

        var origins = new Dictionary<string, string>
        {
            ["kaiman"] = "BY", ["v-1"] = "BY", ["btr-70mb1"] = "BY", ["cs-vn3"] = "CN", ["p-7-parachute-platform"] = "RU", ["nona-m1"] = "RU",
        };
        var inventory = sof.Equipment.Where(l => l.Kind == OrderOfBattleLineKind.Inventory).ToList();
        var deliveries = sof.Equipment.Where(l => l.Kind == OrderOfBattleLineKind.Delivery).ToList();
        inventory.Select(l => (l.Equipment!.Id.Value, l.Equipment.Origin?.Code)).Should().BeEquivalentTo(origins.Select(o => (o.Key, (string?)o.Value)));
        deliveries.Select(l => (l.Equipment!.Id.Value, l.Equipment.Origin?.Code)).Should().BeEquivalentTo(origins.Select(o => (o.Key, (string?)o.Value)));
        inventory.Should().OnlyContain(l => l.Status == "in-service" && l.Claim == ClaimStatus.Analyst && l.Date.ToString() == "2017");
        deliveries.Should().OnlyContain(l => l.Status == "delivered" && l.RecordKey.StartsWith("procurements/", StringComparison.Ordinal));
        sof.Equipment.Single(l => l.RecordKey == "inventory/cs-vn3-sof-2017").Text.Should().Be("CS/VN3 (origin China): in service, number not stated");

        CheckAgainstTheirRecords(sof.Lines.Concat(sof.Subunits.SelectMany(u => u.Lines)));
    }

    [Fact]
    public void The_subunits_report_what_is_not_known()
    {
        var brigades = SofAsOf("2017-12-31").Subunits.Single();

        brigades.Strength.Should().BeNull();
        brigades.Posts.Should().BeEmpty();
        brigades.Unknowns.Should().Equal("strength not reported", "commander not reported", "equipment not reported");
    }

    [Fact]
    public void An_older_observation_says_how_old_it_is_and_nothing_is_carried_forward_silently()
    {
        var sof = SofAsOf("2018-12-31");

        var commander = sof.Posts.Single(p => p.Person!.Id.Value == "vadzim-dzyanisenka");
        commander.DaysBeforeAtLeast.Should().Be(365);
        commander.Age.Should().Be("365 to 395 days old");
        sof.Unknowns.Should().Contain("commander unknown after 2017-12~");

        var before = SofAsOf("2017-11-01");
        before.Posts.Select(p => p.Person!.Id.Value).Should().Equal("viktar-hulevich");
        before.Unknowns.Should().Contain("commander unknown after 2017-10-30");

        var army = Data.OrderOfBattle(new LocalDate(2017, 12, 31)).Find(new Id<Unit>("belarus-armed-forces"))!;
        army.Strength.Should().BeNull();
        army.Unknowns.Should().Contain("strength not reported by 2017-12-31 (first reported 2018-02-22)");
    }

    [Fact]
    public void Uncertain_dates_count_as_may_include_or_certainly_within_says()
    {
        SofAsOf("2017-06-30").Strength!.DaysBeforeAtMost.Should().Be(180);
        var certain = SofAsOf("2017-06-30", DateMatch.CertainlyWithin);
        certain.Strength.Should().BeNull();
        certain.Unknowns.Should().Contain("strength not reported by 2017-06-30 (first reported 2017)");

        SofAsOf("2001").CertainlyEstablished.Should().BeFalse();
        Data.OrderOfBattle(EdtfDate.Parse("2001"), DateMatch.CertainlyWithin).Find(Sof).Should().BeNull("the forces were established in 2000~/2003~");
        Data.OrderOfBattle(EdtfDate.Parse("1999")).Find(Sof).Should().BeNull();

        // The second CS/VN3 batch is dated ../2018-02-18: not yet counted at the end of 2017, counted after.
        var army = Data.OrderOfBattle(EdtfDate.Parse("2018-03"), DateMatch.CertainlyWithin).Find(new Id<Unit>("belarus-armed-forces"))!;
        army.Equipment.Where(l => l.RecordKey == "procurements/cs-vn3-from-china").Select(l => l.Date.ToString()).Should().Equal("2017-06", "../2018-02-18");
        Data.OrderOfBattle(EdtfDate.Parse("2017")).Find(army.Unit.Id)!.Equipment
            .Where(l => l.RecordKey == "procurements/cs-vn3-from-china").Select(l => l.Date.ToString()).Should().Equal("2017-06");
    }

    [Fact]
    public void The_tree_covers_the_forces_of_belarus_and_a_date_equals_its_last_day()
    {
        var orbat = Data.OrderOfBattle(EdtfDate.Parse("2017"));

        orbat.Day.Should().Be(new LocalDate(2017, 12, 31));
        orbat.Roots.Select(r => r.Unit.Id.Value).Should().Equal("belarus-armed-forces");
        orbat.Units.Should().OnlyContain(u => u.Unit.Country == Country.Belarus);
        orbat.Units.Select(u => u.Unit.Id).Should().BeEquivalentTo(Data.Units.Where(u => u.Country == Country.Belarus).Select(u => u.Id));
        orbat.Lines.Select(l => l.ToString()).Should().Equal(Data.OrderOfBattle(new LocalDate(2017, 12, 31)).Lines.Select(l => l.ToString()));
        CheckAgainstTheirRecords(orbat.Lines);
        FluentActions.Invoking(() => Data.OrderOfBattle(EdtfDate.Parse("2017/.."))).Should().Throw<ArgumentException>().WithMessage("*open end*");
    }

    [Fact]
    public void The_text_and_markdown_render_an_indented_tree_with_record_keys()
    {
        var sof = Data.Units[Sof];
        var orbat = Data.OrderOfBattle(EdtfDate.Parse("2017-12-31"), unit: sof);

        var text = orbat.ToString().Split('\n');
        text[1].Should().Be("Special Operations Forces (service), established 2000~/2003~ [analyst] units/special-operations-forces");
        text.Should().Contain("  - strength: 5,000 to 7,000 personnel, as of 2017 (0 to 364 days old) [analyst] units/special-operations-forces");
        text.Should().Contain("  - post: Vadzim Dzyanisenka, Commander of the Special Operations Forces, as of 2017-12~ (0 to 30 days old) [official] people/vadzim-dzyanisenka");
        text.Should().Contain("  - received: CS/VN3 (origin China): an unknown number delivered (acquisition, delivered), as of 2017 (0 to 364 days old) [analyst] procurements/cs-vn3-sof-2017");
        text.Should().Contain("    Special Operations Forces brigades (brigade) [analyst] units/special-operations-forces-brigades");
        text.Should().Contain("      - strength not reported");

        var markdown = orbat.ToMarkdown();
        markdown.Should().Contain("- **Special Operations Forces** (service, established 2000\\~/2003\\~) \\[analyst\\] `units/special-operations-forces`");
        markdown.Should().Contain("  - **Special Operations Forces brigades**");
        markdown.Should().Contain("    - *strength not reported*");
    }

    [Fact]
    public void The_changes_from_2016_to_2018_name_the_record_behind_each()
    {
        var changes = Data.OrderOfBattleChanges(EdtfDate.Parse("2016"), EdtfDate.Parse("2018"));

        changes.Changes.Should().NotBeEmpty().And.OnlyContain(c => c.Kind == OrderOfBattleChangeKind.Appeared, "between 2016 and 2018 the sources only add facts");
        var appeared = changes.Changes.Select(c => (c.Unit.Id.Value, c.Line.Kind, c.RecordKey)).ToList();
        appeared.Should().Contain(("special-operations-forces", OrderOfBattleLineKind.Strength, "units/special-operations-forces"));
        appeared.Should().Contain(("special-operations-forces", OrderOfBattleLineKind.Post, "people/vadzim-dzyanisenka"));
        appeared.Should().Contain(("special-operations-forces", OrderOfBattleLineKind.Delivery, "procurements/nona-m1-sof-2017"));
        appeared.Should().Contain(("belarus-armed-forces", OrderOfBattleLineKind.Strength, "units/belarus-armed-forces"));
        appeared.Should().Contain(("general-staff", OrderOfBattleLineKind.Post, "people/aleh-belakoneu"));
        appeared.Should().NotContain(c => c.Kind == OrderOfBattleLineKind.Unit, "every Belarusian unit was there in 2016 as far as the data says");
        appeared.Should().NotContain(("belarus-armed-forces", OrderOfBattleLineKind.Inventory, "inventory/trainer-aircraft-mid-2000s"), "the trainers were there in both years");
        changes.Changes.Single(c => c.RecordKey == "units/belarus-armed-forces" && c.Line.Kind == OrderOfBattleLineKind.Strength).After!.Quantity.Should().Be(Quantity.Exactly(70000));
        CheckAgainstTheirRecords(changes.Changes.Select(c => c.Line));

        changes.ToString().Should().Contain("appeared: Special Operations Forces, strength: 5,000 to 7,000 personnel, as of 2017");
        changes.ToMarkdown().Should().Contain("- **Special Operations Forces**\n  - appeared: strength: 5,000 to 7,000 personnel");
    }

    [Fact]
    public void A_newer_observation_is_a_change_and_the_earlier_one_stays_before()
    {
        var changes = Data.OrderOfBattle(EdtfDate.Parse("2017")).Compare(Data.OrderOfBattle(EdtfDate.Parse("2018")));

        var t72 = changes.Changes.Single(c => c.Line.Kind == OrderOfBattleLineKind.Inventory && c.Line.Equipment!.Id.Value == "t-72");
        t72.Kind.Should().Be(OrderOfBattleChangeKind.Changed);
        (t72.Before!.RecordKey, t72.After!.RecordKey).Should().Be(("inventory/t-72-fleet-2017", "inventory/t-72-fleet-2018"));
        t72.ToString().Should().StartWith("changed: Armed Forces of Belarus, holds: T-72").And.Contain("as of 2017-12~ (0 to 30 days old) → ").And.EndWith("inventory/t-72-fleet-2018");
        changes.Changes.Should().NotContain(c => c.Line.Kind == OrderOfBattleLineKind.Strength && c.Unit.Id == Sof, "the 2017 figure is the latest in both");

        var backwards = Data.OrderOfBattle(EdtfDate.Parse("2018")).Compare(Data.OrderOfBattle(EdtfDate.Parse("2016")));
        backwards.Changes.Should().Contain(c => c.Kind == OrderOfBattleChangeKind.Ended && c.RecordKey == "people/vadzim-dzyanisenka");
        CheckAgainstTheirRecords(backwards.Changes.Select(c => c.Line));
    }

    // Each line names a record that exists, shares its evidence and states the same fact.
    private static void CheckAgainstTheirRecords(IEnumerable<OrderOfBattleLine> lines)
    {
        foreach (var line in lines)
        {
            var record = Data.FindRecord(line.RecordKey);
            record.Should().NotBeNull(line.RecordKey);
            line.Evidence.Should().NotBeEmpty(line.ToString());
            var quotes = record switch
            {
                Unit u => u.Evidence.Concat(u.Strength.SelectMany(s => s.Evidence)),
                Person p => p.Evidence.Concat(p.Posts.SelectMany(s => s.Evidence)),
                Procurement p => p.Evidence.Concat(p.Batches.SelectMany(b => b.Evidence)),
                _ => record!.Evidence,
            };
            quotes.Should().Contain(line.Evidence, line.ToString());
            switch (record)
            {
                case Unit u when line.Kind == OrderOfBattleLineKind.Strength:
                    u.Strength.Should().Contain(s => s.Date == line.Date && s.Personnel == line.Quantity);
                    break;
                case Person p:
                    p.Posts.Should().Contain(post => post.Date == line.Date && line.Text.EndsWith(post.Title, StringComparison.Ordinal) && post.Evidence == line.Evidence);
                    break;
                case InventoryObservation i:
                    ((EquipmentType?)i.Equipment, i.Date, i.Quantity, i.Claim).Should().Be((line.Equipment, line.Date, line.Quantity, line.Claim));
                    break;
                case Procurement p:
                    p.Equipment.Should().Be(line.Equipment);
                    p.Batches.Should().Contain(b => b.Delivered == line.Date && b.Quantity == line.Quantity && b.Evidence == line.Evidence);
                    break;
            }
        }
    }
}
