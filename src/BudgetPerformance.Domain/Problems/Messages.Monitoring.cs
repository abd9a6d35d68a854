namespace BudgetPerformance.Problems;

/// <content>Monitoring records: the date and the progress entries against the target.</content>
internal static partial class Messages
{
    internal static readonly MessageTemplate MonitoringDateOutsideYear = new(ProblemCodes.InvalidValue,
        "监控日期 {0} 不在 {1} 年度内。",
        "The date {0} must lie in the fiscal year {1}.");

    internal static readonly MessageTemplate ProgressOfUnknownIndicator = new(ProblemCodes.RecordMismatch,
        "绩效目标中没有三级指标 {0}。",
        "The target has no level-3 indicator {0}.");

    internal static readonly MessageTemplate ActualOfQualitative = new(ProblemCodes.RecordMismatch,
        "指标 {0} 为定性指标：请记录完成档次，而非实际值。",
        "Indicator {0} is qualitative: record an achievement level, not an actual value.");

    internal static readonly MessageTemplate LevelOfQuantitative = new(ProblemCodes.RecordMismatch,
        "指标 {0} 为定量指标：请记录实际值，而非完成档次。",
        "Indicator {0} is quantitative: record an actual value, not an achievement level.");

    internal static readonly MessageTemplate ProgressTwice = new(ProblemCodes.RecordMismatch,
        "指标 {0} 有多条进度记录。",
        "Indicator {0} has more than one progress entry.");
}
