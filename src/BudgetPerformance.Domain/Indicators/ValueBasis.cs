namespace BudgetPerformance.Indicators;

/// <summary>The basis on which a target value was set (指标值设定依据).</summary>
public enum ValueBasis
{
    /// <summary>Not stated on the form. An explicit state, not a default: nothing is inferred from it.</summary>
    NotStated = 0,

    /// <summary>计划标准, a plan standard.</summary>
    Plan = 1,

    /// <summary>行业标准, an industry standard.</summary>
    Industry = 2,

    /// <summary>历史标准, a historical standard (the previous value or the previous three years' average).</summary>
    Historical = 3,

    /// <summary>预算支出标准, a budget expenditure standard (for cost indicators).</summary>
    BudgetExpenditureStandard = 4,

    /// <summary>其他, another recognised basis.</summary>
    Other = 5,
}
