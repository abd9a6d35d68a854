namespace BudgetPerformance.Problems;

/// <content>Subjects, portfolios and frameworks.</content>
internal static partial class Messages
{

    internal static readonly MessageTemplate SubjectCodeTwice = new(ProblemCodes.DuplicateCode,
        "{0}编码 {1} 重复使用。",
        "The {0} code {1} is used more than once.");

    internal static readonly MessageTemplate SubjectNotInPortfolio = new(ProblemCodes.ReferenceUnknown,
        "{0} {1} 不在组合中。",
        "The {0} {1} is not in the portfolio.");

    internal static readonly MessageTemplate TargetOfOtherYear = new(ProblemCodes.YearMismatch,
        "{0} 的绩效目标属于 {1} 年度，而不是 {2} 年度。",
        "The target of {0} is for {1}, not {2}.");

    internal static readonly MessageTemplate EvaluationIdTwice = new(ProblemCodes.DuplicateCode,
        "评价标识 {0} 重复使用。",
        "The evaluation id {0} is used more than once.");

    internal static readonly MessageTemplate EvaluationOfOtherYear = new(ProblemCodes.YearMismatch,
        "评价 {0} 实施于 {1} 年，而不是 {2} 年。",
        "Evaluation {0} was conducted in {1}, not {2}.");

    internal static readonly MessageTemplate NodeWithoutProvenance = new(ProblemCodes.ProvenanceMismatch,
        "指标体系 {1} 的节点 {0} 没有出处。",
        "Node {0} of framework {1} has no provenance.");

    internal static readonly MessageTemplate ProvenanceOfUnknownNode = new(ProblemCodes.ProvenanceMismatch,
        "指标体系 {0} 为 {1} 给出了出处，但它不是该体系指标树中的节点。",
        "Framework {0} gives provenance for {1}, which is not a node of its tree.");
}
