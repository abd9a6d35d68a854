namespace BudgetPerformance.Evaluations;

/// <summary>The types of evaluation (评价类型) in the closed loop of budget performance management.</summary>
public enum EvaluationType
{
    /// <summary>事前绩效评估, ex-ante assessment of a new major policy or project.</summary>
    ExAnteAssessment = 0,

    /// <summary>绩效目标审核, review of a project's targets by the funding section.</summary>
    TargetReview = 1,

    /// <summary>绩效运行监控, monitoring during the year.</summary>
    Monitoring = 2,

    /// <summary>单位自评, the spending unit's self-evaluation of the previous year's project.</summary>
    SelfEvaluation = 3,

    /// <summary>部门评价, a department's evaluation of selected projects.</summary>
    DepartmentEvaluation = 4,

    /// <summary>财政评价 (重点评价), the finance bureau's evaluation of key projects, with an on-site visit.</summary>
    FinanceEvaluation = 5,

    /// <summary>部门整体支出绩效评价, evaluation of all spending of one department.</summary>
    WholeDepartmentEvaluation = 6,

    /// <summary>内部科室预算管理绩效评价, the finance bureau's evaluation of its own internal sections.</summary>
    InternalSectionEvaluation = 7,
}
