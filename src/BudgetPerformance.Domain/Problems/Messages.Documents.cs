namespace BudgetPerformance.Problems;

/// <content>The form of a document: syntax, limits, header, structure.</content>
internal static partial class Messages
{
    internal static readonly MessageTemplate DocumentLargerThan = new(ProblemCodes.DocumentTooLarge,
        "文档超过 {0} 字节。",
        "The document has more than {0} bytes.");

    internal static readonly MessageTemplate StringLongerThan = new(ProblemCodes.StringTooLong,
        "字符串超过 {0} 个字符。",
        "The string has more than {0} characters.");

    internal static readonly MessageTemplate KindMissing = new(ProblemCodes.RequiredMissing,
        "文档没有字符串形式的“kind”；它应为以下之一：{0}。",
        "The document has no string 'kind'; it must be one of {0}.");

    internal static readonly MessageTemplate KindNotOneOf = new(ProblemCodes.WrongKind,
        "类型“{0}”不是以下之一：{1}。",
        "The kind '{0}' is not one of {1}.");
}
