namespace BudgetPerformance.Rules;

/// <summary>What an overdue rectification does to the next budget proposal.</summary>
public enum RectificationConsequence
{
    /// <summary>A further cut of the proposed amount by <see cref="RectificationRules.FurtherCutRate"/>.</summary>
    FurtherCut = 0,

    /// <summary>The amount is funded only after rectification (the proposal becomes conditional).</summary>
    FundAfterRectification = 1,
}
