using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;

namespace BudgetPerformance.Rules;

/// <summary>评价人打分: the assessor's score, which must lie in [0, w], is the indicator's score. For any direction.</summary>
public sealed class JudgementStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public JudgementStrategy(string id, SourceCitation source, Rounding? rounding = null)
        : base(id, StrategyKind.Judgement, source, rounding)
    {
    }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => true;
}
