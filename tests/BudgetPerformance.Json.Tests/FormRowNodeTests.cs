using BudgetPerformance.Problems;
using static BudgetPerformance.Json.Tests.MappingEntries;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The names and points of the nodes that form rows give (docs/json/evaluation.md, "Form rows"): a blank node name or
/// negative node points are reported at the row's field, as the nested shape reports them at the node's field.
/// </summary>
public class FormRowNodeTests
{
    private static System.Text.Json.Nodes.JsonNode Form(string rows) => Doc("{" + EvaluationMappingTests.FormHead + "\"rows\": [" + rows + "] }");

    [Fact]
    public void BlankNodeNames_AreNameRequiredAtTheFirstRowsNameFields()
    {
        var doc = Form("""
            { "levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "甲", "direction": ">=", "target": 1, "unit": "亩", "points": 5, "actual": 1 },
            { "levelOne": " ", "levelOneClass": "benefit", "levelTwo": "社会效益指标", "levelThree": "乙", "direction": "qualitative", "points": 5 },
            { "levelOne": " ", "levelOneClass": "benefit", "levelTwo": "", "levelTwoClass": "economic", "levelThree": "丙", "direction": "qualitative", "points": 5 }
            """);

        Evaluation(
            doc,
            E(ProblemCodes.NameRequired, "$.rows[1].levelOne", "2", "Level-1 node 2 has no name."),
            E(ProblemCodes.NameRequired, "$.rows[2].levelTwo", "2.2", "Level-2 node 2.2 has no name."));
    }

    [Fact]
    public void NegativeNodePoints_ArePointsNegativeAtTheRowThatGivesThem()
    {
        var doc = Form("""
            { "levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "甲", "direction": ">=", "target": 1, "unit": "亩", "points": 5, "actual": 1 },
            { "levelOne": "产出指标", "levelOnePoints": -10, "levelTwo": "数量指标", "levelTwoPoints": -5, "levelThree": "乙", "direction": ">=", "target": 1, "unit": "亩", "points": 5, "actual": 1 }
            """);
        doc["weighting"] = "template";

        Evaluation(
            doc,
            E(ProblemCodes.PointsNegative, "$.rows[1].levelOnePoints", "1", "Level-1 node 1 has negative points."),
            E(ProblemCodes.PointsNegative, "$.rows[1].levelTwoPoints", "1.1", "Level-2 node 1.1 has negative points."));
    }

    [Fact]
    public void ZeroNodePoints_AreAllowed()
    {
        var doc = Form("""
            { "levelOne": "产出指标", "levelOnePoints": 0, "levelTwo": "数量指标", "levelTwoPoints": 0, "levelThree": "甲", "direction": ">=", "target": 1, "unit": "亩", "points": 0, "actual": 1 }
            """);

        var group = Assert.Single(Accepted(JsonDocuments.Evaluation, doc).Indicators.Groups);

        Assert.Equal((0m, 0m), (group.Points, group.Children[0].Points));
    }
}
