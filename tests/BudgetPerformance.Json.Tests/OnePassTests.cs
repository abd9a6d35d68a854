using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Issue 18, item 7: every independent problem in one pass, read whole or streamed, and a repeated property of any name
/// (<c>kind</c> included) is <c>duplicate-property</c>.
/// </summary>
public class OnePassTests
{
    // An evaluation with an unknown property, a points mismatch and a negative budget.
    private static string ThreeProblems() => EvaluationMappingTests.Nested
        .Replace("\"points\": 15 }", "\"points\": 16 }", StringComparison.Ordinal)
        .Replace("\"adjustedBudget\": 100.00", "\"adjustedBudget\": -100.00, \"approvedBy\": \"局长\"", StringComparison.Ordinal);

    private static readonly string[] ThreeEntries =
    [
        "unknown-property $.budgetExecution.approvedBy",
        "amount-negative $.budgetExecution.adjustedBudget",
        "points-sum $.indicators[0].children[0].points",
    ];

    private static string[] Entries(ValidationReport report) => [.. report.Problems.Select(p => p.Code + " " + p.Location.JsonPath)];

    [Fact]
    public void EvaluationReader_UnknownPropertyPointsMismatchAndNegativeBudget_ReportsAllThree()
    {
        // Before: the unknown property stopped the reading before the model's checks: one entry of three.
        var (valid, report) = CorpusTests.Read(DocumentKinds.Evaluation, Encoding.UTF8.GetBytes(ThreeProblems()));

        Assert.False(valid);
        Assert.Equal(ThreeEntries, Entries(report));
    }

    [Fact]
    public async Task StreamReader_UnknownPropertyPointsMismatchAndNegativeBudget_ReportsAllThreeAtTheEvaluation()
    {
        var portfolio = JsonNode.Parse(StreamReaderContractTests.Compact(StreamReaderContractTests.Small(1)))!;
        var evaluation = JsonNode.Parse(ThreeProblems())!.AsObject();
        evaluation.Remove("kind");
        evaluation.Remove("schemaVersion");
        portfolio["evaluations"] = new JsonArray(evaluation);

        var (read, report) = await StreamReaderContractTests.ReadAll(new MemoryStream(StreamReaderContractTests.Compact(portfolio)));

        Assert.Empty(read);
        Assert.NotNull(report);
        Assert.Equal(ThreeEntries.Select(e => e.Replace(" $.", " $.evaluations[0].", StringComparison.Ordinal)), Entries(report));
    }

    // The sample portfolio with its first evaluation conducted in 2019 (a self-evaluation of 2020 cannot be: an
    // evaluation-constraint of its own), of a project the portfolio does not have, and conducted outside the portfolio's year.
    private static JsonNode BadEvaluationPortfolio()
    {
        var p = JsonNode.Parse(JsonDocuments.Portfolio.Write(Documents.Portfolio()))!;
        p["evaluations"]![0]!["conductedIn"] = 2019;
        p["evaluations"]![0]!["subject"]!["code"] = "P999";
        return p;
    }

    private static readonly string[] PortfolioEntries =
    [
        "evaluation-constraint $.evaluations[0].coveredYear",
        "reference-unknown $.evaluations[0].subject",
        "year-mismatch $.evaluations[0].conductedIn",
    ];

    [Fact]
    public void PortfolioReader_EvaluationWithItsOwnProblemUnknownSubjectAndOtherYear_ReportsAllThree()
    {
        // Before: the evaluation's own problem stopped the portfolio's checks: reference-unknown and year-mismatch
        // appeared only once it was fixed.
        var (valid, report) = CorpusTests.Read(DocumentKinds.Portfolio, StreamReaderContractTests.Compact(BadEvaluationPortfolio()));

        Assert.False(valid);
        Assert.Equal(PortfolioEntries, Entries(report));
    }

    [Fact]
    public async Task StreamReader_EvaluationWithItsOwnProblemUnknownSubjectAndOtherYear_ReportsAllThree()
    {
        var (read, report) = await StreamReaderContractTests.ReadAll(new MemoryStream(StreamReaderContractTests.Compact(BadEvaluationPortfolio())));

        Assert.Empty(read);
        Assert.NotNull(report);
        Assert.Equal(PortfolioEntries, Entries(report));
    }

    [Fact]
    public void PortfolioReader_BadEvaluationAndUnitOfUnknownDepartment_ReportsBoth()
    {
        // Before: the bad evaluation stopped every portfolio check, the unit's reference among them.
        var p = BadEvaluationPortfolio();
        p["units"]![0]!["departmentCode"] = "D99";

        var (_, report) = CorpusTests.Read(DocumentKinds.Portfolio, StreamReaderContractTests.Compact(p));

        Assert.Contains("reference-unknown $.units[0].departmentCode", Entries(report));
        Assert.Contains("evaluation-constraint $.evaluations[0].coveredYear", Entries(report));
        Assert.Contains("year-mismatch $.evaluations[0].conductedIn", Entries(report));
    }

    [Theory]
    [InlineData("\"kind\": \"evaluation\", \"kind\": \"portfolio\",", "$.kind")]
    [InlineData("\"kind\": \"portfolio\", \"kind\": \"evaluation\",", "$.kind")]
    [InlineData("\"kind\": \"evaluation\", \"kind\": \"evaluation\",", "$.kind")]
    public void EvaluationReader_KindTwice_IsDuplicatePropertyNotWrongKind(string kinds, string path)
    {
        // Before: the header read the last kind and reported wrong-kind when it differed (and nothing else).
        var json = EvaluationMappingTests.Nested.Replace("\"kind\": \"evaluation\",", kinds, StringComparison.Ordinal);

        var (valid, report) = CorpusTests.Read(DocumentKinds.Evaluation, Encoding.UTF8.GetBytes(json));

        Assert.False(valid);
        Assert.Equal([ProblemCodes.DuplicateProperty + " " + path], Entries(report));
    }

    [Theory]
    [InlineData("\"schemaVersion\": 1, \"schemaVersion\": 2,")]
    [InlineData("\"schemaVersion\": 2, \"schemaVersion\": 1,")]
    public void EvaluationReader_SchemaVersionTwice_IsDuplicatePropertyNotUnsupportedVersion(string versions)
    {
        var json = EvaluationMappingTests.Nested.Replace("\"schemaVersion\": 1,", versions, StringComparison.Ordinal);

        var (_, report) = CorpusTests.Read(DocumentKinds.Evaluation, Encoding.UTF8.GetBytes(json));

        Assert.Equal([ProblemCodes.DuplicateProperty + " $.schemaVersion"], Entries(report));
    }

    [Fact]
    public void EvaluationReader_UnknownPropertyAlone_IsTheOnlyProblem()
    {
        // Reading on past an unknown property finds nothing in a document that has nothing else wrong.
        var json = EvaluationMappingTests.Nested.Replace("\"adjustedBudget\": 100.00", "\"adjustedBudget\": 100.00, \"approvedBy\": \"局长\"", StringComparison.Ordinal);

        var (_, report) = CorpusTests.Read(DocumentKinds.Evaluation, Encoding.UTF8.GetBytes(json));

        Assert.Equal(["unknown-property $.budgetExecution.approvedBy"], Entries(report));
    }
}
