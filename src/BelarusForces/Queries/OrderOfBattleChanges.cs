using System.Text;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Queries;

/// <summary>How a line of an order of battle differs between two dates.</summary>
public enum OrderOfBattleChangeKind
{
    /// <summary>The line is in the later order of battle only: a unit established, a commander first shown, equipment first reported or delivered.</summary>
    Appeared,
    /// <summary>The line is in both, with a newer observation in the later one: another strength figure, a later showing in a post, a newer inventory observation.</summary>
    Changed,
    /// <summary>The line is in the earlier order of battle only.</summary>
    Ended,
}

/// <summary>One difference between two orders of battle, with the lines before and after and the evidence of the newer one.</summary>
public sealed record OrderOfBattleChange
{
    internal OrderOfBattleChange()
    {
    }

    /// <summary>Whether the line appeared, changed or ended.</summary>
    public OrderOfBattleChangeKind Kind { get; internal init; }

    /// <summary>The unit the line belongs to.</summary>
    public Unit Unit { get; internal init; } = null!;

    /// <summary>The line in the earlier order of battle; <see langword="null"/> when it appeared.</summary>
    public OrderOfBattleLine? Before { get; internal init; }

    /// <summary>The line in the later order of battle; <see langword="null"/> when it ended.</summary>
    public OrderOfBattleLine? After { get; internal init; }

    /// <summary>The line that carries the evidence: <see cref="After"/>, or <see cref="Before"/> when the line ended.</summary>
    public OrderOfBattleLine Line => After ?? Before!;

    /// <summary>The citation key of the record whose quotes support the change.</summary>
    public string RecordKey => Line.RecordKey;

    /// <summary>The quotes that support the change.</summary>
    public ValueArray<Evidence> Evidence => Line.Evidence;

    /// <summary>The change, the unit and the line (before and after, for a change).</summary>
    /// <returns>A line such as <c>appeared: Special Operations Forces, strength: 5,000 to 7,000 personnel, as of 2017 [analyst] units/special-operations-forces</c>.</returns>
    public override string ToString() => Kind == OrderOfBattleChangeKind.Changed
        ? $"changed: {Unit.Name}, {OrderOfBattle.Label(Line.Kind)}{Before!.Text}{Before.Dated()} → {After!}"
        : $"{Data.Kebab.Name(Kind)}: {Unit.Name}, {OrderOfBattle.Label(Line.Kind)}{Line}";
}

/// <summary>What changed between two orders of battle: units, commanders, strengths and equipment that appeared, changed or ended.</summary>
/// <example>
/// <code>
/// var data = BelarusForcesDataset.Current;
/// var changes = data.OrderOfBattle(EdtfDate.Parse("2016")).Compare(data.OrderOfBattle(EdtfDate.Parse("2018")));
/// foreach (var change in changes.Changes) Console.WriteLine(change);
/// </code>
/// </example>
public sealed class OrderOfBattleChanges
{
    private OrderOfBattleChanges(OrderOfBattle from, OrderOfBattle to, ValueArray<OrderOfBattleChange> changes)
    {
        From = from;
        To = to;
        Changes = changes;
    }

    /// <summary>The earlier order of battle.</summary>
    public OrderOfBattle From { get; }

    /// <summary>The later order of battle.</summary>
    public OrderOfBattle To { get; }

    /// <summary>The changes, unit by unit in the later tree's order (units that ended last), each unit's lines in order.</summary>
    public ValueArray<OrderOfBattleChange> Changes { get; }

    /// <summary>The changes as plain text, one per line.</summary>
    /// <returns>The text, with line feeds.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder($"Order of battle changes from {From.AsOf} to {To.AsOf}: {Changes.Count}\n");
        foreach (var change in Changes)
        {
            sb.Append("  ").Append(change).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The changes as a Markdown list grouped by unit, record keys in code spans.</summary>
    /// <returns>The Markdown text, with line feeds.</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder($"## Order of battle changes from {OrderOfBattle.Markdown(From.AsOf.ToString())} to {OrderOfBattle.Markdown(To.AsOf.ToString())}\n\n");
        if (Changes.Count == 0)
        {
            sb.Append("No changes.\n");
        }

        foreach (var unit in Changes.GroupBy(c => c.Unit.Id))
        {
            sb.Append($"- **{OrderOfBattle.Markdown(unit.First().Unit.Name)}**\n");
            foreach (var change in unit)
            {
                var line = change.Line;
                var before = change.Kind == OrderOfBattleChangeKind.Changed ? change.Before!.Text + change.Before.Dated() + " → " : string.Empty;
                sb.Append($"  - {Data.Kebab.Name(change.Kind)}: {OrderOfBattle.Label(line.Kind)}{OrderOfBattle.Markdown(before + line.Text + line.Dated() + line.Claimed())} `{line.RecordKey}`\n");
            }
        }

        return sb.ToString();
    }

    internal static OrderOfBattleChanges Between(OrderOfBattle from, OrderOfBattle to)
    {
        var earlier = from.Units.ToDictionary(u => u.Unit.Id);
        var later = to.Units.Select(u => u.Unit.Id).ToHashSet();
        var changes = new List<OrderOfBattleChange>();
        foreach (var unit in to.Units)
        {
            Compare(unit.Unit, earlier.GetValueOrDefault(unit.Unit.Id)?.Lines ?? [], unit.Lines, changes);
        }

        foreach (var unit in from.Units.Where(u => !later.Contains(u.Unit.Id)))
        {
            Compare(unit.Unit, unit.Lines, [], changes);
        }

        return new OrderOfBattleChanges(from, to, changes.ToValueArray());
    }

    private static void Compare(Unit unit, IEnumerable<OrderOfBattleLine> before, IEnumerable<OrderOfBattleLine> after, List<OrderOfBattleChange> changes)
    {
        var old = before.ToDictionary(l => l.Subject, StringComparer.Ordinal);
        foreach (var line in after)
        {
            if (!old.Remove(line.Subject, out var previous))
            {
                changes.Add(new OrderOfBattleChange { Kind = OrderOfBattleChangeKind.Appeared, Unit = unit, After = line });
            }
            else if (!Same(previous, line))
            {
                changes.Add(new OrderOfBattleChange { Kind = OrderOfBattleChangeKind.Changed, Unit = unit, Before = previous, After = line });
            }
        }

        foreach (var line in before.Where(l => old.ContainsKey(l.Subject)))
        {
            changes.Add(new OrderOfBattleChange { Kind = OrderOfBattleChangeKind.Ended, Unit = unit, Before = line });
        }
    }

    // The same fact from the same record; its age differs between the two dates and does not count.
    private static bool Same(OrderOfBattleLine a, OrderOfBattleLine b) =>
        a.Text == b.Text && a.Date == b.Date && a.RecordKey == b.RecordKey && a.Claim == b.Claim && a.Hedge == b.Hedge;
}
