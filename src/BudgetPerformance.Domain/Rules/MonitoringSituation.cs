namespace BudgetPerformance.Rules;

/// <summary>A situation a monitoring snapshot can be in; the rule set maps each to a recommended action.</summary>
public enum MonitoringSituation
{
    /// <summary>正常: no warning.</summary>
    OnTrack = 0,

    /// <summary>一般偏差: a yellow colour, a missed execution checkpoint or a gap between target completion and execution.</summary>
    Deviation = 1,

    /// <summary>严重偏差: a red colour on budget execution or on the target.</summary>
    SeriousDeviation = 2,

    /// <summary>部分指标完全不可能完成: the unit recorded some (not all) indicators as impossible to reach.</summary>
    SomeIndicatorsImpossible = 3,

    /// <summary>全部指标完全不可能完成: the unit recorded every indicator as impossible to reach.</summary>
    AllIndicatorsImpossible = 4,
}
