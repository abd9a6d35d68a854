namespace BudgetPerformance.Problems;

/// <content>What prevents a complete score under a rule set.</content>
internal static partial class Messages
{
    internal static readonly MessageTemplate BudgetExecutionNotRecorded = new(ProblemCodes.BudgetExecutionMissing,
        "按 {1}，{0}含预算执行得分，但未记录预算执行情况。",
        "A {0} carries the budget-execution block under {1}, but no budget execution is recorded.");

    internal static readonly MessageTemplate BudgetExecutionRequired = new(ProblemCodes.BudgetExecutionMissing,
        "按 {1}，{0}必须记录预算执行情况，但未记录。",
        "A {0} must record its budget execution under {1}, but none is recorded.");

    internal static readonly MessageTemplate OnSiteVisitRequired = new(ProblemCodes.OnSiteVisitMissing,
        "按 {1}，{0}必须记录现场核查，但未记录。",
        "A {0} must record its on-site visit under {1}, but none is recorded.");

    internal static readonly MessageTemplate BudgetBlockNotInRules = new(ProblemCodes.BudgetBlockNotInRules,
        "表上记录了预算执行得分 {0}，但按 {2}，{1}不设预算执行分：总分只计指标。",
        "The form records a budget-execution score of {0}, but a {1} carries no budget block under {2}: the total is the indicator rows.");

    internal static readonly MessageTemplate SpentAgainstZeroBudget = new(ProblemCodes.ZeroAdjustedBudget,
        "调整后预算数为 0，却执行了 {0}。",
        "{0} was spent against an adjusted budget of 0.");

    internal static readonly MessageTemplate ZeroBudgetRejected = new(ProblemCodes.ZeroAdjustedBudget,
        "调整后预算数为 0；规则集此时不对预算执行计分。",
        "The adjusted budget is 0; the rule set does not score the block then.");

    internal static readonly MessageTemplate TotalPointsNotRequired = new(ProblemCodes.TotalPoints,
        "指标（{0} 分）与预算执行（{1} 分）合计 {2} 分，不是规则集要求的 {3} 分。",
        "The indicators ({0}) and the budget block ({1}) carry {2} points, not the {3} the rule set requires.");

    internal static readonly MessageTemplate OutputBenefitBelowShare = new(ProblemCodes.OutputBenefitShare,
        "产出和效益指标共 {0} 分，占 {1} 分的比例低于规定的 {2}。",
        "Output and benefit carry {0} of {1} points, less than the required share {2}.");

    internal static readonly MessageTemplate RuleSetNotInForce = new(ProblemCodes.RuleSetNotInForce,
        "规则集 {0} 的生效期为 {1:yyyy-MM-dd} 至 {2:yyyy-MM-dd}，本评价开展于 {3} 年，不在其中：已照常处理，请确认适用的规则集。",
        "The rule set {0} is in force from {1:yyyy-MM-dd} to {2:yyyy-MM-dd}; this evaluation was conducted in {3}, outside that period: processed all the same; check which rule set applies.");

    internal static readonly MessageTemplate RuleSetNotInForceRefused = new(ProblemCodes.RuleSetNotInForceRefused,
        "规则集 {0} 的生效期为 {1:yyyy-MM-dd} 至 {2:yyyy-MM-dd}，本评价开展于 {3} 年，不在其中：严格模式下拒绝计分。",
        "The rule set {0} is in force from {1:yyyy-MM-dd} to {2:yyyy-MM-dd}; this evaluation was conducted in {3}, outside that period: refused in strict mode.");

    internal static readonly MessageTemplate ArithmeticOverflow = new(ProblemCodes.ArithmeticOverflow,
        "{0}的计算超出了 decimal 的范围（约 7.9 × 10^28）：本评价无法计分。请检查数值的量级（文件中的数值受 docs/quality.md 所列限制）。",
        "The arithmetic of {0} left the range of decimal (about 7.9 × 10^28): this evaluation cannot be scored. Check the magnitudes of its numbers (a document's numbers are bounded: docs/quality.md).");

    internal static readonly MessageTemplate NothingLeftToScore = new(ProblemCodes.NothingApplicable,
        "所有项目都不适用：没有可计分的内容。",
        "Every item is not applicable: nothing is left to score.");

    internal static readonly MessageTemplate GroupScoreAbovePoints = new(ProblemCodes.JudgementOutOfRange,
        "分组 {1} 的得分 {0} 超过其分值 {2}。",
        "The group score {0} of {1} exceeds its {2} points.");

    internal static readonly MessageTemplate JudgedScoreOutsidePoints = new(ProblemCodes.JudgementOutOfRange,
        "{1} 的评判得分 {0} 不在 [0, {2}] 内。",
        "The judged score {0} of {1} lies outside [0, {2}].");

    internal static readonly MessageTemplate AssessorScoreFinerThanPrecision = new(ProblemCodes.AssessorScorePrecision,
        "{1} 的评价人给分 {0} 的小数位多于 {2} 位：按原分保留，未作舍入，请核对。",
        "The assessor's score {0} of {1} has more than {2} decimals: kept as given, not rounded; check it.");

    internal static readonly MessageTemplate StrategyCannotScoreLevel = new(ProblemCodes.StrategyMismatch,
        "计分方法“{0}”（{1}）不能为完成档次计分。",
        "The strategy '{0}' ({1}) cannot score an achievement level.");

    internal static readonly MessageTemplate AssessorScoreOutOfBand = new(ProblemCodes.OutOfBand,
        "{1} 的评价人给分 {0} 不在“{3}”档次的区间 {2} 内。",
        "The assessor's score {0} of {1} lies outside {2}, the band of {3}.");

    internal static readonly MessageTemplate StrategyCannotScoreDirection = new(ProblemCodes.StrategyMismatch,
        "计分方法“{0}”（{1}）不能为方向为 {2} 的定量指标计分。",
        "The strategy '{0}' ({1}) cannot score a measured {2} indicator.");

    internal static readonly MessageTemplate ActualNegative = new(ProblemCodes.NegativeActual,
        "{1} 的实际值 {0} 为负。",
        "The actual value {0} of {1} is negative.");

    internal static readonly MessageTemplate TargetZero = new(ProblemCodes.ZeroTarget,
        "正向指标 {0} 的目标值为 0，实际值 {1}：{2}。请核实目标是否填写。",
        "The positive indicator {0} has a target of 0 (actual {1}): {2}. Check that the target was set.");

    internal static readonly MessageTemplate TargetZeroRejected = new(ProblemCodes.ZeroTargetRejected,
        "正向指标 {0} 的目标值为 0（实际值 {1}）：规则集不予计分，请更正目标。",
        "The positive indicator {0} has a target of 0 (actual {1}): the rule set does not score it; correct the target.");

    internal static readonly MessageTemplate ActualZero = new(ProblemCodes.ZeroActual,
        "反向指标 {0} 的实际值为 0（目标值 {1}）：{2}。请核实 0 是实测结果而非未填。",
        "The reverse indicator {0} has an actual of 0 (target {1}): {2}. Check that 0 was measured, not left blank.");

    internal static readonly MessageTemplate ActualZeroRejected = new(ProblemCodes.ZeroActualRejected,
        "反向指标 {0} 的实际值为 0（目标值 {1}）：规则集不予计分，请核实并更正。",
        "The reverse indicator {0} has an actual of 0 (target {1}): the rule set does not score it; check and correct it.");

    internal static readonly MessageTemplate OverCompleted = new(ProblemCodes.OverCompletion,
        "{0} 的实际值 {1} 超出目标值 {2} 的比例高于 {3}：{4}，请说明原因。",
        "The actual {1} of {0} exceeds its target {2} by more than {3}: {4}; explain why.");

    internal static readonly MessageTemplate TargetUnusable = new(ProblemCodes.UnusableTarget,
        "计分方法“{0}”不能使用 {2} 的目标值 {1}。",
        "The strategy '{0}' cannot use the target {1} of {2}.");

    internal static readonly MessageTemplate StrategyCannotUseTarget = new(ProblemCodes.StrategyMismatch,
        "计分方法“{0}”不能使用 {2} 的目标值 {1}。",
        "The strategy '{0}' cannot use the target {1} of {2}.");

    internal static readonly MessageTemplate ScoringRuleUnknown = new(ProblemCodes.UnknownStrategy,
        "指标 {0} 指定的计分规则“{1}”在 {2} 中不存在。",
        "Indicator {0} names the scoring rule '{1}', which {2} does not have.");
}
