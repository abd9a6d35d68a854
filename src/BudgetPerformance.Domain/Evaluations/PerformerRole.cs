namespace BudgetPerformance.Evaluations;

/// <summary>Who performs an evaluation.</summary>
public enum PerformerRole
{
    /// <summary>单位, the spending unit itself.</summary>
    Unit = 0,

    /// <summary>部门, the department.</summary>
    Department = 1,

    /// <summary>财政部门, the finance bureau.</summary>
    FinanceBureau = 2,

    /// <summary>第三方机构, a commissioned third party.</summary>
    ThirdParty = 3,

    /// <summary>专家组, an expert panel.</summary>
    ExpertPanel = 4,
}
