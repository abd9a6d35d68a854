using System.Text.Json.Nodes;
using BudgetPerformance.Problems;
using static BudgetPerformance.Json.Tests.MappingEntries;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// A canonical document read and written again is the same document, every optional value included (the writer's
/// contract, docs/json/versioning.md "Stability of the canonical form").
/// </summary>
public class CanonicalWritingTests
{
    [Fact]
    public void Evaluation_WithEveryOptionalValue_IsWrittenAsItWasRead()
    {
        var doc = Doc(EvaluationMappingTests.Nested);
        doc["type"] = "finance-evaluation";
        doc["performer"]!["role"] = "third-party";
        doc["budgetExecution"]!["recordedScore"] = 9.5m;
        doc["onSiteVisit"] = JsonNode.Parse("""{ "date": "2021-05-18", "notes": "抽查" }""");
        doc["recordedTotal"] = 88.10m;
        doc["recordedGrade"] = "good";
        var area = doc["indicators"]![0]!["children"]![0]!["indicators"]![0]!;
        area["explanation"] = "竣工验收面积";
        area["scoringRule"] = "linear";
        doc["records"]![0] = JsonNode.Parse("""{ "code": "1.1.1", "state": "grouped", "evidence": "验收报告" }""");
        doc["records"]![1] = JsonNode.Parse("""{ "code": "1.1.2", "state": "grouped" }""");
        doc["records"]![2] = JsonNode.Parse("""{ "code": "1.2.1", "state": "achievement", "achievement": "partly-achieved", "assessorScore": 3, "evidence": "e", "recordedScore": 3.5 }""");
        doc["scoreGroups"] = JsonNode.Parse("""[{ "id": "G1", "members": ["1.1.1", "1.1.2"], "assessorScore": 20, "recordedScore": 19.5 }]""");

        var written = JsonNode.Parse(JsonDocuments.Evaluation.Write(Accepted(JsonDocuments.Evaluation, doc)))!;

        Assert.True(JsonNode.DeepEquals(doc, written), written.ToJsonString());
    }

    [Fact]
    public void Evaluation_WithMeasuredNotApplicableAndUnduedRecords_IsWrittenAsItWasRead()
    {
        var doc = Doc(EvaluationMappingTests.Nested);
        doc["records"]![0] = JsonNode.Parse("""{ "code": "1.1.1", "state": "measured", "actual": 4600.5, "evidence": "竣工验收报告", "recordedScore": 13.80 }""");
        doc["records"]![1] = JsonNode.Parse("""{ "code": "1.1.2", "state": "not-applicable", "reason": "项目调整" }""");
        doc["records"]![2] = JsonNode.Parse("""{ "code": "1.2.1", "state": "not-yet-due" }""");

        var written = JsonNode.Parse(JsonDocuments.Evaluation.Write(Accepted(JsonDocuments.Evaluation, doc)))!;

        Assert.True(JsonNode.DeepEquals(doc, written), written.ToJsonString());
    }

    [Fact]
    public void Target_AndPortfolio_AreWrittenAsTheyWereRead()
    {
        var target = JsonNode.Parse(JsonDocuments.PerformanceTarget.Write(Documents.Target()))!;
        target["status"] = "returned";
        target["returnReason"] = "缺少满意度指标";
        target["indicators"]![0]!["children"]![0]!["indicators"]![0]!["scoringRule"] = "linear";
        var portfolio = JsonNode.Parse(JsonDocuments.Portfolio.Write(Documents.Portfolio()))!;

        var writtenTarget = JsonNode.Parse(JsonDocuments.PerformanceTarget.Write(Accepted(JsonDocuments.PerformanceTarget, target)))!;
        var writtenPortfolio = JsonNode.Parse(JsonDocuments.Portfolio.Write(Accepted(JsonDocuments.Portfolio, portfolio)))!;

        Assert.True(JsonNode.DeepEquals(target, writtenTarget), writtenTarget.ToJsonString());
        Assert.True(JsonNode.DeepEquals(portfolio, writtenPortfolio), writtenPortfolio.ToJsonString());
        Assert.Equal("linear", (string?)writtenTarget["indicators"]![0]!["children"]![0]!["indicators"]![0]!["scoringRule"]);
        Assert.Equal("缺少满意度指标", (string?)writtenTarget["returnReason"]);
        Assert.Equal((string?)portfolio["spendingItems"]![1]!["unitCode"], (string?)writtenPortfolio["spendingItems"]![1]!["unitCode"]);
    }

    [Fact]
    public void FinanceEvaluationWithoutBudgetExecutionOrVisit_IsRead()
    {
        // Issue 17: the old reader refused this document (evaluation-constraint at $.onSiteVisit, "A FinanceEvaluation must
        // record its on-site visit."); whether a visit is required is a rule of the rule set, checked by scoring.
        var doc = Doc(EvaluationMappingTests.Nested);
        doc["type"] = "finance-evaluation";
        doc["performer"]!["role"] = "finance-bureau";
        doc.AsObject().Remove("budgetExecution");

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        Assert.Null(evaluation.OnSiteVisit);
        Assert.Null(evaluation.BudgetExecution);
    }
}
