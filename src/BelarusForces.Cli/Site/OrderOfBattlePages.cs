using BelarusForces.Queries;
using BelarusForces.Values;

namespace BelarusForces.Cli.Site;

// The order of battle pages: one per year the sources cover (as of its last day), one per pair of consecutive years
// for what changed, and an index of them. Every line links to the evidence on its record's page.
internal sealed partial class SiteWriter
{
    /// <summary>The years the order of battle pages cover: those in which the sources were published.</summary>
    private IEnumerable<int> OrderOfBattleYears() =>
        _data.Sources.Values.Select(s => s.Published.Latest?.Year ?? s.Published.Earliest?.Year).OfType<int>().Distinct().Order();

    private void WriteOrderOfBattle()
    {
        var years = OrderOfBattleYears().ToList();
        var orbats = years.ToDictionary(y => y, y => _data.OrderOfBattle(EdtfDate.Parse(y.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        WritePage("orbat/index.html", "Order of battle", (h, up) =>
        {
            h.Element("h1", "Order of battle").Element("p", OrderOfBattleIntro);
            h.Element("h2", "As of the end of each year").Open("ul");
            foreach (var year in years)
            {
                h.Open("li").Link($"{year}/index.html", $"As of 31 December {year}").Close("li");
            }

            h.Close("ul").Element("h2", "What changed").Open("ul");
            foreach (var (from, to) in years.Zip(years.Skip(1)))
            {
                h.Open("li").Link($"{from}-{to}/index.html", $"From {from} to {to}").Close("li");
            }

            h.Close("ul");
        });

        foreach (var year in years)
        {
            WritePage($"orbat/{year}/index.html", $"Order of battle as of 31 December {year}", (h, up) => Tree(h, up, orbats[year], year));
        }

        foreach (var (from, to) in years.Zip(years.Skip(1)))
        {
            WritePage($"orbat/{from}-{to}/index.html", $"Order of battle: what changed from {from} to {to}", (h, up) => Changes(h, up, orbats[from].Compare(orbats[to]), from, to));
        }
    }

    private const string OrderOfBattleIntro =
        "The forces of Belarus as the sources give them on or before a date: each unit with the people shown in its posts, its latest strength figure, "
        + "its latest inventory observation per equipment type and the deliveries it received. A fact older than the date says how old it is, "
        + "and what the sources do not report is said so. Each line links to the quotes on its record's page.";

    private static void Tree(Html h, string up, OrderOfBattle orbat, int year)
    {
        h.Element("h1", $"Order of battle as of 31 December {year}").Element("p", OrderOfBattleIntro)
            .Open("p").Link("../index.html", "Every year and the changes between them").Close("p");
        h.Open("ul", ("class", "orbat"));
        foreach (var root in orbat.Roots)
        {
            Unit(h, up, root);
        }

        h.Close("ul");
    }

    private static void Unit(Html h, string up, OrderOfBattleUnit unit)
    {
        h.Open("li", ("class", "orbat-unit"), ("id", "unit-" + unit.Unit.Id.Value));
        h.Open("strong").Text(unit.Unit.Name).Close("strong").Text($" ({Data.Kebab.Name(unit.Unit.Kind).Replace('-', ' ')}");
        h.Text(unit.Unit.Established is { } established ? $", established {Words.Date(established)})" : ")").Text(" ");
        Evidence(h, up, unit.Line);
        h.Open("ul");
        foreach (var line in unit.Lines.Skip(1))
        {
            h.Open("li", ("class", "orbat-line"));
            Line(h, up, line);
            h.Close("li");
        }

        foreach (var unknown in unit.Unknowns)
        {
            h.Element("li", Capital(unknown) + ".", ("class", "orbat-unknown"));
        }

        foreach (var subunit in unit.Subunits)
        {
            Unit(h, up, subunit);
        }

        h.Close("ul").Close("li");
    }

    private static void Changes(Html h, string up, OrderOfBattleChanges changes, int from, int to)
    {
        h.Element("h1", $"Order of battle: what changed from {from} to {to}")
            .Element("p", $"Each line compares the order of battle as of 31 December {from} with that as of 31 December {to}: a fact that appeared, "
                + "a newer observation of the same thing (changed), or one no longer there (ended).")
            .Open("p").Link($"../{from}/index.html", $"As of {from}").Text(" · ").Link($"../{to}/index.html", $"As of {to}").Text(" · ").Link("../index.html", "Every year").Close("p");
        if (changes.Changes.IsEmpty)
        {
            h.Element("p", "Nothing changed.");
        }

        h.Open("ul", ("class", "orbat"));
        foreach (var unit in changes.Changes.GroupBy(c => c.Unit.Id))
        {
            h.Open("li", ("class", "orbat-unit")).Element("strong", unit.First().Unit.Name).Open("ul");
            foreach (var change in unit)
            {
                h.Open("li", ("class", "orbat-line orbat-" + Data.Kebab.Name(change.Kind))).Element("span", Capital(Data.Kebab.Name(change.Kind)) + ": ", ("class", "orbat-change"));
                if (change.Before is { } before && change.After is not null)
                {
                    h.Text($"{Label(before.Kind)}{before.Text}, {When(before)} → ");
                    Line(h, up, change.After, label: false);
                }
                else
                {
                    Line(h, up, change.Line);
                }

                h.Close("li");
            }

            h.Close("ul").Close("li");
        }

        h.Close("ul");
    }

    private static void Line(Html h, string up, OrderOfBattleLine line, bool label = true)
    {
        h.Text((label ? Label(line.Kind) : string.Empty) + line.Text + ", " + When(line) + " ");
        Evidence(h, up, line);
    }

    // The claim badge, the hedge and a link to the record's quotes; the first quote shows on hover.
    private static void Evidence(Html h, string up, OrderOfBattleLine line)
    {
        h.Element("span", Words.Claim(line.Claim), ("class", "badge claim-" + Data.Kebab.Name(line.Claim)));
        if (line.Hedge is { } hedge)
        {
            h.Text(" ").Open("span", ("class", "hedge")).Text("hedged: “").Text(hedge).Text("”").Close("span");
        }

        h.Text(" ").Link($"{up}{PathOf(line.Record)}#evidence", line.RecordKey, ("class", "orbat-record"), ("title", line.Evidence.IsEmpty ? null : "“" + line.Evidence[0].Quote + "”"));
    }

    private static string When(OrderOfBattleLine line) => line.Date is { } date
        ? (line.Kind == OrderOfBattleLineKind.Unit ? "established " : "as of ") + Words.Date(date) + (line.Age.Length > 0 ? $" ({line.Age})" : string.Empty)
        : "undated";

    private static string Label(OrderOfBattleLineKind kind) => kind switch
    {
        OrderOfBattleLineKind.Strength => "Strength: ",
        OrderOfBattleLineKind.Post => "Post: ",
        OrderOfBattleLineKind.Inventory => "Holds: ",
        OrderOfBattleLineKind.Delivery => "Received: ",
        _ => "Unit: ",
    };
}
