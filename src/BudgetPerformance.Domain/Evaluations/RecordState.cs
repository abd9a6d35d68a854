namespace BudgetPerformance.Evaluations;

/// <summary>What an evaluation recorded for one level-3 indicator. Missing data is a state, never a null.</summary>
public enum RecordState
{
    /// <summary>A measured actual value (实际完成值) of a quantitative indicator.</summary>
    Measured = 0,

    /// <summary>A qualitative achievement level with the assessor's score.</summary>
    Achievement = 1,

    /// <summary>An assessor's judgement: a score given directly, within [0, points].</summary>
    Judgement = 2,

    /// <summary>不适用, the indicator does not apply (with a reason); aggregation handles it by the rule set's policy.</summary>
    NotApplicable = 3,

    /// <summary>未到期, not yet due (monitoring during the year).</summary>
    NotYetDue = 4,

    /// <summary>无数据, no data was supplied.</summary>
    NoData = 5,

    /// <summary>合并打分, scored together with other rows by one assessor's score for the group (see <see cref="IndicatorScoreGroup"/>).</summary>
    Grouped = 6,
}
