namespace BudgetPerformance.Problems;

/// <content>Rule sets: the envelope and the families' parameters.</content>
internal static partial class Messages
{
    internal static readonly MessageTemplate RuleFamilyMissing = new(ProblemCodes.RuleFamilyMissing,
        "规则集 {0} 缺少{2}所需的规则：{1}。",
        "The rule set {0} lacks rules that {2} needs: {1}.");

    internal static readonly MessageTemplate RuleSetIdInvalid = new(ProblemCodes.InvalidValue,
        "“{0}”不是有效的规则集标识：请使用小写 ASCII 字母、数字和“-”。",
        "'{0}' is not a valid rule-set id: use lower-case ASCII letters, digits and '-'.");

    internal static readonly MessageTemplate RuleSetVersionBelowOne = new(ProblemCodes.InvalidValue,
        "版本号至少为 1。",
        "The version must be at least 1.");

    internal static readonly MessageTemplate EffectiveIntervalReversed = new(ProblemCodes.InvalidValue,
        "生效区间的结束日期早于开始日期（两端均包含在内）。",
        "The effective interval ends before it starts (both ends are inclusive).");

    internal static readonly MessageTemplate RuleSetWithoutSources = new(ProblemCodes.InvalidValue,
        "规则集至少引用一项依据。",
        "A rule set cites at least one source.");

    internal static readonly MessageTemplate StrategyParameterNotOfKind = new(ProblemCodes.UnknownProperty,
        "“{0}”计分方法没有参数“{1}”。",
        "A {0} strategy has no parameter '{1}'.");

    internal static readonly MessageTemplate StrategyParameterRequired = new(ProblemCodes.RequiredMissing,
        "“{0}”计分方法需要参数“{1}”。",
        "A {0} strategy needs '{1}'.");

    internal static readonly MessageTemplate NotALevelTwoClass = new(ProblemCodes.UnknownClass,
        "“{0}”不是内置的二级指标类别。",
        "'{0}' is not a built-in level-2 class.");
}
