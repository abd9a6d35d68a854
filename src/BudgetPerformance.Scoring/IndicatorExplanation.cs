using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

/// <summary>How one indicator's score came about: the inputs, the strategy, the formula with its numbers, the result and the source.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorExplanation
{
    internal IndicatorExplanation(LevelThreeIndicator indicator, IndicatorRecord record, ScoringStrategy? strategy, decimal points, decimal pointsShown, decimal? clampedFrom, decimal? raw, decimal? score, ScoreFlags flags, string formulaZh, string formulaEn)
    {
        Indicator = indicator;
        Record = record;
        Strategy = strategy;
        Points = points;
        PointsShown = pointsShown;
        ClampedFrom = clampedFrom;
        Raw = raw;
        Score = score;
        Flags = flags;
        FormulaZh = formulaZh;
        FormulaEn = formulaEn;
    }

    /// <summary>The indicator (name, direction, target, unit, points).</summary>
    public LevelThreeIndicator Indicator { get; }

    /// <summary>What was recorded for it.</summary>
    public IndicatorRecord Record { get; }

    /// <summary>The strategy used (with its kind, parameters and source), or null when none was.</summary>
    public ScoringStrategy? Strategy { get; }

    /// <summary>The points it was scored against (rescaled when <see cref="ScoreFlags.Rescaled"/>).</summary>
    public decimal Points { get; }

    /// <summary>
    /// The points as the explanation shows them: <see cref="Points"/> when they are the indicator's own, and rescaled points at
    /// the rule set's indicator precision (15 × 100 ÷ 95 = 15.789… shown as 15.79); the formula names the factor. The score
    /// is computed from the exact value.
    /// </summary>
    public decimal PointsShown { get; }

    /// <summary>The negative actual value that the rule set clamped to 0, or null.</summary>
    public decimal? ClampedFrom { get; }

    /// <summary>The raw score, or null.</summary>
    public decimal? Raw { get; }

    /// <summary>The rounded score, or null.</summary>
    public decimal? Score { get; }

    /// <summary>What happened.</summary>
    public ScoreFlags Flags { get; }

    /// <summary>The formula with its numbers, in Chinese: "实际完成值 4600 ÷ 目标值 5000 × 分值 15 = 13.80".</summary>
    public string FormulaZh { get; }

    /// <summary>The formula with its numbers, in English.</summary>
    public string FormulaEn { get; }
}
