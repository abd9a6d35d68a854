namespace BudgetPerformance.Problems;

/// <content>The lifecycle families of a rule set: admission, target review, monitoring, result application, rectification, distribution.</content>
internal static partial class Messages
{
    // Values the English text calls "the value" (as the constructors always have) and the Chinese text names -----------
    // (used with these templates and with ValueBlank).

    internal static readonly MessageTemplate NamedValueNegative = new(ProblemCodes.InvalidValue,
        "{0}不能为负。",
        "The {0} must not be negative.");

    internal static readonly MessageTemplate NamedValueOutOfRange = new(ProblemCodes.InvalidValue,
        "{0}应在 [{1}, {2}] 内。",
        "The {0} must lie in [{1}, {2}].");

    /// <summary>The id of a result-application rule.</summary>
    internal static readonly Localized ResultRuleIdValue = new("规则标识", "value");

    /// <summary>The indicator name of an expenditure standard.</summary>
    internal static readonly Localized StandardIndicatorNameValue = new("支出标准所适用的指标名称", "value");

    /// <summary>The unit of an expenditure standard.</summary>
    internal static readonly Localized StandardUnitValue = new("支出标准的计量单位", "value");

    /// <summary>The maximum of an expenditure standard.</summary>
    internal static readonly Localized StandardMaximumValue = new("支出标准的上限", "value");

    /// <summary>The total points target review requires.</summary>
    internal static readonly Localized RequiredTotalPointsValue = new("绩效目标审核要求的总分值", "value");

    /// <summary>The start of the yellow band.</summary>
    internal static readonly Localized YellowFromValue = new("黄色区间的起点", "value");

    /// <summary>The month of an execution checkpoint.</summary>
    internal static readonly Localized CheckpointMonthValue = new("时间节点的月份", "value");

    /// <summary>The largest gap allowed.</summary>
    internal static readonly Localized GapMaximumValue = new("允许的最大偏差（百分点）", "value");

    /// <summary>The excess of claimed completion over execution the cross-check allows.</summary>
    internal static readonly Localized ClaimExcessValue = new("交叉核验允许的完成度超出执行率的幅度", "value");

    /// <summary>The unspent share the cross-check allows.</summary>
    internal static readonly Localized UnspentShareValue = new("交叉核验允许的结余比例", "share");

    // Admission ------------------------------------------------------------------------------------------------------

    internal static readonly MessageTemplate AdmissionCheckRepeated = new(ProblemCodes.InvalidValue,
        "审核项重复列出：每个审核项至多列出一次。",
        "A check is listed more than once.");

    internal static readonly MessageTemplate ExemptionThresholdNotPositive = new(ProblemCodes.InvalidValue,
        "豁免阈值必须大于零。",
        "The threshold must be above zero.");

    internal static readonly MessageTemplate ExemptionWithoutChecks = new(ProblemCodes.InvalidValue,
        "豁免至少应适用于一个审核项。",
        "An exemption exempts at least one check.");

    // Target review --------------------------------------------------------------------------------------------------

    internal static readonly MessageTemplate SatisfactionMinimumNotAFraction = new(ProblemCodes.InvalidValue,
        "满意度最低值应为 [0, 1] 内的比例（90% 记为 0.9）。",
        "The minimum is a fraction in [0, 1] (0.9 for 90%).");

    internal static readonly MessageTemplate ClassRequirementClasses = new(ProblemCodes.InvalidValue,
        "类别要求至少列出一个类别，且只能列出二级类别。",
        "A requirement names at least one class, and only level-2 classes.");

    internal static readonly MessageTemplate DeductionOutOfRange = new(ProblemCodes.InvalidValue,
        "审核评级的每项扣分应在 [0, 100] 内。",
        "A deduction must lie in [0, 100].");

    // Monitoring -----------------------------------------------------------------------------------------------------

    internal static readonly MessageTemplate GreenBelowYellow = new(ProblemCodes.InvalidValue,
        "绿色区间的起点不能低于黄色区间的起点。",
        "Green must start at or above yellow.");

    internal static readonly MessageTemplate BlueNotAboveGreen = new(ProblemCodes.InvalidValue,
        "蓝色区间的起点必须高于绿色区间的起点。",
        "Blue must start above green.");

    internal static readonly MessageTemplate CheckpointMinimumNotAFraction = new(ProblemCodes.InvalidValue,
        "时间节点的最低执行率应为 [0, 1] 内的比例。",
        "The minimum is a fraction in [0, 1].");

    internal static readonly MessageTemplate CheckpointsMissing = new(ProblemCodes.InvalidValue,
        "至少应给出一个时间节点，且每个时间节点都须经创建（不能是默认值）。",
        "Give at least one created checkpoint.");

    internal static readonly MessageTemplate CheckpointMonthRepeated = new(ProblemCodes.InvalidValue,
        "同一月份有多个时间节点。",
        "A month has more than one checkpoint.");

    internal static readonly MessageTemplate ResponseWithoutWorkingDays = new(ProblemCodes.InvalidValue,
        "反馈期限至少为一个工作日。",
        "Allow at least one working day.");

    internal static readonly MessageTemplate MonitoringActionMissing = new(ProblemCodes.InvalidValue,
        "未规定“{0}”情形的处理措施。",
        "No action is named for the situation {0}.");

    // Result application ---------------------------------------------------------------------------------------------

    internal static readonly MessageTemplate ResultRuleWithoutGrades = new(ProblemCodes.InvalidValue,
        "规则至少应列出一个等级。",
        "A rule names at least one grade.");

    internal static readonly MessageTemplate ConsecutiveYearsBelowOne = new(ProblemCodes.InvalidValue,
        "连续年度数至少为 1。",
        "At least 1.");

    internal static readonly MessageTemplate CutRateWithoutCut = new(ProblemCodes.InvalidValue,
        "只有压减才有压减比例。",
        "Only a cut has a rate.");

    internal static readonly MessageTemplate CutRateOutOfRange = new(ProblemCodes.InvalidValue,
        "压减比例（下限）应在 (0, 1] 内。",
        "A cut rate lies in (0, 1].");

    internal static readonly MessageTemplate MaximumCutRateInvalid = new(ProblemCodes.InvalidValue,
        "规定压减比例上限须同时规定下限，且上限应在 [下限, 1] 内。",
        "A maximum cut rate needs a minimum and lies in [minimum, 1].");

    internal static readonly MessageTemplate ResultRuleIdRepeated = new(ProblemCodes.InvalidValue,
        "规则标识不能重复。",
        "Rule ids must be distinct.");

    internal static readonly MessageTemplate GradeWithoutSingleYearRule = new(ProblemCodes.InvalidValue,
        "没有单一年度（连续年度数为 1）的规则覆盖“{1}”类项目的“{0}”等级。",
        "No single-year rule covers the grade {0} for {1} projects.");

    internal static readonly MessageTemplate RewardShareOutOfRange = new(ProblemCodes.InvalidValue,
        "奖励比例应在 (0, 1] 内。",
        "A reward share lies in (0, 1].");

    // Rectification --------------------------------------------------------------------------------------------------

    internal static readonly MessageTemplate FurtherCutRateMismatch = new(ProblemCodes.InvalidValue,
        "进一步压减须规定压减比例，且只有进一步压减才有压减比例。",
        "A further cut needs a rate, and only a further cut has one.");

    internal static readonly MessageTemplate FurtherCutRateOutOfRange = new(ProblemCodes.InvalidValue,
        "进一步压减的比例应在 (0, 1] 内。",
        "The rate lies in (0, 1].");

    // Distribution ---------------------------------------------------------------------------------------------------

    internal static readonly MessageTemplate GradeTopAndBottom = new(ProblemCodes.InvalidValue,
        "同一等级不能既是高等级又是低等级。",
        "A grade cannot be both top and bottom.");

    internal static readonly MessageTemplate TopGradeNotBetter = new(ProblemCodes.InvalidValue,
        "每个高等级都必须优于每个低等级。",
        "Every top grade must be better than every bottom grade.");

    internal static readonly MessageTemplate DistributionShareOutOfRange = new(ProblemCodes.InvalidValue,
        "等级分布的比例应在 [0, 1] 内。",
        "A share lies in [0, 1].");

    internal static readonly MessageTemplate BottomShareWithoutBottomGrades = new(ProblemCodes.InvalidValue,
        "规定了低等级的最低比例，就至少需要一个低等级。",
        "A minimum share in the bottom grades needs at least one bottom grade.");
}
