namespace BudgetPerformance;

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

/// <summary>The achievement level an assessor chooses for a qualitative indicator.</summary>
public enum AchievementLevel
{
    /// <summary>达成年度指标, achieved (nationally a score in [0.8w, w]).</summary>
    Achieved = 0,

    /// <summary>部分达成年度指标并具有一定效果, partly achieved with some effect (nationally [0.6w, 0.8w)).</summary>
    PartlyAchieved = 1,

    /// <summary>未达成年度指标且效果较差, not achieved, poor effect (nationally [0, 0.6w)).</summary>
    NotAchieved = 2,
}

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
