using System.Linq;
using System.Text.Json.Nodes;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;
using static BudgetPerformance.Json.Tests.MappingEntries;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Reading the flat form rows of an evaluation (docs/json/evaluation.md, "Form rows"): the derived codes, classes and
/// points, the records each row gives, and where every problem of a row is reported.
/// </summary>
public class FormRowReadingTests
{
    private const string InvalidValue = ProblemCodes.InvalidValue;

    private static JsonNode Form(string rows) => Doc("{" + EvaluationMappingTests.FormHead + "\"rows\": [" + rows + "] }");

    // Quantitative and qualitative rows, built from their parts so that each test shows what differs.
    private static string Row(string one, string two, string three, string rest) =>
        $$"""{ "levelOne": "{{one}}", "levelTwo": "{{two}}", "levelThree": "{{three}}", {{rest}} }""";

    private static string Measure(decimal points, string extra = "") =>
        Inv($"\"direction\": \">=\", \"target\": 10, \"unit\": \"亩\", \"points\": {points}") + extra;

    private static string Judge(decimal points, string extra = "") =>
        Inv($"\"direction\": \"qualitative\", \"points\": {points}") + extra;

    private static string Inv(System.FormattableString s) => System.FormattableString.Invariant(s);

    [Fact]
    public void ValidForm_DerivesCodesClassesPointsAndRecords()
    {
        var doc = Form(string.Join(",",
            Row("产出指标", "数量指标", "面积", """ "direction": ">=", "target": 10, "unit": "亩", "points": 10, "actual": 12, "recordedScore": 9 """),
            Row("产出指标", "数量指标", "户数", """ "direction": "<", "target": 3, "unit": "户", "points": 5 """),
            Row("产出指标", " 质量 ", "合格", """ "direction": "qualitative", "points": 5, "achievement": "achieved", "recordedScore": 4.5 """),
            Row("效益", "社会效益", "满意", """ "direction": "qualitative", "points": 4, "recordedScore": 3 """),
            Row("效益", "社会效益", "宣传", """ "direction": "qualitative", "points": 6 """),
            Row("效益", "社会效益", "成本", """ "direction": "<=", "target": 3000, "unit": "元", "points": 0, "actual": 2800 """)));

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        var tree = evaluation.Indicators;
        Assert.Equal(IndicatorWeighting.Weighted, tree.Weighting);
        Assert.Equal(
            [("1", "产出指标", IndicatorClass.Output, 20m), ("2", "效益", IndicatorClass.Benefit, 10m)],
            tree.Groups.Select(g => (g.Code.Value, g.Name, g.Class, g.Points)));
        Assert.Equal(
            [("1.1", "数量指标", IndicatorClass.Quantity, 15m), ("1.2", " 质量 ", IndicatorClass.Quality, 5m), ("2.1", "社会效益", IndicatorClass.Social, 10m)],
            tree.Groups.SelectMany(g => g.Children).Select(t => (t.Code.Value, t.Name, t.Class, t.Points)));
        Assert.Equal(
        [
            LevelThreeIndicator.Quantitative(new IndicatorCode("1.1.1"), "面积", Direction.AtLeast, 10m, "亩", 10m),
            LevelThreeIndicator.Quantitative(new IndicatorCode("1.1.2"), "户数", Direction.LessThan, 3m, "户", 5m),
            LevelThreeIndicator.Qualitative(new IndicatorCode("1.2.1"), "合格", 5m),
            LevelThreeIndicator.Qualitative(new IndicatorCode("2.1.1"), "满意", 4m),
            LevelThreeIndicator.Qualitative(new IndicatorCode("2.1.2"), "宣传", 6m),
            LevelThreeIndicator.Quantitative(new IndicatorCode("2.1.3"), "成本", Direction.AtMost, 3000m, "元", 0m),
        ], tree.Indicators);
        Assert.Equal(
        [
            IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 12m, null, 9m),
            IndicatorRecord.NoData(new IndicatorCode("1.1.2")),
            IndicatorRecord.Achieved(new IndicatorCode("1.2.1"), AchievementLevel.Achieved, 4.5m, null, 4.5m),
            IndicatorRecord.Judged(new IndicatorCode("2.1.1"), 3m, null, 3m),
            IndicatorRecord.NoData(new IndicatorCode("2.1.2")),
            IndicatorRecord.Measured(new IndicatorCode("2.1.3"), 2800m),
        ], evaluation.Records);
    }

    [Fact]
    public void ReadForm_IsWrittenInTheNestedShape_AndReadsBackTheSame()
    {
        var doc = Form(string.Join(",",
            Row("产出", "数量", "面积", Measure(10, ", \"actual\": 12")),
            Row("满意度指标", "服务对象满意度", "满意度", Judge(10, ", \"recordedScore\": 8"))));

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);
        var written = JsonDocuments.Evaluation.Write(evaluation);

        Assert.DoesNotContain("\"rows\"", written, System.StringComparison.Ordinal);
        var again = JsonDocuments.Evaluation.Read(written);
        Assert.Equal(evaluation.Indicators.Indicators, again.Indicators.Indicators);
        Assert.Equal(evaluation.Records, again.Records);
        Assert.Equal([IndicatorClass.Output, IndicatorClass.Satisfaction], again.Indicators.Groups.Select(g => g.Class));
        Assert.Equal([IndicatorClass.Quantity, IndicatorClass.BeneficiarySatisfaction], again.Indicators.Groups.Select(g => g.Children[0].Class));
        Assert.Equal(written, JsonDocuments.Evaluation.Write(again));
    }

    [Theory]
    [InlineData("决策指标", "项目立项指标", "decision", "project-approval")]
    [InlineData("成本", "成本", "cost", "output-cost")]
    [InlineData("产出", "满意度指标", "output", "satisfaction")]
    public void ClassNames_WithOrWithoutTheSuffix_AreTheBuiltInClassesOfTheirLevel(string one, string two, string oneClass, string twoClass)
    {
        var doc = Form(Row(one, two, "甲", Measure(10, ", \"actual\": 1")));

        var group = Assert.Single(Accepted(JsonDocuments.Evaluation, doc).Indicators.Groups);

        Assert.Equal(oneClass, group.Class.Code);
        Assert.Equal(twoClass, Assert.Single(group.Children).Class.Code);
    }

    [Fact]
    public void ExplicitClasses_WinOverTheNames_AndMayBeGivenOnALaterRow()
    {
        var doc = Form(string.Join(",",
            Row("效益指标", "地方数量", "甲", Measure(10, ", \"levelOneClass\": \"output\"")),
            Row("效益指标", "地方数量", "乙", Measure(10, ", \"levelTwoClass\": \"quantity\""))));

        var group = Assert.Single(Accepted(JsonDocuments.Evaluation, doc).Indicators.Groups);

        Assert.Equal(IndicatorClass.Output, group.Class);
        Assert.Equal(IndicatorClass.Quantity, Assert.Single(group.Children).Class);
    }

    [Fact]
    public void NamesOfNoBuiltInClass_AreUnknownClassesAtTheFirstRowsNames()
    {
        var doc = Form(string.Join(",",
            Row("地方产出", "地方数量", "甲", Measure(10)),
            Row("地方产出", "地方数量", "乙", Measure(10))));

        Evaluation(
            doc,
            E(ProblemCodes.UnknownClass, "$.rows[0].levelOne", null, "'地方产出' is not the name of a built-in level-1 class nor of one the document declares; give 'levelOneClass', or declare it in 'classes'."),
            E(ProblemCodes.UnknownClass, "$.rows[0].levelTwo", null, "'地方数量' is not the name of a built-in level-2 class nor of one the document declares; give 'levelTwoClass', or declare it in 'classes'."));
    }

    [Fact]
    public void ExplicitClassesThatAreUnknownOrOfTheOtherLevel_AreReportedAtTheNodesFirstRow()
    {
        var doc = Form(string.Join(",",
            Row("产出指标", "数量指标", "甲", Measure(10)),
            Row("产出指标", "数量指标", "乙", Measure(10, ", \"levelOneClass\": \"bogus\", \"levelTwoClass\": \"output\"")),
            Row("效益指标", "社会效益指标", "丙", Judge(10, ", \"levelOneClass\": \"social\"")),
            Row("效益指标", "生态效益指标", "丁", Judge(10, ", \"levelTwoClass\": \"ecology\""))));

        Evaluation(
            doc,
            E(ProblemCodes.UnknownClass, "$.rows[0].levelOneClass", null, "'bogus' is not a built-in level-1 class (docs/concepts.md lists them) nor one the document declares in 'classes'."),
            E(ProblemCodes.ClassLevelMismatch, "$.rows[0].levelTwoClass", null, "'output' is a level-1 class, not a level-2 class."),
            E(ProblemCodes.ClassLevelMismatch, "$.rows[2].levelOneClass", null, "'social' is a level-2 class, not a level-1 class."),
            E(ProblemCodes.UnknownClass, "$.rows[3].levelTwoClass", null, "'ecology' is not a built-in level-2 class (docs/concepts.md lists them) nor one the document declares in 'classes'."));
    }

    [Fact]
    public void RowsDisagreeingAboutAClass_AreReportedAtEveryDisagreeingRow()
    {
        var doc = Form(string.Join(",",
            Row("产出", "数量", "甲", Measure(10, ", \"levelOneClass\": \"output\"")),
            Row("产出", "数量", "乙", Measure(10, ", \"levelOneClass\": \"benefit\"")),
            Row("产出", "数量", "丙", Measure(10)),
            Row("产出", "数量", "丁", Measure(10, ", \"levelOneClass\": \"cost\""))));

        Evaluation(
            doc,
            E(ProblemCodes.RowsInconsistent, "$.rows[1].levelOneClass", null, "The rows of '产出' disagree about its class."),
            E(ProblemCodes.RowsInconsistent, "$.rows[3].levelOneClass", null, "The rows of '产出' disagree about its class."));
    }

    [Fact]
    public void RowsAgreeingAboutAClass_AreOneClass()
    {
        var doc = Form(string.Join(",",
            Row("地方", "数量", "甲", Measure(10, ", \"levelOneClass\": \"output\"")),
            Row("地方", "数量", "乙", Measure(10, ", \"levelOneClass\": \"output\""))));

        Assert.Equal(IndicatorClass.Output, Assert.Single(Accepted(JsonDocuments.Evaluation, doc).Indicators.Groups).Class);
    }

    [Fact]
    public void RowsDisagreeingAboutPoints_AreReportedOnceAtTheFirstDisagreement()
    {
        var doc = Form(string.Join(",",
            Row("产出", "数量", "甲", Measure(10, ", \"levelOnePoints\": 20, \"levelTwoPoints\": 20")),
            Row("产出", "数量", "乙", Measure(10, ", \"levelOnePoints\": 20, \"levelTwoPoints\": 25")),
            Row("产出", "数量", "丙", Measure(10, ", \"levelOnePoints\": 25, \"levelTwoPoints\": 30")),
            Row("产出", "数量", "丁", Measure(10, ", \"levelOnePoints\": 30"))));

        Evaluation(
            doc,
            E(ProblemCodes.RowsInconsistent, "$.rows[1].levelTwoPoints", null, "The rows of one node disagree about its points (20 and 25)."),
            E(ProblemCodes.RowsInconsistent, "$.rows[2].levelOnePoints", null, "The rows of one node disagree about its points (20 and 25)."));
    }

    [Fact]
    public void NodePointsGivenOnALaterRow_AreThePointsOfTheNode()
    {
        var doc = Form(string.Join(",",
            Row("产出", "数量", "甲", Measure(10)),
            Row("产出", "数量", "乙", Measure(10, ", \"levelOnePoints\": 20, \"levelTwoPoints\": 20"))));

        var group = Assert.Single(Accepted(JsonDocuments.Evaluation, doc).Indicators.Groups);

        Assert.Equal(20m, group.Points);
        Assert.Equal(20m, group.Children[0].Points);
    }

    [Fact]
    public void GivenNodePoints_ThatTheIndicatorsDoNotAddUpTo_AreAPointsSumAtTheNodesPointsField()
    {
        var doc = Form(string.Join(",",
            Row("产出", "数量", "甲", Measure(10)),
            Row("产出", "数量", "乙", Measure(5)),
            Row("产出", "质量", "丙", Measure(5, ", \"levelTwoPoints\": 6, \"levelOnePoints\": 30")),
            Row("效益", "社会效益", "丁", Judge(4)),
            Row("效益", "社会效益", "戊", Judge(6, ", \"levelOnePoints\": 9"))));

        Evaluation(
            doc,
            E(ProblemCodes.PointsSum, "$.rows[2].levelTwoPoints", "1.2", "The children of 1.2 have 5 points in all, not the 6 of 1.2."),
            E(ProblemCodes.PointsSum, "$.rows[0].levelOnePoints", "1", "The children of 1 have 21 points in all, not the 30 of 1."),
            E(ProblemCodes.PointsSum, "$.rows[3].levelOnePoints", "2", "The children of 2 have 10 points in all, not the 9 of 2."));
    }

    [Fact]
    public void TemplateForm_TakesTheGivenNodePointsEvenWhenTheyDoNotAddUp()
    {
        var doc = Form(Row("产出", "数量", "甲", Measure(10, ", \"levelOnePoints\": 30, \"levelTwoPoints\": 12")));
        doc["weighting"] = "template";

        var group = Assert.Single(Accepted(JsonDocuments.Evaluation, doc).Indicators.Groups);

        Assert.Equal((30m, 12m), (group.Points, group.Children[0].Points));
    }

    [Fact]
    public void LevelOneRowsThatAreNotContiguous_AreReportedAtTheReturningRow()
    {
        var doc = Form(string.Join(",",
            Row("产出指标", "数量指标", "甲", Measure(10)),
            Row("效益指标", "社会效益指标", "乙", Measure(10)),
            Row("产出指标", "数量指标", "丙", Measure(10))));

        Evaluation(doc, E(ProblemCodes.RowsInconsistent, "$.rows[2].levelOne", null, "The rows of level-1 node '产出指标' are not contiguous."));
    }

    [Fact]
    public void LevelTwoRowsThatAreNotContiguous_AreReportedAtTheReturningRow()
    {
        var doc = Form(string.Join(",",
            Row("产出指标", "数量指标", "甲", Measure(10)),
            Row("产出指标", "质量指标", "乙", Measure(10)),
            Row("产出指标", "数量指标", "丙", Measure(10))));

        Evaluation(doc, E(ProblemCodes.RowsInconsistent, "$.rows[2].levelTwo", null, "The rows of level-2 node '数量指标' are not contiguous."));
    }

    [Fact]
    public void SameLevelTwoNameUnderAnotherLevelOneNode_IsAnotherNode()
    {
        var doc = Form(string.Join(",",
            Row("产出指标", "数量指标", "甲", Measure(10)),
            Row("效益指标", "数量指标", "乙", Measure(10, ", \"levelTwoClass\": \"social\""))));

        var tree = Accepted(JsonDocuments.Evaluation, doc).Indicators;

        Assert.Equal(["1.1", "2.1"], tree.Groups.SelectMany(g => g.Children).Select(t => t.Code.Value));
        Assert.Equal(["1.1.1", "2.1.1"], tree.Indicators.Select(i => i.Code.Value));
    }

    [Fact]
    public void IndicatorPointsWhoseSumWouldExceedTheDecimalRange_AreNumberOutOfRangeAtEachRow()
    {
        // Two points of decimal.MaxValue would not add up; each is beyond the limit of points first (NumberLimits).
        var doc = Form(string.Join(",",
            Row("产出指标", "数量指标", "甲", Judge(decimal.MaxValue)),
            Row("产出指标", "质量指标", "乙", Judge(1)),
            Row("产出指标", "质量指标", "丙", Judge(decimal.MaxValue))));

        const string Message = "The number 79228162514264337593543950335 is outside the limits of points: 0, or a magnitude from 0.0001 to 10,000.";
        Evaluation(doc, E(ProblemCodes.NumberOutOfRange, "$.rows[0].points", null, Message), E(ProblemCodes.NumberOutOfRange, "$.rows[2].points", null, Message));
    }

    [Fact]
    public void EmptyForm_HasNoRows()
    {
        Evaluation(Form(""), E(ProblemCodes.ChildrenRequired, "$.rows", null, "The form has no rows."));
    }

    [Fact]
    public void UnknownWeighting_OfAForm_IsReportedAtTheWeighting()
    {
        var doc = Form(Row("产出", "数量", "甲", Measure(10)));
        doc["weighting"] = "flat";

        Evaluation(doc, E(InvalidValue, "$.weighting", null, "'flat' is not a IndicatorWeighting: expected one of weighted, template."));
    }

    [Fact]
    public void IndicatorProblemsOfRows_AreReportedAtTheRowsFields()
    {
        var doc = Form(string.Join(",",
            Row("产出", "数量", " ", Measure(1)),
            Row("产出", "数量", "乙", """ "direction": "≥", "target": 1, "unit": "亩", "points": 1 """),
            Row("产出", "数量", "丙", """ "direction": ">=", "target": 1, "points": 1 """),
            Row("产出", "数量", "丁", """ "direction": ">=", "unit": "亩", "points": 1 """),
            Row("产出", "数量", "戊", """ "direction": "qualitative", "target": 1, "points": 1 """),
            Row("产出", "数量", "己", Measure(-1))));

        Evaluation(
            doc,
            E(ProblemCodes.NameRequired, "$.rows[0].levelThree", "1.1.1", "Indicator 1.1.1 has no name."),
            E(InvalidValue, "$.rows[1].direction", null, "'≥' is not a direction: expected one of >=, >, =, <=, <, qualitative."),
            E(ProblemCodes.UnitRequired, "$.rows[2].unit", "1.1.3", "Quantitative indicator 1.1.3 has no unit."),
            E(ProblemCodes.TargetRequired, "$.rows[3].target", "1.1.4", "Quantitative indicator 1.1.4 has no target value."),
            E(ProblemCodes.QualitativeHasMeasure, "$.rows[4].target", "1.1.5", "Qualitative indicator 1.1.5 must have neither a target value nor a unit."),
            E(ProblemCodes.PointsNegative, "$.rows[5].points", "1.1.6", "Indicator 1.1.6 has negative points."));
    }

    [Fact]
    public void RecordProblemsOfRows_AreReportedAtTheRowsFields()
    {
        var doc = Form(string.Join(",",
            Row("产出", "数量", "甲", Measure(1, ", \"actual\": 1, \"achievement\": \"achieved\"")),
            Row("产出", "数量", "乙", Measure(1, ", \"recordedScore\": 1")),
            Row("产出", "数量", "丙", Measure(1, ", \"actual\": 1, \"recordedScore\": -1")),
            Row("效益", "社会效益", "丁", Judge(1, ", \"actual\": 1")),
            Row("效益", "社会效益", "戊", Judge(1, ", \"achievement\": \"achieved\"")),
            Row("效益", "社会效益", "己", Judge(1, ", \"achievement\": \"mostly\", \"recordedScore\": 1")),
            Row("效益", "社会效益", "庚", Judge(1, ", \"achievement\": \"achieved\", \"recordedScore\": -0.5")),
            Row("效益", "社会效益", "辛", Judge(1, ", \"recordedScore\": -2"))));

        Evaluation(
            doc,
            E(ProblemCodes.RecordFields, "$.rows[0].achievement", "1.1.1", "A quantitative row records an actual value, not an achievement level."),
            E(ProblemCodes.RecordFields, "$.rows[1].recordedScore", "1.1.2", "A quantitative row with a score needs its actual value."),
            E(ProblemCodes.ScoreNegative, "$.rows[2].recordedScore", null, "The recorded score must not be negative (-1)."),
            E(ProblemCodes.RecordFields, "$.rows[3].actual", "2.1.1", "A qualitative row records an achievement level and a score, not an actual value."),
            E(ProblemCodes.RecordFields, "$.rows[4].recordedScore", "2.1.2", "A qualitative row with an achievement level needs its score."),
            E(InvalidValue, "$.rows[5].achievement", null, "'mostly' is not a AchievementLevel: expected one of achieved, partly-achieved, not-achieved."),
            E(ProblemCodes.ScoreNegative, "$.rows[6].recordedScore", null, "The recorded score must not be negative (-0.5)."),
            E(ProblemCodes.ScoreNegative, "$.rows[7].recordedScore", null, "The recorded score must not be negative (-2)."));
    }

    [Fact]
    public void ZeroScoresOfRows_AreRecorded()
    {
        var doc = Form(string.Join(",",
            Row("产出", "数量", "甲", Measure(1, ", \"actual\": 0, \"recordedScore\": 0")),
            Row("效益", "社会效益", "乙", Judge(1, ", \"achievement\": \"not-achieved\", \"recordedScore\": 0")),
            Row("效益", "社会效益", "丙", Judge(1, ", \"recordedScore\": 0"))));

        Assert.Equal(
        [
            IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 0m, null, 0m),
            IndicatorRecord.Achieved(new IndicatorCode("2.1.1"), AchievementLevel.NotAchieved, 0m, null, 0m),
            IndicatorRecord.Judged(new IndicatorCode("2.1.2"), 0m, null, 0m),
        ], Accepted(JsonDocuments.Evaluation, doc).Records);
    }

    [Fact]
    public void ScoreGroupOverRowsNotRecordedAsGrouped_IsReportedAtTheRows()
    {
        var doc = Form(string.Join(",",
            Row("产出", "数量", "甲", Measure(5, ", \"actual\": 1")),
            Row("产出", "数量", "乙", Measure(5, ", \"actual\": 1"))));
        doc["scoreGroups"] = JsonNode.Parse("""[{ "id": "G1", "members": ["1.1.1", "1.1.2"], "assessorScore": 8 }]""");

        Evaluation(
            doc,
            E(ProblemCodes.RecordMismatch, "$.rows[0]", "1.1.1", "Indicator 1.1.1 is a member of the assessed group G1 and must be recorded as Grouped."),
            E(ProblemCodes.RecordMismatch, "$.rows[1]", "1.1.2", "Indicator 1.1.2 is a member of the assessed group G1 and must be recorded as Grouped."));
    }

    [Fact]
    public void FormOfAFinanceEvaluationWithoutVisit_IsRead()
    {
        // Issue 17: the old reader refused it (evaluation-constraint at $.onSiteVisit); the visit is a rule-set requirement now.
        var doc = Form(Row("产出", "数量", "甲", Measure(5, ", \"actual\": 1")));
        doc["type"] = "finance-evaluation";
        doc["performer"]!["role"] = "finance-bureau";

        Assert.Null(Accepted(JsonDocuments.Evaluation, doc).OnSiteVisit);
    }
}
