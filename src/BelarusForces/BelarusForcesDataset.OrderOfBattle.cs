using BelarusForces.Model;
using BelarusForces.Queries;
using BelarusForces.Values;
using NodaTime;

namespace BelarusForces;

// The order of battle: the unit tree as of a date, from lookups built on first use.
public sealed partial class BelarusForcesDataset
{
    private OrderOfBattleIndex? _orderOfBattle;

    private OrderOfBattleIndex OrderOfBattleIndex => Volatile.Read(ref _orderOfBattle)
        ?? LazyInitializer.EnsureInitialized(ref _orderOfBattle, () => new OrderOfBattleIndex(Units.Items, People.Items, Inventory.Items, Procurements.Items));

    /// <summary>
    /// The order of battle as of a date: the forces of Belarus as a unit tree (or the tree under <paramref name="unit"/>)
    /// and, per unit, each person's latest showing in one of its posts, its latest strength observation, its latest
    /// inventory observation per equipment type and the deliveries it received, all dated on or before the date.
    /// </summary>
    /// <remarks>
    /// <para>A period stands for its last day: <c>2017</c> is 31 December 2017. Every line keeps its own date and says how
    /// old it is on that day; nothing is carried forward silently, and what the sources do not report is listed in
    /// <see cref="OrderOfBattleUnit.Unknowns"/> ("strength not reported", "commander unknown after 2017-12~").</para>
    /// <para>With <see cref="DateMatch.MayInclude"/> a fact counts when its date may be on or before the day (an open
    /// start read as the known end, an undated fact counted); with <see cref="DateMatch.CertainlyWithin"/> only when its
    /// latest bound is known and on or before the day. A unit established after the day is left out with its subunits;
    /// one whose establishment date the sources do not give stays in the tree.</para>
    /// </remarks>
    /// <param name="asOf">The date, such as <c>2017-12-31</c> or <c>2017</c>; it must have a known end.</param>
    /// <param name="match">How records' uncertain dates count.</param>
    /// <param name="unit">The unit whose tree to build; <see langword="null"/> for the forces of Belarus.</param>
    /// <returns>The order of battle; without roots when <paramref name="unit"/> was not yet established.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> has an open end.</exception>
    /// <example>
    /// <code>
    /// var data = BelarusForcesDataset.Current;
    /// var sof = data.Units[new Id&lt;Unit&gt;("special-operations-forces")];
    /// Console.WriteLine(data.OrderOfBattle(EdtfDate.Parse("2017-12-31"), unit: sof));
    /// </code>
    /// </example>
    public OrderOfBattle OrderOfBattle(EdtfDate asOf, DateMatch match = DateMatch.MayInclude, Unit? unit = null) =>
        OrderOfBattleIndex.Build(asOf, match, unit is null ? OrderOfBattleIndex.BelarusianRoots : [unit]);

    /// <summary>The order of battle of the forces of Belarus as of a day (see <see cref="OrderOfBattle(EdtfDate, DateMatch, Unit?)"/>).</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>The order of battle, dates that may be on or before the day counting.</returns>
    public OrderOfBattle OrderOfBattle(LocalDate asOf) =>
        OrderOfBattle(EdtfDate.Parse(Queries.OrderOfBattle.Iso(asOf)));

    /// <summary>What changed in the order of battle between two dates (see <see cref="Queries.OrderOfBattle.Compare"/>).</summary>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date.</param>
    /// <param name="match">How records' uncertain dates count.</param>
    /// <param name="unit">The unit whose tree to compare; <see langword="null"/> for the forces of Belarus.</param>
    /// <returns>The changes, each with its evidence.</returns>
    /// <example><code>var changes = BelarusForcesDataset.Current.OrderOfBattleChanges(EdtfDate.Parse("2016"), EdtfDate.Parse("2018"));</code></example>
    public OrderOfBattleChanges OrderOfBattleChanges(EdtfDate from, EdtfDate to, DateMatch match = DateMatch.MayInclude, Unit? unit = null) =>
        OrderOfBattle(from, match, unit).Compare(OrderOfBattle(to, match, unit));
}
