using System;
using System.Text.Json.Nodes;
using BudgetPerformance.Grades;
using BudgetPerformance.Json;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Distribution;
using BudgetPerformance.Testing;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// A minimum share in the bottom grades needs bottom grades to fill: "at least 10% in no grade" cannot be satisfied, and the
/// check used to fail on it with "Sequence contains no elements" instead of the rule being refused when it was made or read.
/// </summary>
public class DistributionRulesValidationTests
{
    [Fact]
    public void MinimumBottomShare_WithoutBottomGrades_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new DistributionRules([Grade.Excellent], 0.2m, [], 0.1m, Rules.Deployed));
        Assert.Equal("bottomGrades", e.ParamName);
    }

    [Fact]
    public void MinimumBottomShare_OfZeroOrNone_NeedsNoBottomGrades()
    {
        Assert.Empty(new DistributionRules([Grade.Excellent], 0.2m, [], 0m, Rules.Deployed).BottomGrades);
        Assert.Empty(new DistributionRules([Grade.Excellent], 0.2m, [], null, Rules.Deployed).BottomGrades);
    }

    [Fact]
    public void RuleSetJson_AMinimumBottomShareWithoutBottomGrades_IsReportedWithItsPath()
    {
        var doc = JsonNode.Parse(RuleSetPresets.GetJson("linqu-county-2021"))!;
        doc["distribution"] = JsonNode.Parse("""
            { "topGrades": ["excellent"], "maximumTopShare": 0.2, "bottomGrades": [], "minimumBottomShare": 0.1, "source": { "reference": "县财政局", "kind": "local" } }
            """);
        Assert.False(JsonDocuments.RuleSet.TryRead(doc.ToJsonString(), out var read, out var report),
            "read a rule that no check can satisfy; DistributionChecker then throws: " + (read?.Distribution is { } d ? Describe(d) : string.Empty));
        Assert.Contains(report.Problems, x => x.Code == "invalid-value" && x.Location.JsonPath == "$.distribution.bottomGrades");
    }

    private static string Describe(DistributionRules rules)
    {
        try
        {
            return new DistributionChecker(MinimalRuleSet.Of(rules)).Check([new GradedResult("a", 95m, Grade.Excellent)]).Moves.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }
}
