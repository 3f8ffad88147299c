using System.CommandLine;
using System.Globalization;
using BelarusForces.Data;
using Registry = BelarusForces.Data.Collections;
using BelarusForces.Model;
using BelarusForces.Queries;
using BelarusForces.Values;

namespace BelarusForces.Cli;

// A listing for every collection, each with the filters that fit it. Filters combine: a record must pass every one.
internal static partial class Commands
{
    private static Command Procurements()
    {
        var supplier = CountryOption("--supplier", "Only this supplier country");
        var recipient = CountryOption("--recipient", "Only this recipient country");
        var status = new Option<string?>("--status") { Description = "Only this status: " + string.Join(", ", Kebab.Names<ProcurementStatus>()) + "." };
        var kind = new Option<string?>("--kind") { Description = "Only this kind: " + string.Join(", ", Kebab.Names<ProcurementKind>()) + "." };
        var equipment = new Option<string?>("--equipment") { Description = "Only this equipment type and its variants: its id or any of its names (Tor-M2, Su-30SM)." };
        var exact = ExactOption();
        var unit = UnitOption("Only procurements for this unit or its subunits");
        var dates = DateOptions("ordered, expected or delivered");
        var quotes = QuotesOption();
        var format = FormatOption();
        var command = new Command("procurements", "Acquisitions, deliveries, plans, modernisations and exports, with quantities, dates and sources.\nExample: belarus-forces procurements --supplier Russia --status delivered --date 2017")
        {
            supplier, recipient, status, kind, equipment, exact, unit, dates.Date, dates.Within, quotes, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var from = ParseCountry(parse.GetValue(supplier), "--supplier");
            var to = ParseCountry(parse.GetValue(recipient), "--recipient");
            var wanted = parse.GetValue(status) is { } s ? ParseKebab<ProcurementStatus>(s, "--status") : (ProcurementStatus?)null;
            var wantedKind = parse.GetValue(kind) is { } k ? ParseKebab<ProcurementKind>(k, "--kind") : (ProcurementKind?)null;
            var type = parse.GetValue(equipment) is { } e ? EquipmentFamily(Resolve(e, Data.Equipment, "equipment type"), parse.GetValue(exact)) : null;
            var forUnit = parse.GetValue(unit) is { } u ? ResolveUnit(u) : null;
            var date = ParseDates(parse, dates);
            var rows = Data.Procurements.Where(p =>
                (from is null || p.Supplier == from) && (to is null || p.Recipient == to) && (wanted is null || p.Status == wanted)
                && (wantedKind is null || p.Kind == wantedKind) && (type is null || type.Contains(p.Equipment))
                && (forUnit is null || WithinUnit(p.RecipientUnit, forUnit)));
            return WriteDated(Registry.Procurements, rows, date, parse.GetValue(quotes), parse.GetValue(format)!.Value);
        }));
        return command;
    }

    private static Command Exercises()
    {
        var participant = CountryOption("--participant", "Only exercises this country took part in");
        var dates = DateOptions("held");
        var quotes = QuotesOption();
        var format = FormatOption();
        var command = new Command("exercises", "Exercises with dates, participants, observers and statistics.\nExample: belarus-forces exercises --date 2017 --participant Russia")
        {
            dates.Date, dates.Within, participant, quotes, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var country = ParseCountry(parse.GetValue(participant), "--participant");
            var date = ParseDates(parse, dates);
            var rows = Data.Exercises.Where(e => country is not { } c || e.Participants.Any(p => p.Country == c));
            return WriteDated(Registry.Exercises, rows, date, parse.GetValue(quotes), parse.GetValue(format)!.Value);
        }));
        return command;
    }

    private static Command Events()
    {
        var unit = UnitOption("Only events that involve this unit");
        var person = new Option<string?>("--person") { Description = "Only events whose title, note or quotes name this person (any spelling: Raukou, Raŭkoŭ)." };
        var equipment = new Option<string?>("--equipment") { Description = "Only events that involve this equipment type (any of its names)." };
        var kind = new Option<string?>("--kind") { Description = "Only this kind: " + string.Join(", ", Kebab.Names<EventKind>()) + "." };
        var dates = DateOptions("of the event");
        var quotes = QuotesOption();
        var format = FormatOption();
        var command = new Command("events", "Dated military facts: tests, deployments, decisions, statements, peacekeeping, espionage.\nExample: belarus-forces events --date 2017 --kind test")
        {
            dates.Date, dates.Within, unit, person, equipment, kind, quotes, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var rows = Data.FindEvents(
                null,
                parse.GetValue(unit) is { } u ? ResolveUnit(u) : null,
                parse.GetValue(person) is { } p ? Resolve(p, Data.People, "person") : null,
                parse.GetValue(equipment) is { } e ? Resolve(e, Data.Equipment, "equipment type") : null,
                parse.GetValue(kind) is { } k ? ParseKebab<EventKind>(k, "--kind") : null);
            return WriteDated(Registry.Events, rows, ParseDates(parse, dates), parse.GetValue(quotes), parse.GetValue(format)!.Value);
        }));
        return command;
    }

    private static Command Units()
    {
        var country = CountryOption("--country", "Only units of this country's forces");
        var parent = UnitOption("Only this unit's subunits, at every level", "--parent");
        var kind = new Option<string?>("--kind") { Description = "Only this kind: " + string.Join(", ", Kebab.Names<UnitKind>()) + "." };
        var quotes = QuotesOption();
        var format = FormatOption();
        var command = new Command("units", "Units and formations: hierarchy, commanders, personnel strength.\nExample: belarus-forces units --parent belarus-armed-forces")
        {
            country, parent, kind, quotes, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var c = ParseCountry(parse.GetValue(country), "--country");
            var above = parse.GetValue(parent) is { } p ? ResolveUnit(p) : null;
            var wanted = parse.GetValue(kind) is { } k ? ParseKebab<UnitKind>(k, "--kind") : (UnitKind?)null;
            var listing = Listing.For(Registry.Units, Data.Units.Where(u => (c is null || u.Country == c) && (wanted is null || u.Kind == wanted) && (above is null || (u != above && WithinUnit(u, above)))),
                "commanders", u => string.Join("; ", Data.Posts(unit: (Unit)u).Where(h => h.Post.Title.StartsWith("Commander", StringComparison.OrdinalIgnoreCase))
                    .Select(h => $"{h.Person.Name} ({h.Post.Date?.ToString() ?? "undated"})").Distinct()), quotes: parse.GetValue(quotes));
            listing.Write(parse.GetValue(format)!.Value, Console.Out);
            return 0;
        }));
        return command;
    }

    private static Command People()
    {
        var post = new Option<string?>("--post") { Description = "Only people with a post whose title contains these words (commander, \"Deputy Defence Minister\")." };
        var unit = UnitOption("Only people with a post in this unit");
        var organisation = new Option<string?>("--organisation") { Description = "Only people with a post in this organisation (any of its names)." };
        var dates = DateOptions("of the post");
        var format = FormatOption();
        var command = new Command("people", "People and their posts: who held which post, in which unit or organisation, and when.\nExample: belarus-forces people --post commander")
        {
            post, unit, organisation, dates.Date, dates.Within, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var holdings = Data.Posts(
                parse.GetValue(post),
                parse.GetValue(unit) is { } u ? ResolveUnit(u) : null,
                parse.GetValue(organisation) is { } o ? Resolve(o, Data.Organisations, "organisation") : null,
                ParseDates(parse, dates));
            bool filtered = parse.GetValue(post) is not null || parse.GetValue(unit) is not null || parse.GetValue(organisation) is not null || ParseDates(parse, dates) is not null;
            var listing = new Listing("id", "name", "post", "unit_id", "organisation_id", "country", "date", "claim", "aliases")
                .InTable("id", "name", "post", "date");
            foreach (var person in Data.People.Where(p => !filtered || holdings.Any(h => h.Person == p)))
            {
                var posts = filtered ? holdings.Where(h => h.Person == person).Select(h => h.Post).ToList() : [.. person.Posts];
                if (posts.Count == 0)
                {
                    listing.Add(person.Id.Value, person.Name, null, null, null, null, null, null, string.Join("; ", person.Aliases));
                }

                foreach (var p in posts)
                {
                    listing.Add(person.Id.Value, person.Name, p.Title, p.UnitId?.Value, p.OrganisationId?.Value, p.Country?.Code, p.Date?.ToString(), Kebab.Name(p.Claim), string.Join("; ", person.Aliases));
                }
            }

            listing.Write(parse.GetValue(format)!.Value, Console.Out);
            return 0;
        }));
        return command;
    }

    private static Command Organisations()
    {
        var kind = new Option<string?>("--kind") { Description = "Only this kind: " + string.Join(", ", Kebab.Names<OrganisationKind>()) + "." };
        var country = CountryOption("--country", "Only organisations of this country");
        var member = CountryOption("--member", "Only international organisations this country is a member of");
        var quotes = QuotesOption();
        var format = FormatOption();
        var command = new Command("organisations", "The defence industry, state bodies, international organisations, media and think tanks.\nExample: belarus-forces organisations --kind defence-industry")
        {
            kind, country, member, quotes, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var wanted = parse.GetValue(kind) is { } k ? ParseKebab<OrganisationKind>(k, "--kind") : (OrganisationKind?)null;
            var c = ParseCountry(parse.GetValue(country), "--country");
            var m = ParseCountry(parse.GetValue(member), "--member");
            var listing = Listing.For(Registry.Organisations, Data.Organisations.Where(o => (wanted is null || o.Kind == wanted) && (c is null || o.Country == c) && (m is not { } mc || o.Members.Contains(mc))), quotes: parse.GetValue(quotes));
            listing.Write(parse.GetValue(format)!.Value, Console.Out);
            return 0;
        }));
        return command;
    }

    private static Command Agreements()
    {
        var kind = new Option<string?>("--kind") { Description = "Only this kind: " + string.Join(", ", Kebab.Names<AgreementKind>()) + "." };
        var party = new Option<string?>("--party") { Description = "Only agreements with this party: a country (Russia, RU) or an organisation (CSTO)." };
        var dates = DateOptions("signed, in force or published");
        var quotes = QuotesOption();
        var format = FormatOption();
        var command = new Command("agreements", "Agreements, laws, doctrine and decisions, with parties and dates.\nExample: belarus-forces agreements --party Russia")
        {
            kind, party, dates.Date, dates.Within, quotes, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var wanted = parse.GetValue(kind) is { } k ? ParseKebab<AgreementKind>(k, "--kind") : (AgreementKind?)null;
            Func<Party, bool> isParty = parse.GetValue(party) is { } text ? PartyMatcher(text, "--party") : _ => true;
            var date = ParseDates(parse, dates);
            var rows = Data.Agreements.Where(a => (wanted is null || a.Kind == wanted) && (parse.GetValue(party) is null || a.Parties.Any(isParty)));
            return WriteDated(Registry.Agreements, rows, date, parse.GetValue(quotes), parse.GetValue(format)!.Value);
        }));
        return command;
    }

    private static Command Sites()
    {
        var country = CountryOption("--country", "Only sites in this country");
        var quotes = QuotesOption();
        var format = FormatOption();
        var command = new Command("sites", "Bases, missile sites and training grounds.\nExample: belarus-forces sites --country Belarus") { country, quotes, format };
        command.SetAction(parse => Run(() =>
        {
            var c = ParseCountry(parse.GetValue(country), "--country");
            var listing = Listing.For(Registry.Sites, Data.Sites.Where(s => c is null || s.Country == c), quotes: parse.GetValue(quotes));
            listing.Write(parse.GetValue(format)!.Value, Console.Out);
            return 0;
        }));
        return command;
    }

    private static Command Inventory()
    {
        var unit = UnitOption("Only holdings of this unit or its subunits");
        var equipment = new Option<string?>("--equipment") { Description = "Only this equipment type and its variants (any of its names)." };
        var exact = ExactOption();
        var status = new Option<string?>("--status") { Description = "Only this status: " + string.Join(", ", Kebab.Names<InventoryStatus>()) + "." };
        var dates = DateOptions("of the observation");
        var quotes = QuotesOption();
        var format = FormatOption();
        var command = new Command("inventory", "What a unit holds, as of when, with status and quantity.\nExample: belarus-forces inventory --unit sof")
        {
            unit, equipment, exact, status, dates.Date, dates.Within, quotes, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var holder = parse.GetValue(unit) is { } u ? ResolveUnit(u) : null;
            var type = parse.GetValue(equipment) is { } e ? EquipmentFamily(Resolve(e, Data.Equipment, "equipment type"), parse.GetValue(exact)) : null;
            var wanted = parse.GetValue(status) is { } s ? ParseKebab<InventoryStatus>(s, "--status") : (InventoryStatus?)null;
            var date = ParseDates(parse, dates);
            var rows = Data.Inventory.Where(i => (holder is null || WithinUnit(i.Holder, holder)) && (type is null || type.Contains(i.Equipment)) && (wanted is null || i.Status == wanted));
            return WriteDated(Registry.Inventory, rows, date, parse.GetValue(quotes), parse.GetValue(format)!.Value);
        }));
        return command;
    }

    private static Command Sources()
    {
        var dates = DateOptions("of publication");
        var format = FormatOption();
        var command = new Command("sources", "The source articles: headline, inferred publication date, lines in the seed and how many records cite each.\nExample: belarus-forces sources --date 2017")
        {
            dates.Date, dates.Within, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var date = ParseDates(parse, dates);
            var listing = Listing.For(Registry.Sources, Data.Sources.Values.Where(s => date is not { } d || d.Matches(s.Published)),
                "records", s => Number(Data.ReferencesTo((Source)s).Length));
            listing.Write(parse.GetValue(format)!.Value, Console.Out);
            return 0;
        }));
        return command;
    }

    // ---- options and inputs shared by the listings -----------------------------------------------------------

    private static Option<bool> QuotesOption() => new("--quotes") { Description = "Add each row's first quote, with its source, so that the evidence is on screen." };

    private static Option<string?> CountryOption(string name, string what) =>
        new(name) { Description = what + ": a name, an ISO 3166-1 code or a common other name (Russia, RU, Russian Federation; SU or USSR for the Soviet Union)." };

    private static Option<string?> UnitOption(string what, string name = "--unit") =>
        new(name) { Description = what + ": its id or any of its names (sof, \"Special Operations Forces\")." };

    private static (Option<string?> Date, Option<string?> Within) DateOptions(string which) => (
        new Option<string?>("--date", "--year")
        {
            Description = $"Only records with a date ({which}) that may fall in this period, in EDTF: 2017, 2017-12, 2017-12-31 or 2011/2013. "
                + "An imprecise date matches when its range overlaps the period; an open end (..) counts as its known end.",
        },
        new Option<string?>("--within")
        {
            Description = $"Only records with a date ({which}) certainly within this EDTF period: both ends known and inside it.",
        });

    // A date filter cannot place a record that gives no date: such records are not dropped silently but listed under
    // their own heading (in a table), or counted with their keys on standard error (JSON and CSV stay the matches alone).
    private static int WriteDated(Collection collection, IEnumerable<IRecord> rows, DateFilter? date, bool quotes, OutputFormat format)
    {
        var candidates = rows.ToList();
        var matched = date is { } d ? candidates.Where(r => d.Matches(r)) : candidates;
        Listing.For(collection, matched, quotes: quotes).Write(format, Console.Out);
        var undated = date is null ? [] : candidates.Where(r => r.AllDates.Count == 0).ToList();
        if (undated.Count > 0 && format == OutputFormat.Table)
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine($"Undated ({undated.Count}): records that pass the other filters but give no date, which the date filter cannot place:");
            Listing.For(collection, undated, quotes: quotes).Write(format, Console.Out);
        }
        else if (undated.Count > 0)
        {
            CommandRunner.Error($"note: not listed, {undated.Count} undated record(s) that pass the other filters but give no date, which the date filter cannot place: {string.Join(", ", undated.Select(r => r.CitationKey))}.");
        }

        return 0;
    }

    private static DateFilter? ParseDates(System.CommandLine.ParseResult parse, (Option<string?> Date, Option<string?> Within) options)
    {
        var (may, within) = (parse.GetValue(options.Date), parse.GetValue(options.Within));
        return (may, within) switch
        {
            ({ }, { }) => throw new UserError("--date and --within: give one of them, not both."),
            ({ } text, null) => DateFilter.MayInclude(ParseEdtf(text, "--date")),
            (null, { } text) => DateFilter.CertainlyWithin(ParseEdtf(text, "--within")),
            _ => null,
        };
    }

    private static Func<Party, bool> PartyMatcher(string text, string option)
    {
        if (Country.TryFind(text, out var country))
        {
            return p => p.Country == country;
        }

        var organisation = Resolve(text, Data.Organisations, "country or organisation");
        return p => p.Organisation == organisation;
    }

    // Whether a unit is the given one or below it, walking up the parents (at most as many steps as there are units).
    private static bool WithinUnit(Unit? unit, Unit ancestor)
    {
        for (int steps = 0; unit is not null && steps <= Data.Units.Count; steps++, unit = unit.Parent)
        {
            if (ReferenceEquals(unit, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    private static string Ids<T>(IEnumerable<T> records)
        where T : IRecord => string.Join("; ", records.Select(r => r.Id));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
