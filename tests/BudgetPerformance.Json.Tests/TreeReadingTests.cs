using System.Linq;
using System.Text.Json.Nodes;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;
using static BudgetPerformance.Json.Tests.MappingEntries;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Reading the nested indicator tree (docs/json/performance-target.md, "The indicator tree"), through an evaluation:
/// node codes, classes, names and points, the level-3 fields, and the tree-wide rules of a weighted tree. The base
/// tree is 1 (30) = 1.1 (25: 1.1.1 15 + 1.1.2 10) + 1.2 (5: 1.2.1, qualitative).
/// </summary>
public class TreeReadingTests
{
    private const string InvalidValue = ProblemCodes.InvalidValue;
    private const string I111 = "$.indicators[0].children[0].indicators[0]";
    private const string I112 = "$.indicators[0].children[0].indicators[1]";
    private const string I121 = "$.indicators[0].children[1].indicators[0]";

    private static JsonNode Nested() => Doc(EvaluationMappingTests.Nested);

    private static JsonNode One(JsonNode doc) => doc["indicators"]![0]!;

    private static JsonNode Two(JsonNode doc, int j) => One(doc)["children"]![j]!;

    private static JsonNode Three(JsonNode doc, int j, int k) => Two(doc, j)["indicators"]![k]!;

    [Fact]
    public void NodeWithoutNameOrWithNegativePoints_IsReportedWithItsCode()
    {
        var doc = Nested();
        One(doc)["name"] = " ";
        Two(doc, 0)["points"] = -1;

        Evaluation(
            doc,
            E(ProblemCodes.NameRequired, "$.indicators[0].name", "1", "Level-1 node 1 has no name."),
            E(ProblemCodes.PointsNegative, "$.indicators[0].children[0].points", "1.1", "Level-2 node 1.1 has negative points."));
    }

    [Fact]
    public void NodeWithABadCode_ItsOtherProblemsCarryNoCode()
    {
        var doc = Nested();
        Two(doc, 1)["code"] = "1 2";
        Two(doc, 1)["name"] = "";

        Evaluation(
            doc,
            E(InvalidValue, "$.indicators[0].children[1].code", null, "'1 2' is not an indicator code: use 1 to 64 ASCII letters, digits, '.', '-' or '_'."),
            E(ProblemCodes.NameRequired, "$.indicators[0].children[1].name", null, "Level-2 node has no name."));
    }

    [Fact]
    public void CodeUsedTwice_IsReportedAtItsSecondUse()
    {
        var doc = Nested();
        Three(doc, 1, 0)["code"] = "1.1.1";

        Evaluation(doc, E(ProblemCodes.DuplicateCode, I121 + ".code", "1.1.1", "The code 1.1.1 is used more than once in the tree."));
    }

    [Fact]
    public void LevelOneCodeUsedAgainInAnotherGroup_IsReportedAtTheSecondGroup()
    {
        var doc = Nested();
        var second = JsonNode.Parse("""
            { "code": "1", "name": "效益指标", "class": "benefit", "points": 0, "children": [
              { "code": "2.1", "name": "社会效益指标", "class": "social", "points": 0, "indicators": [] } ] }
            """)!;
        doc["indicators"]!.AsArray().Add(second);
        doc["weighting"] = "template";

        Evaluation(doc, E(ProblemCodes.DuplicateCode, "$.indicators[1].code", "1", "The code 1 is used more than once in the tree."));
    }

    [Fact]
    public void ClassesOfTheWrongLevelOrUnknown_AreReportedAtTheClass()
    {
        var doc = Nested();
        One(doc)["class"] = "quantity";
        Two(doc, 0)["class"] = "benefit";
        Two(doc, 1)["class"] = "bogus";

        Evaluation(
            doc,
            E(ProblemCodes.ClassLevelMismatch, "$.indicators[0].class", null, "'quantity' is a level-2 class, not a level-1 class."),
            E(ProblemCodes.ClassLevelMismatch, "$.indicators[0].children[0].class", null, "'benefit' is a level-1 class, not a level-2 class."),
            E(ProblemCodes.UnknownClass, "$.indicators[0].children[1].class", null, "'bogus' is not a built-in level-2 class (docs/concepts.md lists them) nor one the document declares in 'classes'."));
    }

    [Fact]
    public void UnknownLevelOneClass_IsUnknownClass()
    {
        var doc = Nested();
        One(doc)["class"] = "outcome";

        Evaluation(doc, E(ProblemCodes.UnknownClass, "$.indicators[0].class", null, "'outcome' is not a built-in level-1 class (docs/concepts.md lists them) nor one the document declares in 'classes'."));
    }

    [Fact]
    public void IndicatorTexts_ThatAreNotAllowed_AreReportedAtEachField()
    {
        var doc = Nested();
        Three(doc, 0, 0)["direction"] = "≥";
        Three(doc, 0, 1)["valueBasis"] = "guess";
        Three(doc, 1, 0)["scoringRule"] = "";

        Evaluation(
            doc,
            E(InvalidValue, I111 + ".direction", null, "'≥' is not a direction: expected one of >=, >, =, <=, <, qualitative."),
            E(InvalidValue, I112 + ".valueBasis", null, "'guess' is not a ValueBasis: expected one of not-stated, plan, industry, historical, budget-expenditure-standard, other."),
            E(InvalidValue, I121 + ".scoringRule", null, "A scoring rule reference, when given, must not be blank."));
    }

    [Fact]
    public void UnknownDirection_WithTargetButNoUnit_IsAlsoAQuantitativeIndicatorWithoutUnit()
    {
        var doc = Nested();
        Three(doc, 0, 0)["direction"] = "at-least";
        Three(doc, 0, 0).AsObject().Remove("unit");

        Evaluation(
            doc,
            E(InvalidValue, I111 + ".direction", null, "'at-least' is not a direction: expected one of >=, >, =, <=, <, qualitative."),
            E(ProblemCodes.UnitRequired, I111 + ".unit", "1.1.1", "Quantitative indicator 1.1.1 has no unit."));
    }

    [Fact]
    public void UnknownDirection_WithUnitButNoTarget_IsAlsoAQuantitativeIndicatorWithoutTarget()
    {
        var doc = Nested();
        Three(doc, 0, 0)["direction"] = "at-least";
        Three(doc, 0, 0).AsObject().Remove("target");

        Evaluation(
            doc,
            E(InvalidValue, I111 + ".direction", null, "'at-least' is not a direction: expected one of >=, >, =, <=, <, qualitative."),
            E(ProblemCodes.TargetRequired, I111 + ".target", "1.1.1", "Quantitative indicator 1.1.1 has no target value."));
    }

    [Fact]
    public void UnknownDirection_WithoutTargetAndUnit_IsOnlyTheDirection()
    {
        var doc = Nested();
        Three(doc, 1, 0)["direction"] = "qualitatively";

        Evaluation(doc, E(InvalidValue, I121 + ".direction", null, "'qualitatively' is not a direction: expected one of >=, >, =, <=, <, qualitative."));
    }

    [Fact]
    public void QuantitativeIndicatorWithoutTargetAndWithABlankUnit_IsReportedAtBoth()
    {
        var doc = Nested();
        Three(doc, 0, 1).AsObject().Remove("target");
        Three(doc, 0, 1)["unit"] = " ";

        Evaluation(
            doc,
            E(ProblemCodes.TargetRequired, I112 + ".target", "1.1.2", "Quantitative indicator 1.1.2 has no target value."),
            E(ProblemCodes.UnitRequired, I112 + ".unit", "1.1.2", "Quantitative indicator 1.1.2 has no unit."));
    }

    [Theory]
    [InlineData("unit", "\"个\"")]
    [InlineData("target", "1")]
    public void QualitativeIndicatorWithAMeasure_IsReportedAtTheMeasure(string field, string value)
    {
        var doc = Nested();
        Three(doc, 1, 0)[field] = JsonNode.Parse(value);

        Evaluation(doc, E(ProblemCodes.QualitativeHasMeasure, I121 + "." + field, "1.2.1", "Qualitative indicator 1.2.1 must have neither a target value nor a unit."));
    }

    [Fact]
    public void IndicatorWithABadCode_ItsProblemsNameNoCode()
    {
        var doc = Nested();
        Three(doc, 0, 1)["code"] = "x y";
        Three(doc, 0, 1)["name"] = " ";
        Three(doc, 0, 1)["points"] = -10;

        Evaluation(
            doc,
            E(InvalidValue, I112 + ".code", null, "'x y' is not an indicator code: use 1 to 64 ASCII letters, digits, '.', '-' or '_'."),
            E(ProblemCodes.NameRequired, I112 + ".name", null, "Indicator has no name."),
            E(ProblemCodes.PointsNegative, I112 + ".points", null, "Indicator has negative points."));
    }

    [Fact]
    public void IndicatorWithoutName_AndWithNegativePoints_IsReportedWithItsCode()
    {
        var doc = Nested();
        Three(doc, 0, 1)["name"] = "";
        Three(doc, 0, 1)["points"] = -0.5m;

        Evaluation(
            doc,
            E(ProblemCodes.NameRequired, I112 + ".name", "1.1.2", "Indicator 1.1.2 has no name."),
            E(ProblemCodes.PointsNegative, I112 + ".points", "1.1.2", "Indicator 1.1.2 has negative points."));
    }

    [Fact]
    public void WeightedLevelOneWhoseChildrenDoNotAddUp_IsReportedAtItsPoints()
    {
        var doc = Nested();
        Two(doc, 1)["points"] = 6;
        Three(doc, 1, 0)["points"] = 6;

        Evaluation(doc, E(ProblemCodes.PointsSum, "$.indicators[0].points", "1", "The children of 1 have 31 points in all, not the 30 of 1."));
    }

    [Fact]
    public void WeightedLevelTwoWhoseIndicatorsDoNotAddUp_IsReportedAtItsPoints()
    {
        var doc = Nested();
        Two(doc, 1)["points"] = 4.5m;
        One(doc)["points"] = 29.5m;

        Evaluation(doc, E(ProblemCodes.PointsSum, "$.indicators[0].children[1].points", "1.2", "The children of 1.2 have 5 points in all, not the 4.5 of 1.2."));
    }

    [Fact]
    public void WeightedLevelTwoWithoutIndicators_IsChildrenRequiredAtTheNode()
    {
        var doc = Nested();
        Two(doc, 1)["indicators"] = new JsonArray();
        doc["records"]!.AsArray().RemoveAt(2);

        Evaluation(doc, E(ProblemCodes.ChildrenRequired, "$.indicators[0].children[1]", "1.2", "Level-2 node 1.2 has no level-3 indicators."));
    }

    [Fact]
    public void TemplateTree_NeedsNeitherSumsNorIndicators()
    {
        var doc = Nested();
        doc["weighting"] = "template";
        One(doc)["points"] = 99;
        Two(doc, 1)["points"] = 0;
        Two(doc, 1)["indicators"] = new JsonArray();
        doc["records"]!.AsArray().RemoveAt(2);

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        Assert.Equal(IndicatorWeighting.Template, evaluation.Indicators.Weighting);
        Assert.Equal(99m, evaluation.Indicators.Groups[0].Points);
        Assert.Empty(evaluation.Indicators.Groups[0].Children[1].Children);
    }

    [Fact]
    public void UnknownWeighting_NamesTheWeightings()
    {
        var doc = Nested();
        doc["weighting"] = "heavy";

        Evaluation(doc, E(InvalidValue, "$.weighting", null, "'heavy' is not a IndicatorWeighting: expected one of weighted, template."));
    }

    [Fact]
    public void TreeWithoutLevelOneNodes_IsChildrenRequired()
    {
        var doc = Nested();
        doc["indicators"] = new JsonArray();
        doc["records"] = new JsonArray();

        Evaluation(doc, E(ProblemCodes.ChildrenRequired, "$.indicators", null, "The tree has no level-1 nodes."));
    }

    public static TheoryData<string, Direction> Directions() => new()
    {
        { ">=", Direction.AtLeast },
        { ">", Direction.GreaterThan },
        { "=", Direction.EqualTo },
        { "<=", Direction.AtMost },
        { "<", Direction.LessThan },
    };

    [Theory]
    [MemberData(nameof(Directions))]
    public void DirectionSymbols_AreRead(string symbol, Direction direction)
    {
        var doc = Nested();
        Three(doc, 0, 0)["direction"] = symbol;

        var indicator = Accepted(JsonDocuments.Evaluation, doc).Indicators.GetIndicator(new IndicatorCode("1.1.1"));

        Assert.Equal(direction, indicator.Direction);
        Assert.Equal(IndicatorKind.Quantitative, indicator.Kind);
    }

    public static TheoryData<string, ValueBasis> ValueBases() => new()
    {
        { "not-stated", ValueBasis.NotStated },
        { "plan", ValueBasis.Plan },
        { "industry", ValueBasis.Industry },
        { "historical", ValueBasis.Historical },
        { "budget-expenditure-standard", ValueBasis.BudgetExpenditureStandard },
        { "other", ValueBasis.Other },
    };

    [Theory]
    [MemberData(nameof(ValueBases))]
    public void ValueBases_AreRead(string text, ValueBasis basis)
    {
        var doc = Nested();
        Three(doc, 0, 1)["valueBasis"] = text;

        Assert.Equal(basis, Accepted(JsonDocuments.Evaluation, doc).Indicators.GetIndicator(new IndicatorCode("1.1.2")).ValueBasis);
    }

    [Fact]
    public void Nodes_AndIndicatorFields_AreReadAsGiven()
    {
        var doc = Nested();
        Three(doc, 0, 0)["explanation"] = "竣工验收面积";
        Three(doc, 0, 0)["scoringRule"] = "linear";
        Three(doc, 0, 0)["target"] = 5000.50m;

        var tree = Accepted(JsonDocuments.Evaluation, doc).Indicators;

        var one = Assert.Single(tree.Groups);
        Assert.Equal((new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 30m), (one.Code, one.Name, one.Class, one.Points));
        Assert.Equal(
            [(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 25m), (new IndicatorCode("1.2"), "质量指标", IndicatorClass.Quality, 5m)],
            one.Children.Select(t => (t.Code, t.Name, t.Class, t.Points)));
        var area = tree.GetIndicator(new IndicatorCode("1.1.1"));
        Assert.Equal(
            LevelThreeIndicator.Quantitative(new IndicatorCode("1.1.1"), "高标准农田建设面积", Direction.AtLeast, 5000.50m, "亩", 15m, ValueBasis.Plan, "竣工验收面积", "linear"),
            area);
        Assert.Equal(
            LevelThreeIndicator.Qualitative(new IndicatorCode("1.2.1"), "工程质量", 5m, ValueBasis.Other),
            tree.GetIndicator(new IndicatorCode("1.2.1")));
        Assert.Equal(["1.1.1", "1.1.2", "1.2.1"], tree.Indicators.Select(i => i.Code.Value));
    }

    [Fact]
    public void ZeroPoints_AreNotNegative()
    {
        var doc = Nested();
        doc["weighting"] = "template";
        One(doc)["points"] = 0;
        Two(doc, 0)["points"] = 0;
        Three(doc, 0, 0)["points"] = 0;

        var tree = Accepted(JsonDocuments.Evaluation, doc).Indicators;

        Assert.Equal(0m, tree.Groups[0].Points);
        Assert.Equal(0m, tree.GetIndicator(new IndicatorCode("1.1.1")).Points);
    }
}
