using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Output;

internal sealed class ProblemDto
{
    public required string Code { get; init; }

    public required string Severity { get; init; }

    public string? Path { get; init; }

    public string? IndicatorCode { get; init; }

    public string? Element { get; init; }

    public string? Subject { get; init; }

    public required MessageDto Message { get; init; }

    public string? Source { get; init; }

    public static ProblemDto Of(Problem problem) => new()
    {
        Code = problem.Code,
        Severity = EnumText.Format(problem.Severity),
        Path = problem.Location.JsonPath,
        IndicatorCode = problem.Location.IndicatorCode,
        Element = problem.Location.Element,
        Subject = problem.Location.Subject,
        Message = new MessageDto { Zh = problem.MessageZh, En = problem.MessageEn },
        Source = problem.Source?.Reference,
    };
}
