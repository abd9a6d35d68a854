namespace BudgetPerformance.Rules;

/// <summary>The action a result-to-budget rule proposes for the next year's request.</summary>
public enum BudgetAction
{
    /// <summary>优先保障: keep the request and give it priority.</summary>
    Prioritise = 0,

    /// <summary>维持: keep the request.</summary>
    Keep = 1,

    /// <summary>压减: cut the request by a rate (at least the rule's minimum).</summary>
    Cut = 2,

    /// <summary>取消: cancel the funding (proposed amount 0).</summary>
    Cancel = 3,

    /// <summary>暂缓: suspend the funding (proposed amount 0 until lifted).</summary>
    Suspend = 4,

    /// <summary>整改后安排: fund only after rectification (the request is proposed, conditionally).</summary>
    FundAfterRectification = 5,

    /// <summary>提交改进方案: require an improvement plan (the request is proposed, conditionally).</summary>
    RequireImprovementPlan = 6,

    /// <summary>重新设计: redesign the programme (no amount is proposed; a decision is needed).</summary>
    Redesign = 7,

    /// <summary>撤销: abolish the programme (proposed amount 0).</summary>
    Abolish = 8,

    /// <summary>待决策: "may be reduced" — flagged for a decision; no number is invented.</summary>
    Decide = 9,
}
