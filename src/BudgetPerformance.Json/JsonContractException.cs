using System.Text.Json;
using Ardalis.GuardClauses;

namespace BudgetPerformance.Json;

/// <summary>
/// The one exception the throwing readers of <see cref="JsonDocuments"/> throw for bad input (and that the
/// converters installed by <see cref="BudgetPerformanceJson.ConfigureForBudgetPerformance"/> throw). It carries the
/// full <see cref="ValidationReport"/>. It is a <see cref="JsonException"/>, so callers that catch those catch it too.
/// </summary>
public sealed class JsonContractException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="report">The report; not valid.</param>
    public JsonContractException(ValidationReport report)
        : base(Describe(report))
    {
        Report = report;
    }

    /// <summary>Every problem of the document.</summary>
    public ValidationReport Report { get; }

    private static string Describe(ValidationReport report)
    {
        Guard.Against.Null(report);
        var first = report.Problems.Count > 0 ? ValidationReport.Line(report.Problems[0]) : "no problems";
        return $"The document is not valid: {report.Problems.Count} problem(s); the first is {first}";
    }
}
