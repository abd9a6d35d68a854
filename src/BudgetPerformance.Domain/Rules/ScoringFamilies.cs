using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>What happens to an actual value below zero where the scoring needs a non-negative value.</summary>
public enum NegativeActualPolicy
{
    /// <summary>The indicator is an input error, reported; it gets no score (the default).</summary>
    Reject = 0,

    /// <summary>The value is treated as 0, and the clamp is recorded as a flag and in the explanation (never silent).</summary>
    ClampToZero = 1,
}

/// <summary>How indicators marked not applicable (不适用) are aggregated.</summary>
public enum NotApplicablePolicy
{
    /// <summary>Dropped, and the points of the remaining indicators rescaled so the tree keeps its total.</summary>
    Rescale = 0,

    /// <summary>Scored zero.</summary>
    ScoreZero = 1,
}

/// <summary>How indicators with no data (无数据) or not yet due (未到期) are aggregated.</summary>
public enum MissingDataPolicy
{
    /// <summary>The result is incomplete: no total and no grade, and the missing indicators are listed.</summary>
    Incomplete = 0,

    /// <summary>Scored zero, with a flag on each.</summary>
    ScoreZero = 1,
}

/// <summary>Whether the total is the sum of rounded indicator scores or the rounded sum of raw scores.</summary>
public enum TotalMode
{
    /// <summary>Round every indicator score, then add them up (what forms show: the rows add up to the total).</summary>
    SumOfRounded = 0,

    /// <summary>Add up the raw scores, then round the sum once.</summary>
    RoundedSum = 1,
}

/// <summary>What a zero adjusted budget with nothing spent means for the budget-execution block.</summary>
public enum ZeroBudgetPolicy
{
    /// <summary>An input error, reported: the block cannot be scored.</summary>
    Reject = 0,

    /// <summary>The block does not apply: it is dropped and the indicator points are rescaled to the full total.</summary>
    NotApplicable = 1,
}

/// <summary>
/// Over-completion (偏离度): when a positive indicator's actual exceeds its target by more than
/// <see cref="FlagAbove"/> (relative: a ÷ t − 1 &gt; threshold, exclusive), the indicator is flagged and, when
/// <see cref="DeductShare"/> is above 0, loses that share of its points. No national threshold exists; off
/// unless a rule set carries one.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OverCompletionRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="flagAbove">The relative excess above which the indicator is flagged, e.g. 0.5 for 50% over; at least 0.</param>
    /// <param name="deductShare">The share of points deducted when flagged, in [0, 1]; 0 flags only.</param>
    /// <param name="source">The source.</param>
    public OverCompletionRule(decimal flagAbove, decimal deductShare, SourceCitation source)
    {
        FlagAbove = Preconditions.CheckNonNegative(flagAbove);
        if (deductShare < 0m || deductShare > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(deductShare), deductShare, "The deducted share must lie in [0, 1].");
        }

        DeductShare = deductShare;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The relative excess above which an indicator is flagged (exclusive).</summary>
    public decimal FlagAbove { get; }

    /// <summary>The share of points deducted when flagged.</summary>
    public decimal DeductShare { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}

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

/// <summary>
/// The budget-execution block (预算执行率): points (10 by default, 20 in some provinces, 0 where forms list the
/// rate without points); rate = spent ÷ adjusted budget, optionally rounded as a percentage first; score =
/// min(rate, 1) × points. An adjusted budget of 0 is never divided by.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BudgetExecutionRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="points">The block's points, at least 0.</param>
    /// <param name="ratePercentRounding">How the rate, as a percentage, is rounded before it is used; null for no rounding.</param>
    /// <param name="zeroBudget">What an adjusted budget of 0 with nothing spent means (spending against a zero budget is always an input error).</param>
    /// <param name="appliesTo">The evaluation types that carry the block (self-evaluation nationally).</param>
    /// <param name="source">The source.</param>
    public BudgetExecutionRules(decimal points, Rounding? ratePercentRounding, ZeroBudgetPolicy zeroBudget, IEnumerable<EvaluationType> appliesTo, SourceCitation source)
    {
        Points = Preconditions.CheckNonNegative(points);
        RatePercentRounding = ratePercentRounding;
        ZeroBudget = Preconditions.CheckDefined(zeroBudget);
        Preconditions.CheckNotNull(appliesTo);
        AppliesTo = new ReadOnlyCollection<EvaluationType>(appliesTo.Select(t => Preconditions.CheckDefined(t, nameof(appliesTo))).Distinct().ToArray());
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The block's points.</summary>
    public decimal Points { get; }

    /// <summary>The rounding of the rate as a percentage, or null.</summary>
    public Rounding? RatePercentRounding { get; }

    /// <summary>What a zero adjusted budget means.</summary>
    public ZeroBudgetPolicy ZeroBudget { get; }

    /// <summary>The evaluation types that carry the block.</summary>
    public IReadOnlyList<EvaluationType> AppliesTo { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}

/// <summary>The aggregation family: level 3 → level 2 → level 1 → total.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AggregationRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="notApplicable">How not-applicable indicators are handled.</param>
    /// <param name="missingData">How indicators without data or not yet due are handled.</param>
    /// <param name="totalMode">Sum of rounded scores or rounded sum.</param>
    /// <param name="requiredTotalPoints">The points the tree plus the budget block must add up to for a graded evaluation (100), or null for no check.</param>
    /// <param name="source">The source.</param>
    public AggregationRules(NotApplicablePolicy notApplicable, MissingDataPolicy missingData, TotalMode totalMode, decimal? requiredTotalPoints, SourceCitation source)
    {
        NotApplicable = Preconditions.CheckDefined(notApplicable);
        MissingData = Preconditions.CheckDefined(missingData);
        TotalMode = Preconditions.CheckDefined(totalMode);
        if (requiredTotalPoints is { } r)
        {
            Preconditions.CheckNonNegative(r, nameof(requiredTotalPoints));
        }

        RequiredTotalPoints = requiredTotalPoints;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>How not-applicable indicators are handled.</summary>
    public NotApplicablePolicy NotApplicable { get; }

    /// <summary>How missing data is handled.</summary>
    public MissingDataPolicy MissingData { get; }

    /// <summary>Sum of rounded or rounded sum.</summary>
    public TotalMode TotalMode { get; }

    /// <summary>The required total points, or null.</summary>
    public decimal? RequiredTotalPoints { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}

/// <summary>
/// The framework-weight check of finance and department evaluations: output and benefit (产出 + 效益) together
/// must carry at least <see cref="MinimumOutputBenefitShare"/> of the points (60% nationally, inclusive).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WeightCheckRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="minimumOutputBenefitShare">The minimum share, in [0, 1].</param>
    /// <param name="appliesTo">The evaluation types checked.</param>
    /// <param name="source">The source.</param>
    public WeightCheckRules(decimal minimumOutputBenefitShare, IEnumerable<EvaluationType> appliesTo, SourceCitation source)
    {
        if (minimumOutputBenefitShare < 0m || minimumOutputBenefitShare > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumOutputBenefitShare), minimumOutputBenefitShare, "The share must lie in [0, 1].");
        }

        MinimumOutputBenefitShare = minimumOutputBenefitShare;
        Preconditions.CheckNotNull(appliesTo);
        AppliesTo = new ReadOnlyCollection<EvaluationType>(appliesTo.Distinct().ToArray());
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The minimum share of output plus benefit, inclusive.</summary>
    public decimal MinimumOutputBenefitShare { get; }

    /// <summary>The evaluation types checked.</summary>
    public IReadOnlyList<EvaluationType> AppliesTo { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}

/// <summary>Random re-check (抽评): final = <see cref="SelfWeight"/> × self score + <see cref="ReCheckWeight"/> × re-check score.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReCheckRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="selfWeight">The weight of the self-evaluation score (0.4 [D]).</param>
    /// <param name="reCheckWeight">The weight of the re-check score (0.6 [D]); the two add up to exactly 1.</param>
    /// <param name="source">The source.</param>
    public ReCheckRules(decimal selfWeight, decimal reCheckWeight, SourceCitation source)
    {
        Preconditions.CheckNonNegative(selfWeight);
        Preconditions.CheckNonNegative(reCheckWeight);
        if (selfWeight + reCheckWeight != 1m)
        {
            throw new ArgumentException("The two weights must add up to exactly 1.", nameof(reCheckWeight));
        }

        SelfWeight = selfWeight;
        ReCheckWeight = reCheckWeight;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The weight of the self score.</summary>
    public decimal SelfWeight { get; }

    /// <summary>The weight of the re-check score.</summary>
    public decimal ReCheckWeight { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}

/// <summary>The conclusion (评估结论) of an ex-ante assessment.</summary>
public enum ExAnteConclusion
{
    /// <summary>予以支持, support.</summary>
    Support = 0,

    /// <summary>调整完善后予以支持, support after adjustment.</summary>
    SupportAfterAdjustment = 1,

    /// <summary>不予支持, do not support.</summary>
    DoNotSupport = 2,
}

/// <summary>
/// Ex-ante assessment conclusions on half-open bands of the rounded total: support at or above
/// <see cref="SupportFrom"/>, support after adjustment from <see cref="AdjustFrom"/> (inclusive) to
/// <see cref="SupportFrom"/> (exclusive), do not support below <see cref="AdjustFrom"/>. Deployed default 90 / 70.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ExAnteRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="supportFrom">The lowest score that is supported, inclusive.</param>
    /// <param name="adjustFrom">The lowest score supported after adjustment, inclusive; below <paramref name="supportFrom"/>.</param>
    /// <param name="source">The source.</param>
    public ExAnteRules(decimal supportFrom, decimal adjustFrom, SourceCitation source)
    {
        if (supportFrom <= 0m || supportFrom > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(supportFrom), supportFrom, "The support threshold must lie in (0, 100].");
        }

        if (adjustFrom < 0m || adjustFrom >= supportFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(adjustFrom), adjustFrom, "The adjustment threshold must lie in [0, supportFrom).");
        }

        SupportFrom = supportFrom;
        AdjustFrom = adjustFrom;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The lowest supported score, inclusive.</summary>
    public decimal SupportFrom { get; }

    /// <summary>The lowest score supported after adjustment, inclusive.</summary>
    public decimal AdjustFrom { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    /// <summary>The conclusion for a (rounded) total.</summary>
    /// <param name="total">The total.</param>
    public ExAnteConclusion Conclude(decimal total) =>
        total >= SupportFrom ? ExAnteConclusion.Support : total >= AdjustFrom ? ExAnteConclusion.SupportAfterAdjustment : ExAnteConclusion.DoNotSupport;
}
