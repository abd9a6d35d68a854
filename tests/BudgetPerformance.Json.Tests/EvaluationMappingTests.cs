using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The rarer branches of reading an evaluation: score groups, bad records, the type constraints' paths and the
/// flat form rows. Each bad document reports exactly the listed entries ("code path").
/// </summary>
public class EvaluationMappingTests
{
    // A valid self-evaluation in the nested shape: 1 (30) = 1.1 (25: 1.1.1 15 + 1.1.2 10) + 1.2 (5: 1.2.1, qualitative).
    internal const string Nested = """
        {
          "kind": "evaluation", "schemaVersion": 1, "id": "E1", "type": "self-evaluation",
          "subject": { "type": "project", "code": "P001" }, "performer": { "role": "unit", "name": "农田建设股" },
          "coveredYear": 2020, "conductedIn": 2021, "weighting": "weighted",
          "budgetExecution": { "adjustedBudget": 100.00, "spent": 90.00 },
          "indicators": [
            { "code": "1", "name": "产出指标", "class": "output", "points": 30, "children": [
              { "code": "1.1", "name": "数量指标", "class": "quantity", "points": 25, "indicators": [
                { "code": "1.1.1", "name": "高标准农田建设面积", "direction": ">=", "target": 5000, "unit": "亩", "valueBasis": "plan", "points": 15 },
                { "code": "1.1.2", "name": "新增灌溉面积", "direction": ">=", "target": 1200, "unit": "亩", "valueBasis": "plan", "points": 10 } ] },
              { "code": "1.2", "name": "质量指标", "class": "quality", "points": 5, "indicators": [
                { "code": "1.2.1", "name": "工程质量", "direction": "qualitative", "valueBasis": "other", "points": 5 } ] } ] } ],
          "records": [
            { "code": "1.1.1", "state": "measured", "actual": 4600 },
            { "code": "1.1.2", "state": "measured", "actual": 1350 },
            { "code": "1.2.1", "state": "judgement", "assessorScore": 4 } ]
        }
        """;

    internal const string FormHead = """
          "kind": "evaluation", "schemaVersion": 1, "id": "E9", "type": "self-evaluation",
          "subject": { "type": "project", "code": "P001" }, "performer": { "role": "unit", "name": "农田建设股" },
          "coveredYear": 2020, "conductedIn": 2021, "weighting": "weighted",
          "budgetExecution": { "adjustedBudget": 100.00, "spent": 90.00 },
        """;

    [Fact]
    public void Nested_BaseDocument_IsValid()
    {
        var evaluation = JsonDocuments.Evaluation.Read(Nested);

        Assert.Equal(3, evaluation.Records.Count);
        Assert.Equal(RecordState.Judgement, evaluation.GetRecord(new IndicatorCode("1.2.1")).State);
    }

    [Fact]
    public void BlankPerformerName_IsReportedAtThePerformerName()
    {
        var doc = Doc(Nested);
        doc["performer"]!["name"] = "  ";

        Assert.Equal(["name-required $.performer.name"], Entries(doc));
    }

    [Fact]
    public void IndicatorsWithoutRecords_ReportsTheMissingRecords()
    {
        var doc = Doc(Nested);
        doc.AsObject().Remove("records");

        Assert.Equal(["required-missing $.records"], Entries(doc));
    }

    [Fact]
    public void RecordsWithoutIndicators_ReportsTheMissingIndicators()
    {
        var doc = Doc(Nested);
        doc.AsObject().Remove("indicators");

        Assert.Equal(["required-missing $.indicators"], Entries(doc));
    }

    [Fact]
    public void BadScoreGroups_ReportEveryProblemOfEachGroup()
    {
        var doc = Doc(Nested);
        doc["scoreGroups"] = JsonNode.Parse("""
            [
              { "id": " ", "members": ["1.1.1"], "assessorScore": -1 },
              { "id": "G2", "members": ["1.1.1", "not a code", "1.1.1"], "recordedScore": -2 }
            ]
            """);

        Assert.Equal(
        [
            "invalid-value $.scoreGroups[1].members[1]",
            "name-required $.scoreGroups[0].id",
            "record-mismatch $.scoreGroups[0].members",
            "record-mismatch $.scoreGroups[1].members",
            "score-negative $.scoreGroups[0].assessorScore",
            "score-negative $.scoreGroups[1].recordedScore",
        ], Entries(doc));
    }

    [Fact]
    public void ScoreGroupWithoutAnyScore_IsReportedAtTheGroup()
    {
        var doc = Doc(Nested);
        doc["scoreGroups"] = JsonNode.Parse("""[{ "id": "G1", "members": ["1.1.1", "1.1.2"] }]""");

        Assert.Equal(["required-missing $.scoreGroups[0]"], Entries(doc));
    }

    [Fact]
    public void AssessedScoreGroup_ReadsGroupedRecordsAndRoundTrips()
    {
        var doc = Doc(Nested);
        doc["records"]![0] = JsonNode.Parse("""{ "code": "1.1.1", "state": "grouped", "evidence": "验收报告" }""");
        doc["records"]![1] = JsonNode.Parse("""{ "code": "1.1.2", "state": "grouped" }""");
        doc["scoreGroups"] = JsonNode.Parse("""[{ "id": "G1", "members": ["1.1.1", "1.1.2"], "assessorScore": 22.5, "recordedScore": 22 }]""");

        var evaluation = JsonDocuments.Evaluation.Read(Bytes(doc));

        var group = Assert.Single(evaluation.Groups);
        Assert.Equal("G1", group.Id);
        Assert.Equal(["1.1.1", "1.1.2"], group.Members.Select(m => m.Value));
        Assert.Equal(22.5m, group.AssessorScore);
        Assert.Equal(22m, group.RecordedScore);
        var grouped = evaluation.GetRecord(new IndicatorCode("1.1.1"));
        Assert.Equal(RecordState.Grouped, grouped.State);
        Assert.Equal("验收报告", grouped.Evidence);
        var written = JsonDocuments.Evaluation.Write(evaluation);
        Assert.Equal(written, JsonDocuments.Evaluation.Write(JsonDocuments.Evaluation.Read(written)));
        Assert.Contains("\"members\": [", written, StringComparison.Ordinal);
    }

    [Fact]
    public void MembersOfTwoGroups_AreReportedAtTheirPlaceInTheSecondGroup()
    {
        var doc = Doc(Nested);
        doc["scoreGroups"] = JsonNode.Parse("""
            [{ "id": "G1", "members": ["1.1.1", "1.1.2"], "recordedScore": 20 }, { "id": "G2", "members": ["1.1.2", "1.1.1"], "recordedScore": 20 }]
            """);

        Assert.False(JsonDocuments.Evaluation.TryRead(Bytes(doc), out _, out var report));

        Assert.Equal(["record-mismatch $.scoreGroups[1].members[0]", "record-mismatch $.scoreGroups[1].members[1]"], Codes(report));
        Assert.Equal(["1.1.1", "1.1.2"], report.Problems.Select(e => e.Location.IndicatorCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AssessedGroupMembers_NotRecordedAsGrouped_AreReportedAtTheirRecords()
    {
        var doc = Doc(Nested);
        doc["scoreGroups"] = JsonNode.Parse("""[{ "id": "G1", "members": ["1.1.1", "1.1.2"], "assessorScore": 20 }]""");

        Assert.Equal(["record-mismatch $.records[0]", "record-mismatch $.records[1]"], Entries(doc));
    }

    [Theory]
    [InlineData("G1")]
    [InlineData("组")]
    public void RepeatedGroupId_AndAMemberOutsideTheTree_AreReportedWhereTheyAre(string id)
    {
        // The domain's group problems carry the group id or the member code; the reader points at the repeated group and
        // at the member itself (they used to land on $.records, or on $ when the id did not look like an indicator code).
        var doc = Doc(Nested);
        doc["scoreGroups"] = JsonNode.Parse($$"""
            [
              { "id": "{{id}}", "members": ["1.1.1", "1.1.2"], "recordedScore": 20 },
              { "id": "{{id}}", "members": ["1.2.1", "9.9.9"], "recordedScore": 3 }
            ]
            """);

        Assert.Equal(["record-mismatch $.scoreGroups[1]", "record-mismatch $.scoreGroups[1].members[1]"], Entries(doc));
    }

    [Fact]
    public void AssessedGroupAcrossLevelTwoNodes_IsReportedAtTheGroup()
    {
        var doc = Doc(Nested);
        doc["records"]![0] = JsonNode.Parse("""{ "code": "1.1.1", "state": "grouped" }""");
        doc["records"]![2] = JsonNode.Parse("""{ "code": "1.2.1", "state": "grouped" }""");
        doc["scoreGroups"] = JsonNode.Parse("""[{ "id": "G1", "members": ["1.1.1", "1.2.1"], "assessorScore": 18 }]""");

        Assert.Equal(["record-mismatch $.scoreGroups[0]"], Entries(doc));
    }

    [Fact]
    public void GroupedRecord_OutsideAnyAssessedGroup_IsReportedAtItsRecord()
    {
        var doc = Doc(Nested);
        doc["records"]![1] = JsonNode.Parse("""{ "code": "1.1.2", "state": "grouped" }""");

        Assert.Equal(["record-mismatch $.records[1]"], Entries(doc));
    }

    [Fact]
    public void SelfEvaluationOfADepartment_IsReportedAtTheSubjectType()
    {
        var doc = Doc(Nested);
        doc["subject"]!["type"] = "department";

        Assert.Equal(["evaluation-constraint $.subject.type"], Entries(doc));
    }

    [Fact]
    public void FinanceEvaluationWithoutOnSiteVisit_IsRead()
    {
        // Issue 17: the old reader reported evaluation-constraint at $.onSiteVisit; the visit is a rule-set requirement now.
        var doc = Doc(Nested);
        doc["type"] = "finance-evaluation";
        doc["performer"]!["role"] = "third-party";

        Assert.Null(MappingEntries.Accepted(JsonDocuments.Evaluation, doc).OnSiteVisit);
    }

    [Fact]
    public void RecordWithABadCodeOrState_IsReportedAtThatField()
    {
        var doc = Doc(Nested);
        doc["records"]![0]!["code"] = "1 1 1";
        doc["records"]![1]!["state"] = "estimated";

        Assert.Equal(["invalid-value $.records[0].code", "invalid-value $.records[1].state"], Entries(doc));
    }

    [Fact]
    public void AchievementRecordWithAnUnknownLevel_IsReportedAtTheAchievement()
    {
        var doc = Doc(Nested);
        doc["records"]![2] = JsonNode.Parse("""{ "code": "1.2.1", "state": "achievement", "achievement": "mostly", "assessorScore": 4 }""");

        Assert.Equal(["invalid-value $.records[2].achievement"], Entries(doc));
    }

    [Fact]
    public void FormWithoutRows_ReportsThatItHasNoRows()
    {
        Assert.Equal(["children-required $.rows"], Entries(Doc("{" + FormHead + "\"rows\": [] }")));
    }

    [Fact]
    public void FormRows_LevelTwoNodeSplitByAnother_IsReportedAtTheRowThatReturnsToIt()
    {
        var doc = Doc("{" + FormHead + """
            "rows": [
              { "levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "面积", "direction": ">=", "target": 10, "unit": "亩", "points": 10, "actual": 10 },
              { "levelOne": "产出指标", "levelTwo": "质量指标", "levelThree": "合格率", "direction": ">=", "target": 100, "unit": "%", "points": 10, "actual": 100 },
              { "levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "户数", "direction": ">=", "target": 10, "unit": "户", "points": 10, "actual": 10 }
            ] }
            """);

        Assert.Equal(["rows-inconsistent $.rows[2].levelTwo"], Entries(doc));
    }

    [Fact]
    public void FormRows_QuantitativeScoreWithoutActual_IsAFieldsProblem()
    {
        var doc = Doc("{" + FormHead + """
            "rows": [
              { "levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "面积", "direction": ">=", "target": 10, "unit": "亩", "points": 10, "recordedScore": 8 }
            ] }
            """);

        Assert.Equal(["record-fields $.rows[0].recordedScore"], Entries(doc));
    }

    [Fact]
    public void FormRows_BadQualitativeRows_ReportEachRowsField()
    {
        var doc = Doc("{" + FormHead + """
            "rows": [
              { "levelOne": "效益指标", "levelTwo": "社会效益指标", "levelThree": "甲", "direction": "qualitative", "points": 5, "actual": 1 },
              { "levelOne": "效益指标", "levelTwo": "社会效益指标", "levelThree": "乙", "direction": "qualitative", "points": 5, "recordedScore": -1 },
              { "levelOne": "效益指标", "levelTwo": "社会效益指标", "levelThree": "丙", "direction": "qualitative", "points": 5, "achievement": "mostly", "recordedScore": 4 },
              { "levelOne": "效益指标", "levelTwo": "社会效益指标", "levelThree": "丁", "direction": "qualitative", "points": 5, "achievement": "achieved" }
            ] }
            """);

        Assert.Equal(
        [
            "invalid-value $.rows[2].achievement",
            "record-fields $.rows[0].actual",
            "record-fields $.rows[3].recordedScore",
            "score-negative $.rows[1].recordedScore",
        ], Entries(doc));
    }

    [Fact]
    public void FormRows_ExplicitClassesAndPoints_AndQualitativeRowsWithoutLevel()
    {
        var doc = Doc("{" + FormHead + """
            "rows": [
              { "levelOne": "地方产出", "levelOneClass": "output", "levelOnePoints": 20, "levelTwo": "地方数量", "levelTwoClass": "quantity",
                "levelThree": "面积", "direction": ">=", "target": 10, "unit": "亩", "points": 10, "actual": 12 },
              { "levelOne": "地方产出", "levelOneClass": "output", "levelOnePoints": 20, "levelTwo": "地方数量", "levelTwoClass": "quantity",
                "levelThree": "评价", "direction": "qualitative", "points": 6, "recordedScore": 5 },
              { "levelOne": "地方产出", "levelOnePoints": 20, "levelTwo": "地方数量",
                "levelThree": "核查", "direction": "qualitative", "points": 4 }
            ] }
            """);

        var evaluation = JsonDocuments.Evaluation.Read(Bytes(doc));

        var one = Assert.Single(evaluation.Indicators.Groups);
        Assert.Equal(IndicatorClass.Output, one.Class);
        Assert.Equal(20m, one.Points);
        var two = Assert.Single(one.Children);
        Assert.Equal(IndicatorClass.Quantity, two.Class);
        Assert.Equal(20m, two.Points);
        var judged = evaluation.GetRecord(new IndicatorCode("1.1.2"));
        Assert.Equal(RecordState.Judgement, judged.State);
        Assert.Equal(5m, judged.AssessorScore);
        Assert.Equal(5m, judged.RecordedScore);
        Assert.Equal(RecordState.NoData, evaluation.GetRecord(new IndicatorCode("1.1.3")).State);
    }

    [Fact]
    public void FormRows_DisagreeingClassesAndPoints_AreReportedAtTheDisagreeingRow()
    {
        var doc = Doc("{" + FormHead + """
            "rows": [
              { "levelOne": "产出指标", "levelOnePoints": 20, "levelTwo": "数量指标", "levelTwoClass": "quantity",
                "levelThree": "面积", "direction": ">=", "target": 10, "unit": "亩", "points": 10, "actual": 12 },
              { "levelOne": "产出指标", "levelOnePoints": 25, "levelTwo": "数量指标", "levelTwoClass": "quality",
                "levelThree": "户数", "direction": ">=", "target": 10, "unit": "户", "points": 10, "actual": 12 }
            ] }
            """);

        Assert.Equal(["rows-inconsistent $.rows[1].levelOnePoints", "rows-inconsistent $.rows[1].levelTwoClass"], Entries(doc));
    }

    [Fact]
    public void NestedTree_BadNodeAndIndicatorFields_AreReportedAtEachField()
    {
        var doc = Doc(Nested);
        var one = doc["indicators"]![0]!;
        one["children"]![0]!["name"] = " ";
        var i1 = one["children"]![0]!["indicators"]![0]!;
        i1["name"] = "";
        i1["valueBasis"] = "guess";
        i1["scoringRule"] = " ";
        one["children"]![0]!["indicators"]![1]!["points"] = -10;
        one["children"]![1]!["code"] = "1 2";

        Assert.Equal(
        [
            "invalid-value $.indicators[0].children[0].indicators[0].scoringRule",
            "invalid-value $.indicators[0].children[0].indicators[0].valueBasis",
            "invalid-value $.indicators[0].children[1].code",
            "name-required $.indicators[0].children[0].indicators[0].name",
            "name-required $.indicators[0].children[0].name",
            "points-negative $.indicators[0].children[0].indicators[1].points",
        ], Entries(doc));
    }

    private static JsonNode Doc(string json) => JsonNode.Parse(json)!;

    private static string[] Entries(JsonNode doc)
    {
        Assert.False(JsonDocuments.Evaluation.TryRead(Bytes(doc), out var value, out var report));
        Assert.Null(value);
        return Codes(report);
    }

    private static string[] Codes(ValidationReport report) =>
        [.. report.Problems.Select(e => e.Code + " " + e.Location.JsonPath).Order(StringComparer.Ordinal)];

    internal static byte[] Bytes(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            node.WriteTo(writer);
        }

        return buffer.ToArray();
    }
}
