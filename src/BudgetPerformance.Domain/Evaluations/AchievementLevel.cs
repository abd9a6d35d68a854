namespace BudgetPerformance.Evaluations;

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
