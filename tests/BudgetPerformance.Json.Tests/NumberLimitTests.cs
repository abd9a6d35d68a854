using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPerformance.Problems;
using Json.Schema;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The magnitudes a document may hold (issue 17, item 8; docs/quality.md, "Limits"): amounts up to 10^15 yuan and at least a
/// fen when not 0; targets, actuals, thresholds and step sizes up to 10^15 in magnitude and at least 10^-6 when not 0; points
/// and scores up to 10,000 and at least 0.0001 when not 0. Each edge is tested on both sides, by the reader and by the
/// checked-in schema, which must agree.
/// </summary>
public class NumberLimitTests
{
    public static TheoryData<string, string, string, bool> Cases() => new()
    {
        // Measures (signed: the model decides about negative actuals and targets).
        { DocumentKinds.Evaluation, "$.records[0].actual", "1000000000000000", true },
        { DocumentKinds.Evaluation, "$.records[0].actual", "1000000000000000.000001", false },
        { DocumentKinds.Evaluation, "$.records[0].actual", "-1000000000000000", true },
        { DocumentKinds.Evaluation, "$.records[0].actual", "-1000000000000000.000001", false },
        { DocumentKinds.Evaluation, "$.records[0].actual", "0.000001", true },
        { DocumentKinds.Evaluation, "$.records[0].actual", "0.00000099", false },
        { DocumentKinds.Evaluation, "$.records[0].actual", "-0.000001", true },
        { DocumentKinds.Evaluation, "$.records[0].actual", "-0.00000099", false },
        { DocumentKinds.Evaluation, "$.records[0].actual", "0", true },
        { DocumentKinds.Evaluation, "$.records[0].actual", "0.000000", true },
        { DocumentKinds.Evaluation, "$.indicators[0].children[0].indicators[0].target", "1000000000000000", true },
        { DocumentKinds.Evaluation, "$.indicators[0].children[0].indicators[0].target", "1e15", true },
        { DocumentKinds.Evaluation, "$.indicators[0].children[0].indicators[0].target", "1.0000000001e15", false },
        { DocumentKinds.Evaluation, "$.indicators[0].children[0].indicators[0].target", "1e-6", true },
        { DocumentKinds.Evaluation, "$.indicators[0].children[0].indicators[0].target", "1e-28", false },

        // Amounts.
        { DocumentKinds.Evaluation, "$.budgetExecution.adjustedBudget", "1000000000000000", true },
        { DocumentKinds.Evaluation, "$.budgetExecution.adjustedBudget", "1000000000000000.01", false },
        { DocumentKinds.Evaluation, "$.budgetExecution.adjustedBudget", "0.01", true },
        { DocumentKinds.Evaluation, "$.budgetExecution.adjustedBudget", "0.0099", false },
        { DocumentKinds.Evaluation, "$.budgetExecution.spent", "0", true },
        { DocumentKinds.Evaluation, "$.budgetExecution.spent", "79228162514264337593543950335", false },
        { DocumentKinds.Portfolio, "$.spendingItems[0].budget", "1000000000000000", true },
        { DocumentKinds.Portfolio, "$.spendingItems[0].budget", "50000000000000000000000000000", false },

        // Points and scores.
        { DocumentKinds.Evaluation, "$.records[2].assessorScore", "4", true },
        { DocumentKinds.Evaluation, "$.records[0].recordedScore", "10000", true },
        { DocumentKinds.Evaluation, "$.records[0].recordedScore", "10000.0001", false },
        { DocumentKinds.Evaluation, "$.records[0].recordedScore", "0.0001", true },
        { DocumentKinds.Evaluation, "$.records[0].recordedScore", "0.000099", false },
        { DocumentKinds.Evaluation, "$.recordedTotal", "10000.0001", false },

        // A per-step deduction's parameters in a rule set.
        { DocumentKinds.RuleSet, "$.indicatorScoring.strategies[8].stepSize", "0.000001", true },
        { DocumentKinds.RuleSet, "$.indicatorScoring.strategies[8].stepSize", "0.00000099", false },
        { DocumentKinds.RuleSet, "$.indicatorScoring.strategies[8].pointsPerStep", "10000", true },
        { DocumentKinds.RuleSet, "$.indicatorScoring.strategies[8].pointsPerStep", "1e20", false },
        { DocumentKinds.RuleSet, "$.indicatorScoring.strategies[8].threshold", "-1000000000000000", true },
        { DocumentKinds.RuleSet, "$.indicatorScoring.strategies[8].threshold", "-1000000000000001", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Number_AtAndBeyondItsLimit_IsReadOrNumberOutOfRangeAtItsPath(string kind, string path, string number, bool allowed)
    {
        var bytes = With(kind, path, number);

        var (valid, report) = CorpusTests.Read(kind, bytes);

        if (allowed)
        {
            Assert.True(valid, report.ToString());
        }
        else
        {
            var problem = Assert.Single(report.Problems);
            Assert.Equal((ProblemCodes.NumberOutOfRange, path), (problem.Code, problem.Location.JsonPath));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_AgreesWithTheReader_AtEveryLimit(string kind, string path, string number, bool allowed)
    {
        using var document = JsonDocument.Parse(With(kind, path, number));
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Documents.RepositoryRoot(), "docs", "schemas", kind + ".schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        Assert.Equal(allowed, schema.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void Message_NamesThePropertyAndItsLimits_InBothLanguages()
    {
        var (_, report) = CorpusTests.Read(DocumentKinds.Evaluation, With(DocumentKinds.Evaluation, "$.records[0].actual", "1e28"));

        var problem = Assert.Single(report.Problems);
        Assert.Equal("The number 1e28 is outside the limits of actual: 0, or a magnitude from 0.000001 to 1,000,000,000,000,000.", problem.MessageEn);
        Assert.Equal("数字 1e28 超出 actual 的允许范围：应为 0，或绝对值在 0.000001 至 1,000,000,000,000,000 之间。", problem.MessageZh);
    }

    // The base document of the kind with the number at the path replaced by the literal text (kept as written).
    private static byte[] With(string kind, string path, string number)
    {
        var doc = JsonNode.Parse(kind switch
        {
            DocumentKinds.Evaluation => EvaluationMappingTests.Nested.Replace("\"actual\": 4600 }", "\"actual\": 4600, \"recordedScore\": 13.8 }", StringComparison.Ordinal),
            DocumentKinds.Portfolio => JsonDocuments.Portfolio.Write(Documents.Portfolio()),
            _ => RuleSetPresets.GetJson("example-budget20-ratio"),
        })!;
        var steps = path[2..].Replace("]", string.Empty, StringComparison.Ordinal).Split('.', '[');
        var parent = doc;
        foreach (var step in steps[..^1])
        {
            parent = int.TryParse(step, out var i) ? parent[i]! : parent[step]!;
        }

        parent[steps[^1]] = JsonNode.Parse(number);
        return EvaluationMappingTests.Bytes(doc);
    }
}
