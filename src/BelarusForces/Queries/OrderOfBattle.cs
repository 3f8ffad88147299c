using System.Text;
using BelarusForces.Model;
using BelarusForces.Values;
using NodaTime;

namespace BelarusForces.Queries;

/// <summary>What an <see cref="OrderOfBattleLine"/> states.</summary>
public enum OrderOfBattleLineKind
{
    /// <summary>The unit itself: its name, kind and, if the sources say, when it was established.</summary>
    Unit,
    /// <summary>Personnel strength: the latest observation on or before the date.</summary>
    Strength,
    /// <summary>A person shown in a post of the unit (a commander, a deputy, a chief): the latest such showing on or before the date.</summary>
    Post,
    /// <summary>What the unit holds of an equipment type: the latest inventory observation of that type on or before the date.</summary>
    Inventory,
    /// <summary>A delivery of equipment to the unit on or before the date: one batch of a procurement.</summary>
    Delivery,
}

/// <summary>
/// One line of an <see cref="OrderOfBattle"/>: a fact about a unit as of a date, with its own date, how old it is,
/// how the source claims it and the record whose quotes support it.
/// </summary>
public sealed record OrderOfBattleLine
{
    internal OrderOfBattleLine()
    {
    }

    /// <summary>What the line states.</summary>
    public OrderOfBattleLineKind Kind { get; internal init; }

    /// <summary>The fact in words, such as <c>5,000 to 7,000 personnel</c> or <c>Kaiman (origin Belarus): in service, number not stated</c>.</summary>
    public string Text { get; internal init; } = null!;

    /// <summary>The fact's own date, as the data writes it; <see langword="null"/> when the record is undated.</summary>
    public EdtfDate? Date { get; internal init; }

    /// <summary>
    /// The fewest days between the fact's date and the order of battle's day: 0 when the date may be that day (or later);
    /// <see langword="null"/> for an undated line.
    /// </summary>
    public int? DaysBeforeAtLeast { get; internal init; }

    /// <summary>
    /// The most days between the fact's date and the order of battle's day; <see langword="null"/> when the date has an
    /// open start or none.
    /// </summary>
    public int? DaysBeforeAtMost { get; internal init; }

    /// <summary>The person, for a <see cref="OrderOfBattleLineKind.Post"/> line.</summary>
    public Person? Person { get; internal init; }

    /// <summary>The equipment type, for an inventory or delivery line.</summary>
    public EquipmentType? Equipment { get; internal init; }

    /// <summary>The number of personnel or of pieces of equipment, when the line has one; <see cref="Quantity.Unknown"/> when the source gives none.</summary>
    public Quantity? Quantity { get; internal init; }

    /// <summary>
    /// The equipment's status in kebab case (<c>in-service</c>, <c>on-order</c>) for an inventory line; the procurement's
    /// status (<c>delivered</c>, <c>delivering</c>) for a delivery line; otherwise <see langword="null"/>.
    /// </summary>
    public string? Status { get; internal init; }

    /// <summary>How the source presents the fact.</summary>
    public ClaimStatus Claim { get; internal init; }

    /// <summary>The source's hedging words, verbatim, if any.</summary>
    public string? Hedge { get; internal init; }

    /// <summary>The record whose quotes support the line.</summary>
    public IRecord Record { get; internal init; } = null!;

    /// <summary>The citation key of <see cref="Record"/>, such as <c>inventory/kaiman-sof-2017</c>.</summary>
    public string RecordKey => Record.CitationKey;

    /// <summary>The verbatim quotes that support the line: those of the strength observation, post, batch or record itself.</summary>
    public ValueArray<Evidence> Evidence { get; internal init; }

    /// <summary>What the line is about within its unit, so that two orders of battle can be compared line by line.</summary>
    internal string Subject { get; init; } = null!;

    /// <summary>How old the line is, in words: empty when its date may be the day itself, <c>0 to 364 days old</c> for a year.</summary>
    public string Age => (DaysBeforeAtLeast, DaysBeforeAtMost) switch
    {
        (null, _) => "undated",
        (0, 0) => string.Empty,
        (var least, null) => $"at least {Days(least.Value)} old",
        (var least, var most) when least == most => $"{Days(least.Value)} old",
        (var least, var most) => $"{least} to {Days(most!.Value)} old",
    };

    /// <summary>The fact, its date and age, its claim status and hedge, and its record key.</summary>
    /// <returns>A line such as <c>5,000 to 7,000 personnel, as of 2017 (0 to 364 days old) [analyst] units/special-operations-forces</c>.</returns>
    public override string ToString() => Text + Dated() + Claimed() + " " + RecordKey;

    internal string Dated() => Kind == OrderOfBattleLineKind.Unit
        ? (Date is { } established ? $", established {established}" : string.Empty)
        : Date is { } date ? $", as of {date}" + (Age.Length > 0 ? $" ({Age})" : string.Empty) : ", undated";

    internal string Claimed() => $" [{Data.Kebab.Name(Claim)}{(Hedge is null ? string.Empty : ": “" + Hedge + "”")}]";

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}

/// <summary>
/// One unit of an <see cref="OrderOfBattle"/>: the unit, its subunits, and what the sources say of its commanders,
/// strength and equipment on or before the date, each line with its evidence; what they do not say is listed in
/// <see cref="Unknowns"/>.
/// </summary>
public sealed record OrderOfBattleUnit
{
    internal OrderOfBattleUnit()
    {
    }

    /// <summary>The unit.</summary>
    public Unit Unit { get; internal init; } = null!;

    /// <summary>The unit as a line: its name, kind, establishment date and the unit record's evidence.</summary>
    public OrderOfBattleLine Line { get; internal init; } = null!;

    /// <summary>
    /// Whether the unit certainly existed on the date: its establishment date is known and lies on or before it. A unit
    /// whose sources give no establishment date is kept in the tree but not certain; one established certainly after the date is left out.
    /// </summary>
    public bool CertainlyEstablished { get; internal init; }

    /// <summary>How deep in the tree: 0 for a root.</summary>
    public int Depth { get; internal init; }

    /// <summary>The latest strength observation on or before the date; <see langword="null"/> when none is reported.</summary>
    public OrderOfBattleLine? Strength { get; internal init; }

    /// <summary>Each person's latest showing in a post of the unit on or before the date, latest first.</summary>
    public ValueArray<OrderOfBattleLine> Posts { get; internal init; }

    /// <summary>The latest inventory observation per equipment type, then the deliveries, each on or before the date.</summary>
    public ValueArray<OrderOfBattleLine> Equipment { get; internal init; }

    /// <summary>
    /// What the sources do not say as of the date, in words: <c>strength not reported</c>, <c>commander unknown after 2017-12~</c>,
    /// <c>equipment not reported</c>.
    /// </summary>
    public ValueArray<string> Unknowns { get; internal init; }

    /// <summary>The subunits present on the date, in file order.</summary>
    public ValueArray<OrderOfBattleUnit> Subunits { get; internal init; }

    /// <summary>Every line of the unit (not its subunits): the unit, strength, posts and equipment.</summary>
    public IEnumerable<OrderOfBattleLine> Lines =>
        Posts.Concat(Equipment).Prepend(Strength).Prepend(Line).OfType<OrderOfBattleLine>();

    /// <summary>The unit's id and name.</summary>
    /// <returns>A line such as <c>special-operations-forces: Special Operations Forces</c>.</returns>
    public override string ToString() => $"{Unit.Id}: {Unit.Name}";
}

/// <summary>
/// The order of battle as of a date: the unit tree with, per unit, its commanders, strength and equipment as the
/// sources give them on or before that date, every line with its claim status, hedge, record key and quotes. Nothing is
/// carried forward silently: a line older than the date says how old it is, and what is not reported is listed as unknown.
/// </summary>
/// <example>
/// <code>
/// var orbat = BelarusForcesDataset.Current.OrderOfBattle(EdtfDate.Parse("2017-12-31"));
/// Console.WriteLine(orbat);   // an indented tree
/// var sof = orbat.Find(new Id&lt;Unit&gt;("special-operations-forces"))!;
/// Console.WriteLine(sof.Strength);   // 5,000 to 7,000 personnel, as of 2017 (0 to 364 days old) [analyst] units/special-operations-forces
/// </code>
/// </example>
public sealed class OrderOfBattle
{
    internal OrderOfBattle(EdtfDate asOf, LocalDate day, DateMatch match, ValueArray<OrderOfBattleUnit> roots)
    {
        AsOf = asOf;
        Day = day;
        Match = match;
        Roots = roots;
    }

    /// <summary>The date as given, such as <c>2017</c> or <c>2017-12-31</c>.</summary>
    public EdtfDate AsOf { get; }

    /// <summary>The day the order of battle stands on: the last day of <see cref="AsOf"/>.</summary>
    public LocalDate Day { get; }

    /// <summary>
    /// How records' dates count: with <see cref="DateMatch.MayInclude"/> a fact counts when its date may be on or before
    /// <see cref="Day"/>; with <see cref="DateMatch.CertainlyWithin"/> only when its date certainly is.
    /// </summary>
    public DateMatch Match { get; }

    /// <summary>The top units of the tree, in file order.</summary>
    public ValueArray<OrderOfBattleUnit> Roots { get; }

    /// <summary>Every unit of the tree, depth first in file order.</summary>
    public IEnumerable<OrderOfBattleUnit> Units => Roots.SelectMany(Flatten);

    /// <summary>Every line of every unit, depth first.</summary>
    public IEnumerable<OrderOfBattleLine> Lines => Units.SelectMany(u => u.Lines);

    /// <summary>A unit of the tree by id.</summary>
    /// <param name="id">The unit's id, such as <c>special-operations-forces</c>.</param>
    /// <returns>The unit, or <see langword="null"/> when it is not in the tree on the date.</returns>
    public OrderOfBattleUnit? Find(Id<Unit> id) => Units.FirstOrDefault(u => u.Unit.Id == id);

    /// <summary>What changed from this order of battle to a later one: units, commanders, strengths and equipment that appeared, changed or ended.</summary>
    /// <param name="later">The order of battle at the later date.</param>
    /// <returns>The changes, each with the line before and after and their evidence.</returns>
    /// <example><code>var changes = dataset.OrderOfBattle(EdtfDate.Parse("2016")).Compare(dataset.OrderOfBattle(EdtfDate.Parse("2018")));</code></example>
    public OrderOfBattleChanges Compare(OrderOfBattle later)
    {
        ArgumentNullException.ThrowIfNull(later);
        return OrderOfBattleChanges.Between(this, later);
    }

    /// <summary>The tree as indented plain text: a unit per line, its facts indented beneath it, each with its date, claim and record key.</summary>
    /// <returns>The text, with line feeds.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append($"Order of battle as of {AsOf} ({Iso(Day)}, dates that {Words(Match)})\n");
        foreach (var unit in Units)
        {
            var indent = new string(' ', unit.Depth * 4);
            sb.Append(indent).Append(unit.Line).Append('\n');
            foreach (var line in unit.Lines.Skip(1))
            {
                sb.Append(indent).Append("  - ").Append(Label(line.Kind)).Append(line).Append('\n');
            }

            foreach (var unknown in unit.Unknowns)
            {
                sb.Append(indent).Append("  - ").Append(unknown).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>The tree as a nested Markdown list: record keys in code spans, quotes left to the records they name.</summary>
    /// <returns>The Markdown text, with line feeds.</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append($"## Order of battle as of {Markdown(AsOf.ToString())}\n\n");
        sb.Append($"Facts dated on or before {Iso(Day)} (dates that {Words(Match)}); each line names the record whose quotes support it.\n\n");
        foreach (var unit in Units)
        {
            var indent = new string(' ', unit.Depth * 2);
            sb.Append(indent).Append($"- **{Markdown(unit.Unit.Name)}** ({Data.Kebab.Name(unit.Unit.Kind)}{Markdown(unit.Line.Dated())}){Markdown(unit.Line.Claimed())} `{unit.Line.RecordKey}`\n");
            foreach (var line in unit.Lines.Skip(1))
            {
                sb.Append(indent).Append($"  - {Label(line.Kind)}{Markdown(line.Text + line.Dated() + line.Claimed())} `{line.RecordKey}`\n");
            }

            foreach (var unknown in unit.Unknowns)
            {
                sb.Append(indent).Append($"  - *{Markdown(unknown)}*\n");
            }
        }

        return sb.ToString();
    }

    internal static string Label(OrderOfBattleLineKind kind) => kind switch
    {
        OrderOfBattleLineKind.Strength => "strength: ",
        OrderOfBattleLineKind.Post => "post: ",
        OrderOfBattleLineKind.Inventory => "holds: ",
        OrderOfBattleLineKind.Delivery => "received: ",
        _ => string.Empty,
    };

    // By hand: NodaTime's date patterns would bring their text machinery into a NativeAOT program.
    internal static string Iso(LocalDate day) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}");

    internal static string Words(DateMatch match) => match == DateMatch.MayInclude ? "may be on or before it" : "are certainly on or before it";

    // Backslash before every character Markdown could read as markup, so that names and hedges print as written.
    internal static string Markdown(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                sb.Append('\\');
            }

            sb.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return sb.ToString();
    }

    private static IEnumerable<OrderOfBattleUnit> Flatten(OrderOfBattleUnit unit) => unit.Subunits.SelectMany(Flatten).Prepend(unit);
}
