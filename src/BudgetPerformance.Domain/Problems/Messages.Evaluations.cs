namespace BudgetPerformance.Problems;

/// <content>Evaluations: the constraints of their type, records, score groups, budget execution.</content>
internal static partial class Messages
{
    internal static readonly MessageTemplate PerformerNotAllowed = new(ProblemCodes.EvaluationConstraint,
        "{0}不由{1}实施。",
        "A {0} is not performed by the role {1}.");

    internal static readonly MessageTemplate SubjectNotAllowed = new(ProblemCodes.EvaluationConstraint,
        "{0}的对象不能是{1}。",
        "A {0} is not about a {1}.");

    internal static readonly MessageTemplate YearsNotAllowed = new(ProblemCodes.EvaluationConstraint,
        "{1} 年实施的{0}不能覆盖 {2} 年度（规则：{3}）。",
        "A {0} conducted in {1} cannot cover {2} (rule: {3}).");

    internal static readonly MessageTemplate RecordTwice = new(ProblemCodes.RecordMismatch,
        "指标 {0} 有多条记录。",
        "Indicator {0} has more than one record.");

    internal static readonly MessageTemplate RecordOfUnknownIndicator = new(ProblemCodes.RecordMismatch,
        "存在 {0} 的记录，但它不是指标树中的三级指标。",
        "There is a record for {0}, which is not a level-3 indicator of the tree.");

    internal static readonly MessageTemplate RecordDoesNotFit = new(ProblemCodes.RecordMismatch,
        "“{0}”记录不适用于{1}指标 {2}。",
        "A {0} record does not fit the {1} indicator {2}.");

    internal static readonly MessageTemplate RecordMissing = new(ProblemCodes.RecordMismatch,
        "指标 {0} 没有记录（请明确记录“无数据”“未到期”或“不适用”）。",
        "Indicator {0} has no record (record NoData, NotYetDue or NotApplicable explicitly).");

    internal static readonly MessageTemplate GroupIdTwice = new(ProblemCodes.RecordMismatch,
        "分组标识 {0} 重复使用。",
        "The group id {0} is used twice.");

    internal static readonly MessageTemplate MemberOfTwoGroups = new(ProblemCodes.RecordMismatch,
        "指标 {0} 属于多个分组。",
        "Indicator {0} belongs to more than one group.");

    internal static readonly MessageTemplate MemberNotInTree = new(ProblemCodes.RecordMismatch,
        "分组 {0} 列出了 {1}，但它不是指标树中的三级指标。",
        "Group {0} names {1}, which is not a level-3 indicator of the tree.");

    internal static readonly MessageTemplate AssessedGroupAcrossLevelTwo = new(ProblemCodes.RecordMismatch,
        "整体评分的分组 {0} 的成员分属多个二级指标。",
        "The members of the assessed group {0} lie under more than one level-2 node.");

    internal static readonly MessageTemplate MemberMustBeGrouped = new(ProblemCodes.RecordMismatch,
        "指标 {0} 属于整体评分的分组 {1}，必须记录为“分组评分”。",
        "Indicator {0} is a member of the assessed group {1} and must be recorded as Grouped.");

    internal static readonly MessageTemplate GroupedWithoutGroup = new(ProblemCodes.RecordMismatch,
        "指标 {0} 记录为“分组评分”，但不属于任何整体评分的分组。",
        "Indicator {0} is recorded as Grouped but is not a member of an assessed group.");


}
