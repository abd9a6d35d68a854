using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// What the reading tests assert of one problem of a document: its code, English message, JSON path and indicator code.
/// The Chinese message and the rest of <see cref="Problem"/> are checked by the tests of the problem type and of the
/// table of messages; here a problem converts to this projection so that an expected report reads as a list.
/// </summary>
internal sealed record Entry(string Code, string Message, string Path, string? IndicatorCode = null)
{
    public static implicit operator Entry(Problem problem) =>
        new(problem.Code, problem.MessageEn, problem.Location.JsonPath ?? "(no path)", problem.Location.IndicatorCode);

    public override string ToString() => IndicatorCode is null ? $"{Path}: {Code}: {Message}" : $"{Path}: {Code} ({IndicatorCode}): {Message}";
}
