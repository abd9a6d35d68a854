using System.Text.Json.Nodes;
using static BudgetPerformance.Json.Tests.MappingEntries;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Where the domain's problems about records and score groups are reported (docs/json/errors.md: a missing record
/// at the indicator).
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
}
