using System.Text.Json.Nodes;
using BudgetPerformance.Problems;
using static BudgetPerformance.Json.Tests.MappingEntries;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Where the domain's problems about records and score groups are reported (docs/json/errors.md: a missing record
/// at the indicator; an entry's indicator code is that of the offending indicator or node, or none: a group id is
/// neither).
/// </summary>
public class EvaluationReportPathTests
{
    [Fact]
    public void MissingRecordOfAScoreGroupMember_IsReportedAtTheIndicator()
    {
        // The member 1.1.2 has no record: that is a missing record, reported at the indicator as for any other.
        var doc = Doc(EvaluationMappingTests.Nested);
        doc["records"]!.AsArray().RemoveAt(1);
        doc["scoreGroups"] = JsonNode.Parse("""[{ "id": "G1", "members": ["1.1.1", "1.1.2"], "recordedScore": 20 }]""");

        Evaluation(
            doc,
            E(ProblemCodes.RecordMismatch, "$.indicators[0].children[0].indicators[1]", "1.1.2", "Indicator 1.1.2 has no record (record NoData, NotYetDue or NotApplicable explicitly)."));
    }

    [Fact]
    public void FormScoreGroupNamingANode_IsReportedAtTheMember_AsInTheNestedShape()
    {
        var doc = Doc("{" + EvaluationMappingTests.FormHead + """
            "rows": [
              { "levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "面积", "direction": ">=", "target": 10, "unit": "亩", "points": 10, "actual": 10 },
              { "levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "户数", "direction": ">=", "target": 10, "unit": "户", "points": 10, "actual": 10 }
            ],
            "scoreGroups": [{ "id": "G1", "members": ["1.1.1", "1.1"], "recordedScore": 10 }] }
            """);

        Evaluation(
            doc,
            E(ProblemCodes.RecordMismatch, "$.scoreGroups[0].members[1]", "1.1", "Group G1 names 1.1, which is not a level-3 indicator of the tree."));
    }

    [Theory]
    [InlineData("G1")]
    [InlineData("组")]
    public void ProblemsOfAScoreGroup_CarryNoIndicatorCode(string id)
    {
        // A group id is not the code of an indicator or node.
        var doc = Doc(EvaluationMappingTests.Nested);
        doc["records"]![0] = JsonNode.Parse("""{ "code": "1.1.1", "state": "grouped" }""");
        doc["records"]![2] = JsonNode.Parse("""{ "code": "1.2.1", "state": "grouped" }""");
        doc["scoreGroups"] = JsonNode.Parse($$"""
            [
              { "id": "{{id}}", "members": ["1.1.2", "9.9"], "recordedScore": 1 },
              { "id": "{{id}}", "members": ["1.1.1", "1.2.1"], "assessorScore": 9 }
            ]
            """);

        Evaluation(
            doc,
            E(ProblemCodes.RecordMismatch, "$.scoreGroups[0].members[1]", "9.9", $"Group {id} names 9.9, which is not a level-3 indicator of the tree."),
            E(ProblemCodes.RecordMismatch, "$.scoreGroups[1]", null, $"The group id {id} is used twice."),
            E(ProblemCodes.RecordMismatch, "$.scoreGroups[1]", null, $"The members of the assessed group {id} lie under more than one level-2 node."));
    }
}
