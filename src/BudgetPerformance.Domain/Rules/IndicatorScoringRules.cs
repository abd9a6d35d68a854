using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;

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

    /// <summary>Creates the family.</summary>
    /// <param name="strategies">The strategies, with distinct ids.</param>
    /// <param name="defaults">The id of the default strategy for every direction (all six must be named); the strategy must accept the direction.</param>
    /// <param name="capAtPoints">Whether a score is capped at the indicator's points (true nationally: over-completion earns no bonus).</param>
    /// <param name="overCompletion">The over-completion rule, or null for none.</param>
    /// <param name="strictEqualityEarnsFull">Whether a = t earns full points under a strict &gt; or &lt; (when false, it earns 0 and is flagged).</param>
    /// <param name="negativeActuals">What happens to negative actual values.</param>
    /// <param name="indicatorRounding">The rounding of indicator scores (a strategy may override it).</param>
    public IndicatorScoringRules(
        IEnumerable<ScoringStrategy> strategies,
        IReadOnlyDictionary<Direction, string> defaults,
        bool capAtPoints,
        OverCompletionRule? overCompletion,
        bool strictEqualityEarnsFull,
        NegativeActualPolicy negativeActuals,
        Rounding indicatorRounding)
    {
        var list = Preconditions.CheckItemsNotNull(strategies);
        Preconditions.CheckNotNull(defaults);
        byId = new Dictionary<string, ScoringStrategy>(StringComparer.Ordinal);
        foreach (var strategy in list)
        {
            if (!byId.TryAdd(strategy.Id, strategy))
            {
                throw new ArgumentException($"The strategy id '{strategy.Id}' is used twice.", nameof(strategies));
            }
        }

        this.defaults = [];
        foreach (var direction in Enum.GetValues<Direction>())
        {
            if (!defaults.TryGetValue(direction, out var id))
            {
                throw new ArgumentException($"No default strategy is named for the direction {DirectionSymbols.Of(direction)}.", nameof(defaults));
            }

            if (!byId.TryGetValue(id, out var strategy))
            {
                throw new ArgumentException($"The default strategy '{id}' for {DirectionSymbols.Of(direction)} is not one of the strategies.", nameof(defaults));
            }

            if (!strategy.Accepts(direction))
            {
                throw new ArgumentException($"The strategy '{id}' ({strategy.Kind}) cannot score the direction {DirectionSymbols.Of(direction)}.", nameof(defaults));
            }

            this.defaults[direction] = strategy;
        }

        Strategies = new ReadOnlyCollection<ScoringStrategy>([.. list]);
        Defaults = new ReadOnlyDictionary<Direction, string>(this.defaults.ToDictionary(p => p.Key, p => p.Value.Id));
        CapAtPoints = capAtPoints;
        OverCompletion = overCompletion;
        StrictEqualityEarnsFull = strictEqualityEarnsFull;
        NegativeActuals = Preconditions.CheckDefined(negativeActuals);
        IndicatorRounding = indicatorRounding;
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

    /// <summary>The default strategy for a direction.</summary>
    /// <param name="direction">The direction.</param>
    public ScoringStrategy DefaultFor(Direction direction) => defaults[Preconditions.CheckDefined(direction)];

    /// <summary>Finds a strategy by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="strategy">The strategy, when found.</param>
    public bool TryGetStrategy(string id, [NotNullWhen(true)] out ScoringStrategy? strategy) => byId.TryGetValue(Preconditions.CheckNotNull(id), out strategy);
}
