namespace BudgetPerformance.Rules;

/// <summary>The stages of the budget performance year, each with its engine in the Scoring package.</summary>
public enum LifecycleStage
{
    /// <summary>Scoring an evaluation (评价计分).</summary>
    Scoring = 0,

    /// <summary>Reconciling a published form, and combining a random re-check (核对).</summary>
    Reconciliation = 1,

    /// <summary>The admission gate of the project library (入库审核).</summary>
    Admission = 2,

    /// <summary>Reviewing a performance target (绩效目标审核).</summary>
    TargetReview = 3,

    /// <summary>Monitoring during the year (绩效运行监控).</summary>
    Monitoring = 4,

    /// <summary>Proposing next year's budget from the results (结果应用).</summary>
    Proposals = 5,

    /// <summary>Checking the distribution of grades (等级分布).</summary>
    Distribution = 6,

    /// <summary>Following up rectification (整改).</summary>
    Rectification = 7,

    /// <summary>The annual report (年度报告).</summary>
    Reporting = 8,

    /// <summary>Publishing targets and results (信息公开).</summary>
    Disclosure = 9,
}
