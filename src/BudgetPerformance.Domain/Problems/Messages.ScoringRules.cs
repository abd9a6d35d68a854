using BudgetPerformance.Indicators;
using BudgetPerformance.Values;

namespace BudgetPerformance.Problems;

/// <content>The scoring families of a rule set: strategies, over-completion, budget execution, aggregation, weight check, re-check, ex-ante.</content>
internal static partial class Messages
{
    // Shared by several families ------------------------------------------------------------------------------------

    internal static readonly MessageTemplate RuleValueNegative = new(ProblemCodes.InvalidValue,
        "该取值不能为负数。",
        "The value must not be negative.");

    internal static readonly MessageTemplate RuleShareOutsideZeroToOne = new(ProblemCodes.InvalidValue,
        "比例应在 [0, 1] 内。",
        "The share must lie in [0, 1].");

    internal static readonly MessageTemplate BudgetPointsTypeTwice = new(ProblemCodes.InvalidValue,
        "预算执行分值为{0}重复指定。",
        "The budget block's points are given twice for {0}.");

    // Indicator scoring and its strategies -------------------------------------------------------------------------

    internal static readonly MessageTemplate StrategyIdInvalid = new(ProblemCodes.InvalidValue,
        "“{0}”不是有效的计分方法标识：请使用小写 ASCII 字母、数字和“-”。",
        "'{0}' is not a valid strategy id: use lower-case ASCII letters, digits and '-'.");

    internal static readonly MessageTemplate StrategyIdTwice = new(ProblemCodes.InvalidValue,
        "计分方法标识“{0}”重复使用。",
        "The strategy id '{0}' is used twice.");

    internal static readonly MessageTemplate DefaultStrategyMissing = new(ProblemCodes.InvalidValue,
        "未为“{0}”方向指定默认计分方法。",
        "No default strategy is named for the direction {0}.");

    internal static readonly MessageTemplate DefaultStrategyUnknown = new(ProblemCodes.InvalidValue,
        "“{1}”方向的默认计分方法“{0}”不在本规则集的计分方法之中。",
        "The default strategy '{0}' for {1} is not one of the strategies.");

    internal static readonly MessageTemplate DefaultStrategyCannotScore = new(ProblemCodes.InvalidValue,
        "计分方法“{0}”（{1}）不能为“{2}”方向的指标计分。",
        "The strategy '{0}' ({1}) cannot score the direction {2}.");

    internal static readonly MessageTemplate ZeroAtMultipleNotAboveOne = new(ProblemCodes.InvalidValue,
        "得分须在超出目标值之后才降为 0：倍数应大于 1。",
        "The score must reach 0 beyond the target: use a multiple above 1.");

    internal static readonly MessageTemplate AchievedEdgeOutOfRange = new(ProblemCodes.InvalidValue,
        "“达成”档次的下边界应在 (0, 1] 内。",
        "The achieved edge must lie in (0, 1].");

    internal static readonly MessageTemplate PartlyAchievedEdgeOutOfRange = new(ProblemCodes.InvalidValue,
        "“部分达成”档次的下边界应在 (0, achievedFrom) 内。",
        "The partly-achieved edge must lie in (0, achievedFrom).");

    internal static readonly MessageTemplate StepsEmpty = new(ProblemCodes.InvalidValue,
        "阶梯计分至少需要一档。",
        "At least one step is needed.");

    internal static readonly MessageTemplate StepsOutOfOrder = new(ProblemCodes.InvalidValue,
        "各档的最低完成率须互不相同，且最低完成率较高的档所得分值比例不得更低。",
        "Steps need distinct minimums, and a higher minimum never earns a smaller share.");

    internal static readonly MessageTemplate DeviationBandsEmpty = new(ProblemCodes.InvalidValue,
        "偏差区间计分至少需要一个区间。",
        "At least one band is needed.");

    internal static readonly MessageTemplate DeviationBandsOutOfOrder = new(ProblemCodes.InvalidValue,
        "各区间的最大偏差须互不相同，且较宽的区间所得分值比例不得更高。",
        "Bands need distinct maximums, and a wider band never earns a larger share.");

    internal static readonly MessageTemplate StepSizeNotPositive = new(ProblemCodes.InvalidValue,
        "步长应大于 0。",
        "The step size must be above 0.");

    internal static readonly MessageTemplate PointsPerStepNotPositive = new(ProblemCodes.InvalidValue,
        "每档扣分应大于 0。",
        "The points per step must be above 0.");

    // Over-completion, re-check, ex-ante -------------------------------------------------------------------------

    internal static readonly MessageTemplate DeductedShareOutOfRange = new(ProblemCodes.InvalidValue,
        "超额完成时扣减的分值比例应在 [0, 1] 内。",
        "The deducted share must lie in [0, 1].");

    internal static readonly MessageTemplate ReCheckWeightsNotOne = new(ProblemCodes.InvalidValue,
        "自评得分与复核得分的权重之和应恰好为 1。",
        "The two weights must add up to exactly 1.");

    internal static readonly MessageTemplate SupportThresholdOutOfRange = new(ProblemCodes.InvalidValue,
        "“予以支持”的阈值应在 (0, 100] 内。",
        "The support threshold must lie in (0, 100].");

    internal static readonly MessageTemplate AdjustThresholdOutOfRange = new(ProblemCodes.InvalidValue,
        "“调整后支持”的阈值应在 [0, supportFrom) 内。",
        "The adjustment threshold must lie in [0, supportFrom).");

    /// <summary>A direction as “≥ 正向” in Chinese and its symbol (<c>&gt;=</c>) in English, as the English messages have always named it.</summary>
    internal static Localized DirectionName(Direction direction) =>
        new(DisplayNames.Of(direction).Chinese, DirectionSymbols.Of(direction));
}
