namespace BudgetPerformance.Rules;

/// <summary>A recommended action of monitoring. Ordered by severity: stopping is the most severe.</summary>
public enum MonitoringAction
{
    /// <summary>继续实施, continue.</summary>
    Continue = 0,

    /// <summary>纠偏, correct the deviation.</summary>
    Correct = 1,

    /// <summary>调整/调剂资金用途, re-allocate the funds.</summary>
    Reallocate = 2,

    /// <summary>暂缓拨款, pause disbursement.</summary>
    PauseDisbursement = 3,

    /// <summary>停止拨款/取消项目, stop.</summary>
    Stop = 4,
}
