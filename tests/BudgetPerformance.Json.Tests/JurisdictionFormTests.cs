using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;
using static BudgetPerformance.Json.Tests.MappingEntries;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Forms as jurisdictions print them (issue 17 item 6): classes a document declares for its own level-1 and level-2
/// headings, and two-level score sheets (level-1 headings with level-3 rows directly under them) read without made-up
/// level-2 headings, in every kind that carries a tree; docs/json/performance-target.md, "Declared classes" and
/// "Two-level score sheets".
/// </summary>
public class JurisdictionFormTests
{
    private const string Head = """
        "kind": "evaluation", "schemaVersion": 1, "id": "F1", "type": "finance-evaluation",
        "subject": { "type": "project", "code": "P003" }, "performer": { "role": "third-party", "name": "某事务所" },
        "coveredYear": 2020, "conductedIn": 2021, "weighting": "weighted",
        "onSiteVisit": { "date": "2021-05-18" },
        """;

    private const string Declared = """
        "classes": [
          { "level": 1, "code": "result", "name": { "zh": "结果", "en": "Result" } },
          { "level": 1, "code": "influence", "name": { "zh": "影响力", "en": "Influence" } } ],
        """;

    private static string ScoreSheetPath => Path.Combine(Documents.RepositoryRoot(), "docs", "json", "examples", "evaluation-score-sheet.json");

    private static JsonNode Nested(string classes, string groups) => Doc("{" + Head + classes + "\"indicators\": [" + groups + "], \"records\": [" + Records + "] }");

    private const string Records = """
        { "code": "1.1", "state": "judgement", "assessorScore": 8 }, { "code": "2.1", "state": "measured", "actual": 95 }
        """;

    private const string TwoGroups = """
        { "code": "1", "name": "结果", "class": "result", "points": 10, "indicators": [
          { "code": "1.1", "name": "管护制度健全性", "direction": "qualitative", "valueBasis": "other", "points": 10 } ] },
        { "code": "2", "name": "影响力", "class": "influence", "points": 10, "indicators": [
          { "code": "2.1", "name": "群众满意度", "direction": ">=", "target": 90, "unit": "%", "valueBasis": "plan", "points": 10 } ] }
        """;

    // The sheet of the issue -----------------------------------------------------------------------------------------

    [Fact]
    public void ScoreSheet_InputOutputResultInfluenceWithoutLevelTwo_IsReadWithoutMadeUpHeadings()
    {
        // Before issue 17 item 6 this sheet was refused: 'levelTwo' was required on every row, and 结果 and 影响力 were
        // unknown-class (only built-in class names were accepted).
        var evaluation = JsonDocuments.Evaluation.Read(File.ReadAllBytes(ScoreSheetPath));

        var tree = evaluation.Indicators;
        Assert.Equal(
            [("1", "投入", "input", false), ("2", "产出", "output", false), ("3", "结果", "result", true), ("4", "影响力", "influence", true)],
            tree.Groups.Select(g => (g.Code.Value, g.Name, g.Class.Code, g.Class.IsCustom)));
        Assert.Equal([20m, 40m, 25m, 15m], tree.Groups.Select(g => g.Points));
        Assert.All(tree.Groups, g => Assert.False(g.HasLevelTwoHeadings));
        Assert.All(tree.Groups, g => Assert.Equal((g.Code, IndicatorClass.NotPrinted, false), (Assert.Single(g.Children).Code, g.Children[0].Class, g.Children[0].IsPrinted)));
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2"], tree.Indicators.Select(i => i.Code.Value));
        Assert.Equal(new LocalizedName("影响力", "Influence"), tree.Groups[3].Class.Name);
        Assert.Equal([IndicatorClass.Input, IndicatorClass.Output, IndicatorClass.Benefit, IndicatorClass.Benefit], tree.Groups.Select(g => g.Class.Standing));
    }

    [Fact]
    public void ScoreSheet_WrittenAndReadBack_GivesTheSameModelAndTheSameBytes()
    {
        var read = JsonDocuments.Evaluation.Read(File.ReadAllBytes(ScoreSheetPath));

        var bytes = JsonDocuments.Evaluation.WriteToUtf8Bytes(read);
        var again = JsonDocuments.Evaluation.Read(bytes);

        // The nested shape: groups with their indicators directly, the custom classes declared, no level-2 node.
        var node = JsonNode.Parse(bytes)!;
        Assert.All(node["indicators"]!.AsArray(), g => Assert.Equal((false, true), (g!.AsObject().ContainsKey("children"), g.AsObject().ContainsKey("indicators"))));
        Assert.Equal(["result", "influence"], node["classes"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
        Assert.DoesNotContain("not-printed", Encoding.UTF8.GetString(bytes), System.StringComparison.Ordinal);
        Assert.Equal(read.Indicators.ToRows(), again.Indicators.ToRows());
        Assert.Equal(read.Indicators.Groups.Select(g => (g.Class.Name, g.Class.CountsAs)), again.Indicators.Groups.Select(g => (g.Class.Name, g.Class.CountsAs)));
        Assert.Equal(read.Records, again.Records);
        Assert.Equal(bytes, JsonDocuments.Evaluation.WriteToUtf8Bytes(again));
    }

    // Declared classes ------------------------------------------------------------------------------------------------

    [Fact]
    public void DeclaredClass_UsedByAnExplicitClassCodeOnARow_IsTheNodesClass()
    {
        var doc = Doc("{" + Head + Declared + """
            "rows": [
              { "levelOne": "成效", "levelOneClass": "result", "levelThree": "管护", "direction": "qualitative", "points": 10, "recordedScore": 8 },
              { "levelOne": "影响力", "levelThree": "示范", "direction": "qualitative", "points": 10, "recordedScore": 7 } ] }
            """);

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        Assert.Equal(["result", "influence"], evaluation.Indicators.Groups.Select(g => g.Class.Code));
        Assert.Equal("成效", evaluation.Indicators.Groups[0].Name);
    }

    [Fact]
    public void DeclaredLevelTwoClass_UnderABuiltInLevelOne_IsReadAndWrittenBack()
    {
        var doc = Doc("{" + Head + """
            "classes": [ { "level": 2, "code": "local-quantity", "name": { "zh": "地方数量", "en": "Local quantity" } } ],
            "rows": [
              { "levelOne": "产出指标", "levelTwo": "地方数量", "levelThree": "户数", "direction": ">=", "target": 10, "unit": "户", "points": 100, "actual": 10 } ] }
            """);

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        var two = evaluation.Indicators.Groups[0].Children[0];
        Assert.Equal(("1.1", "local-quantity", true, true), (two.Code.Value, two.Class.Code, two.Class.IsCustom, two.IsPrinted));
        Assert.True(evaluation.Indicators.Groups[0].HasLevelTwoHeadings);
        var bytes = JsonDocuments.Evaluation.WriteToUtf8Bytes(evaluation);
        Assert.Equal(bytes, JsonDocuments.Evaluation.WriteToUtf8Bytes(JsonDocuments.Evaluation.Read(bytes)));
    }

    [Fact]
    public void Declarations_ThatClash_AreClassCodeClashAtTheirCode()
    {
        var doc = Nested("""
            "classes": [
              { "level": 1, "code": "result", "name": { "zh": "结果", "en": "Result" } },
              { "level": 1, "code": "influence", "name": { "zh": "影响力", "en": "Influence" } },
              { "level": 1, "code": "result", "name": { "zh": "成效", "en": "Outcome" } },
              { "level": 1, "code": "output", "name": { "zh": "产出", "en": "Output" } },
              { "level": 2, "code": "not-printed", "name": { "zh": "无", "en": "None" } } ],
            """, TwoGroups);

        Evaluation(
            doc,
            E(ProblemCodes.ClassCodeClash, "$.classes[2].code", null, "The level-1 class 'result' is already declared at $.classes[0]."),
            E(ProblemCodes.ClassCodeClash, "$.classes[3].code", null, "'output' is the built-in level-1 class 产出指标 and cannot be declared again; use the built-in class."),
            E(ProblemCodes.ClassCodeClash, "$.classes[4].code", null, "'not-printed' is reserved for level-2 nodes the form does not print and cannot be declared."));
    }

    [Fact]
    public void Declaration_WithTheCodeOfABuiltInClassOfTheOtherLevel_IsAllowed()
    {
        // The built-in classes themselves share 'satisfaction' between the levels; a level-2 'output' is no clash.
        var doc = Doc("{" + Head + """
            "classes": [ { "level": 2, "code": "output", "name": { "zh": "产出", "en": "Output" } } ],
            "rows": [ { "levelOne": "产出指标", "levelTwo": "产出", "levelTwoClass": "output", "levelThree": "户数", "direction": "qualitative", "points": 100, "recordedScore": 90 } ] }
            """);

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        Assert.Equal((2, "output", true), (evaluation.Indicators.Groups[0].Children[0].Class.Level, evaluation.Indicators.Groups[0].Children[0].Class.Code, evaluation.Indicators.Groups[0].Children[0].Class.IsCustom));
    }

    [Fact]
    public void Declaration_NeverUsed_IsClassDeclaredUnusedAtItsCode()
    {
        var doc = Nested(Declared.Replace("]", ", { \"level\": 2, \"code\": \"result\", \"name\": { \"zh\": \"结果\", \"en\": \"Result\" } } ]", System.StringComparison.Ordinal), TwoGroups);

        Evaluation(doc, E(ProblemCodes.ClassDeclaredUnused, "$.classes[2].code", null, "No node uses the declared level-2 class 'result'."));
    }

    [Fact]
    public void NodeNamingAnUndeclaredCode_IsUnknownClass()
    {
        var doc = Nested(Declared.Replace("influence", "impact", System.StringComparison.Ordinal), TwoGroups);

        Evaluation(
            doc,
            E(ProblemCodes.UnknownClass, "$.indicators[1].class", null, "'influence' is not a built-in level-1 class (docs/concepts.md lists them) nor one the document declares in 'classes'."),
            E(ProblemCodes.ClassDeclaredUnused, "$.classes[1].code", null, "No node uses the declared level-1 class 'impact'."));
    }

    [Fact]
    public void NodeNamingADeclaredCodeOfTheOtherLevel_IsClassLevelMismatchAndTheDeclarationCountsAsUsed()
    {
        var doc = Nested(Declared.Replace("\"level\": 1, \"code\": \"influence\"", "\"level\": 2, \"code\": \"influence\"", System.StringComparison.Ordinal), TwoGroups);

        Evaluation(doc, E(ProblemCodes.ClassLevelMismatch, "$.indicators[1].class", null, "'influence' is a level-2 class, not a level-1 class."));
    }

    [Fact]
    public void Declaration_WithBadLevelCodeOrNames_IsInvalidValueOrNameRequired()
    {
        var doc = Nested(Declared.Replace("]", """
            , { "level": 3, "code": "Third", "name": { "zh": " ", "en": "Third" } } ]
            """, System.StringComparison.Ordinal), TwoGroups);

        var codes = Refused(JsonDocuments.Evaluation, doc).Problems.Select(p => $"{p.Code} {p.Location.JsonPath}").Order(System.StringComparer.Ordinal);

        Assert.Equal(["invalid-value $.classes[2].code", "invalid-value $.classes[2].level", "name-required $.classes[2].name.zh"], codes);
    }

    [Fact]
    public void CountsAs_OfTheOtherLevelOrNoBuiltInClass_IsReportedAtCountsAs()
    {
        var doc = Nested("""
            "classes": [
              { "level": 1, "code": "result", "name": { "zh": "结果", "en": "Result" }, "countsAs": "social" },
              { "level": 1, "code": "influence", "name": { "zh": "影响力", "en": "Influence" }, "countsAs": "impact" } ],
            """, TwoGroups);

        Evaluation(
            doc,
            E(ProblemCodes.ClassLevelMismatch, "$.classes[0].countsAs", null, "'social' is a level-2 class, not a level-1 class."),
            E(ProblemCodes.UnknownClass, "$.classes[1].countsAs", null, "'impact' is not a built-in level-1 class for a declared class to count as (docs/concepts.md lists them)."),
            E(ProblemCodes.UnknownClass, "$.indicators[0].class", null, "'result' is not a built-in level-1 class (docs/concepts.md lists them) nor one the document declares in 'classes'."),
            E(ProblemCodes.UnknownClass, "$.indicators[1].class", null, "'influence' is not a built-in level-1 class (docs/concepts.md lists them) nor one the document declares in 'classes'."));
    }

    [Fact]
    public void NotPrinted_WrittenAsAClass_IsUnknownClass()
    {
        var doc = Nested(Declared, TwoGroups.Replace("\"class\": \"result\"", "\"class\": \"not-printed\"", System.StringComparison.Ordinal));

        Evaluation(
            doc,
            E(ProblemCodes.UnknownClass, "$.indicators[0].class", null, "'not-printed' is the class of a level-2 node the form does not print and is not written in a document; give a level-1 node without level-2 headings its 'indicators' directly."),
            E(ProblemCodes.ClassDeclaredUnused, "$.classes[0].code", null, "No node uses the declared level-1 class 'result'."));
    }

    // Two-level shapes ------------------------------------------------------------------------------------------------

    [Fact]
    public void Group_WithBothChildrenAndIndicators_OrNeither_IsShapeConflict()
    {
        var both = Nested(Declared, TwoGroups.Replace("\"points\": 10, \"indicators\": [", "\"points\": 10, \"children\": [], \"indicators\": [", System.StringComparison.Ordinal));
        var neither = Doc(Nested(Declared, TwoGroups).ToJsonString());
        neither["indicators"]![1]!.AsObject().Remove("indicators");

        const string Message = "A level-1 node gives either 'children' (level-2 nodes) or 'indicators' (level-3 indicators without level-2 headings); not both, not neither.";
        Assert.Equal(
            ["shape-conflict $.indicators[0]", "shape-conflict $.indicators[1]"],
            Refused(JsonDocuments.Evaluation, both).Problems.Where(p => p.Code == ProblemCodes.ShapeConflict).Select(p => $"{p.Code} {p.Location.JsonPath}"));
        var found = Refused(JsonDocuments.Evaluation, neither).Problems.Single(p => p.Code == ProblemCodes.ShapeConflict);
        Assert.Equal(("$.indicators[1]", Message), (found.Location.JsonPath, found.MessageEn));
    }

    [Fact]
    public void WeightedTwoLevelGroup_WhoseIndicatorsDoNotAddUp_IsPointsSumAtTheGroupsPoints()
    {
        var doc = Nested(Declared, TwoGroups.Replace("\"class\": \"result\", \"points\": 10", "\"class\": \"result\", \"points\": 12", System.StringComparison.Ordinal));

        Evaluation(doc, E(ProblemCodes.PointsSum, "$.indicators[0].points", "1", "The children of 1 have 10 points in all, not the 12 of 1."));
    }

    [Fact]
    public void Rows_OfOneLevelOneNode_WithLevelTwoOnSomeRowsOnly_AreShapeConflict()
    {
        var doc = Doc("{" + Head + Declared + """
            "rows": [
              { "levelOne": "结果", "levelThree": "管护", "direction": "qualitative", "points": 10, "recordedScore": 8 },
              { "levelOne": "结果", "levelTwo": "社会效益", "levelThree": "示范", "direction": "qualitative", "points": 5, "recordedScore": 4 },
              { "levelOne": "影响力", "levelThree": "示范", "direction": "qualitative", "points": 5, "recordedScore": 4 } ] }
            """);

        Evaluation(doc, E(ProblemCodes.ShapeConflict, "$.rows[1].levelTwo", null, "The rows of the level-1 node '结果' give 'levelTwo' on some rows only: under one level-1 node, every row has a level-2 heading or none has."));
    }

    [Fact]
    public void Row_WithoutLevelTwo_GivingLevelTwoClassOrPoints_IsRecordFields()
    {
        var doc = Doc("{" + Head + Declared + """
            "rows": [
              { "levelOne": "结果", "levelTwoClass": "social", "levelTwoPoints": 10, "levelThree": "管护", "direction": "qualitative", "points": 10, "recordedScore": 8 },
              { "levelOne": "影响力", "levelThree": "示范", "direction": "qualitative", "points": 5, "recordedScore": 4 } ] }
            """);

        Evaluation(
            doc,
            E(ProblemCodes.RecordFields, "$.rows[0].levelTwoClass", null, "A row without 'levelTwo' cannot give 'levelTwoClass'."),
            E(ProblemCodes.RecordFields, "$.rows[0].levelTwoPoints", null, "A row without 'levelTwo' cannot give 'levelTwoPoints'."));
    }

    [Fact]
    public void TwoLevelTarget_WithADeclaredClass_RoundTripsAsTheSameBytes()
    {
        var target = Doc("""
            { "kind": "performance-target", "schemaVersion": 1, "subject": { "type": "project", "code": "P1" }, "year": 2021,
              "overallGoal": "目标", "authoredBy": "U01", "status": "draft", "weighting": "weighted",
              "classes": [ { "level": 1, "code": "result", "name": { "zh": "结果", "en": "Result" } } ],
              "indicators": [
                { "code": "1", "name": "结果", "class": "result", "points": 100, "indicators": [
                  { "code": "1.1", "name": "满意度", "direction": ">=", "target": 90, "unit": "%", "valueBasis": "plan", "points": 100 } ] } ] }
            """);

        var read = Accepted(JsonDocuments.PerformanceTarget, target);
        var bytes = JsonDocuments.PerformanceTarget.WriteToUtf8Bytes(read);

        Assert.False(read.Indicators.Groups[0].HasLevelTwoHeadings);
        Assert.Equal(bytes, JsonDocuments.PerformanceTarget.WriteToUtf8Bytes(JsonDocuments.PerformanceTarget.Read(bytes)));
        Assert.Equal(JsonNode.Parse(target.ToJsonString())!["indicators"]!.ToJsonString(), JsonNode.Parse(bytes)!["indicators"]!.ToJsonString());
    }

    [Fact]
    public async System.Threading.Tasks.Task Portfolio_WithTheScoreSheetAsAnEvaluation_ReadsWholeAndStreamedAndRoundTrips()
    {
        // Each evaluation of a portfolio declares its own classes; the streaming reader maps it as the whole-document one.
        var sheet = JsonNode.Parse(JsonDocuments.Evaluation.WriteToUtf8Bytes(JsonDocuments.Evaluation.Read(File.ReadAllBytes(ScoreSheetPath))))!.AsObject();
        sheet.Remove("kind");
        sheet.Remove("schemaVersion");
        sheet["subject"]!["code"] = "P002";
        var portfolio = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Documents.RepositoryRoot(), "docs", "json", "examples", "portfolio.json")))!;
        portfolio["evaluations"]!.AsArray().Add(sheet);
        var bytes = Encoding.UTF8.GetBytes(portfolio.ToJsonString());

        var read = Accepted(JsonDocuments.Portfolio, portfolio);
        var streamed = new System.Collections.Generic.List<Evaluation>();
        await foreach (var e in JsonDocuments.ReadPortfolioEvaluationsAsync(new MemoryStream(bytes)))
        {
            streamed.Add(e);
        }

        var written = JsonDocuments.Portfolio.WriteToUtf8Bytes(read);
        Assert.Equal(["投入", "产出", "结果", "影响力"], read.Evaluations[^1].Indicators.Groups.Select(g => g.Name));
        Assert.Equal(read.Evaluations[^1].Indicators.ToRows(), streamed[^1].Indicators.ToRows());
        Assert.Equal(written, JsonDocuments.Portfolio.WriteToUtf8Bytes(JsonDocuments.Portfolio.Read(written)));
    }

    [Fact]
    public void TwoLevelFramework_WithADeclaredClass_RoundTripsWithItsProvenance()
    {
        var framework = Doc("""
            { "kind": "indicator-framework", "schemaVersion": 1, "id": "local-sheet", "title": { "zh": "地方评分表", "en": "Local sheet" },
              "scope": "project", "origin": "common", "source": "某市财政局文件", "weighting": "weighted", "budgetExecutionPoints": 0,
              "classes": [ { "level": 1, "code": "influence", "name": { "zh": "影响力", "en": "Influence" } } ],
              "groups": [
                { "code": "1", "name": "影响力", "class": "influence", "points": 100, "source": "某市财政局文件", "verified": true, "indicators": [
                  { "code": "1.1", "name": "示范带动作用", "direction": "qualitative", "valueBasis": "other", "points": 100, "source": "某市财政局文件", "verified": false } ] } ] }
            """);

        var read = Accepted(JsonDocuments.IndicatorFramework, framework);
        var bytes = JsonDocuments.IndicatorFramework.WriteToUtf8Bytes(read);

        Assert.False(read.GetProvenance(new IndicatorCode("1.1")).IsVerified);
        Assert.True(read.GetProvenance(new IndicatorCode("1")).IsVerified);
        Assert.Equal(bytes, JsonDocuments.IndicatorFramework.WriteToUtf8Bytes(JsonDocuments.IndicatorFramework.Read(bytes)));
        Assert.Null(JsonNode.Parse(bytes)!["groups"]![0]!["children"]);
    }
}
