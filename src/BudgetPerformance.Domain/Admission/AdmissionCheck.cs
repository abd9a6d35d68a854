namespace BudgetPerformance.Admission;

/// <summary>A check of the admission gate (入库 and budget arrangement). A rule set says which checks apply.</summary>
public enum AdmissionCheck
{
    /// <summary>未设置绩效目标，一律不得安排资金: a request without a performance target is refused.</summary>
    TargetRequired = 0,

    /// <summary>先评估，后入库: a new major policy or project (新增重大) needs an ex-ante assessment that supports it.</summary>
    ExAnteAssessmentRequired = 1,

    /// <summary>A target that failed review (or was returned) is refused until it is corrected.</summary>
    TargetReviewPassed = 2,
}
