using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// The indicator-scoring family: the strategies of the rule set, the default strategy per direction, and the
/// switches that real forms differ on.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorScoringRules
{
    private readonly Dictionary<string, ScoringStrategy> byId;
    private readonly Dictionary<Direction, ScoringStrategy> defaults;

    /// <summary>Creates the family, with the default data-quality flags (<see cref="DataQualityRules.Default"/>).</summary>
    /// <param name="strategies">The strategies, with distinct ids.</param>
    /// <param name="defaults">The id of the default strategy for every direction (all six must be named); the strategy must accept the direction.</param>
    /// <param name="capAtPoints">Whether a score is capped at the indicator's points (true nationally: over-completion earns no bonus).</param>
    /// <param name="overCompletion">The over-completion rule, or null for none.</param>
    /// <param name="strictEqualityEarnsFull">Whether a = t earns full points under a strict &gt; or &lt; (when false, it earns 0 and is flagged).</param>
    /// <param name="negativeActuals">What happens to negative actual values.</param>
    /// <param name="indicatorRounding">The rounding of indicator scores (a strategy may override it).</param>
    /// <exception cref="ArgumentException">The strategies or the defaults break an invariant (see <see cref="FindProblems"/>), or a strategy is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="strategies"/> or <paramref name="defaults"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="negativeActuals"/> is undefined.</exception>
    public IndicatorScoringRules(
        IEnumerable<ScoringStrategy> strategies,
        IReadOnlyDictionary<Direction, string> defaults,
        bool capAtPoints,
        OverCompletionRule? overCompletion,
        bool strictEqualityEarnsFull,
        NegativeActualPolicy negativeActuals,
        Rounding indicatorRounding)
        : this(strategies, defaults, capAtPoints, overCompletion, strictEqualityEarnsFull, negativeActuals, indicatorRounding, DataQualityRules.Default)
    {
    }

    /// <summary>Creates the family.</summary>
    /// <param name="strategies">The strategies, with distinct ids.</param>
    /// <param name="defaults">The id of the default strategy for every direction (all six must be named); the strategy must accept the direction.</param>
    /// <param name="capAtPoints">Whether a score is capped at the indicator's points (true nationally: over-completion earns no bonus).</param>
    /// <param name="overCompletion">The over-completion rule, or null for none.</param>
    /// <param name="strictEqualityEarnsFull">Whether a = t earns full points under a strict &gt; or &lt; (when false, it earns 0 and is flagged).</param>
    /// <param name="negativeActuals">What happens to negative actual values.</param>
    /// <param name="indicatorRounding">The rounding of indicator scores (a strategy may override it).</param>
    /// <param name="dataQuality">The data-quality flags: what a zero target on a positive indicator and a zero actual on a reverse one do to the score.</param>
    /// <exception cref="ArgumentException">The strategies or the defaults break an invariant (see <see cref="FindProblems"/>), or a strategy is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="strategies"/>, <paramref name="defaults"/> or <paramref name="dataQuality"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="negativeActuals"/> is undefined.</exception>
    public IndicatorScoringRules(
        IEnumerable<ScoringStrategy> strategies,
        IReadOnlyDictionary<Direction, string> defaults,
        bool capAtPoints,
        OverCompletionRule? overCompletion,
        bool strictEqualityEarnsFull,
        NegativeActualPolicy negativeActuals,
        Rounding indicatorRounding,
        DataQualityRules dataQuality)
    {
        var list = Guard.Against.NullItems(strategies);
        Guard.Against.Null(defaults);
        Guard.Against.Problems(FindProblems(list, defaults), problem => new ArgumentException(
            problem.MessageEn, problem.Location.Element!.StartsWith(nameof(strategies), StringComparison.Ordinal) ? nameof(strategies) : nameof(defaults)));

        byId = ById(list);
        this.defaults = Enum.GetValues<Direction>().ToDictionary(d => d, d => byId[defaults[d]]);

        Strategies = new ReadOnlyCollection<ScoringStrategy>([.. list]);
        Defaults = new ReadOnlyDictionary<Direction, string>(this.defaults.ToDictionary(p => p.Key, p => p.Value.Id));
        CapAtPoints = capAtPoints;
        OverCompletion = overCompletion;
        StrictEqualityEarnsFull = strictEqualityEarnsFull;
        NegativeActuals = Guard.Against.Undefined(negativeActuals);
        IndicatorRounding = indicatorRounding;
        DataQuality = Guard.Against.Null(dataQuality);
    }

    /// <summary>
    /// Lists every broken invariant of candidate strategies and defaults, without building the family, in this order: no
    /// two strategies share an id (each later strategy with an id already used is named by its place, <c>strategies[3]</c>);
    /// then, for each direction in the order of <see cref="Direction"/>, the first of these that fails: a default is named,
    /// it is the id of one of the strategies (the first with that id), and that strategy accepts the direction. A problem
    /// of a default names the direction's entry, <c>defaults[&gt;=]</c> (the direction's symbol, see
    /// <see cref="DirectionSymbols"/>). Entries of <paramref name="defaults"/> for undefined directions are ignored. The
    /// constructor checks the same.
    /// </summary>
    /// <param name="strategies">The candidate strategies.</param>
    /// <param name="defaults">The candidate default strategy id per direction.</param>
    /// <exception cref="ArgumentNullException"><paramref name="strategies"/> or <paramref name="defaults"/> is null.</exception>
    /// <exception cref="ArgumentException">A strategy is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(IEnumerable<ScoringStrategy> strategies, IReadOnlyDictionary<Direction, string> defaults)
    {
        var list = Guard.Against.NullItems(strategies);
        Guard.Against.Null(defaults);
        var problems = new List<Problem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (!seen.Add(list[i].Id))
            {
                problems.Add(Messages.StrategyIdTwice.At(ProblemLocation.OfElement(string.Create(CultureInfo.InvariantCulture, $"{nameof(strategies)}[{i}]")), list[i].Id));
            }
        }

        var byId = ById(list);
        foreach (var direction in Enum.GetValues<Direction>())
        {
            var at = ProblemLocation.OfElement(nameof(defaults) + "[" + DirectionSymbols.Of(direction) + "]");
            if (!defaults.TryGetValue(direction, out var id))
            {
                problems.Add(Messages.DefaultStrategyMissing.At(at, Messages.DirectionName(direction)));
            }
            else if (!byId.TryGetValue(id, out var strategy))
            {
                problems.Add(Messages.DefaultStrategyUnknown.At(at, id, Messages.DirectionName(direction)));
            }
            else if (!strategy.Accepts(direction))
            {
                problems.Add(Messages.DefaultStrategyCannotScore.At(at, id, Localized.Of(strategy.Kind), Messages.DirectionName(direction)));
            }
        }

        return problems.AsReadOnly();
    }

    // The strategies by id; of strategies with one id, the first.
    private static Dictionary<string, ScoringStrategy> ById(IReadOnlyList<ScoringStrategy> strategies)
    {
        var byId = new Dictionary<string, ScoringStrategy>(StringComparer.Ordinal);
        foreach (var strategy in strategies)
        {
            byId.TryAdd(strategy.Id, strategy);
        }

        return byId;
    }

    /// <summary>The strategies.</summary>
    public IReadOnlyList<ScoringStrategy> Strategies { get; }

    /// <summary>The default strategy id per direction.</summary>
    public IReadOnlyDictionary<Direction, string> Defaults { get; }

    /// <summary>Whether scores are capped at the points.</summary>
    public bool CapAtPoints { get; }

    /// <summary>The over-completion rule, or null.</summary>
    public OverCompletionRule? OverCompletion { get; }

    /// <summary>Whether a = t earns full points under a strict direction.</summary>
    public bool StrictEqualityEarnsFull { get; }

    /// <summary>What happens to negative actual values.</summary>
    public NegativeActualPolicy NegativeActuals { get; }

    /// <summary>The rounding of indicator scores.</summary>
    public Rounding IndicatorRounding { get; }

    /// <summary>The data-quality flags (a zero target on a positive indicator, a zero actual on a reverse one) and what they do to the score.</summary>
    public DataQualityRules DataQuality { get; }

    /// <summary>The default strategy for a direction.</summary>
    /// <param name="direction">The direction.</param>
    public ScoringStrategy DefaultFor(Direction direction) => defaults[Guard.Against.Undefined(direction)];

    /// <summary>Finds a strategy by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="strategy">The strategy, when found.</param>
    public bool TryGetStrategy(string id, [NotNullWhen(true)] out ScoringStrategy? strategy) => byId.TryGetValue(Guard.Against.Null(id), out strategy);
}
