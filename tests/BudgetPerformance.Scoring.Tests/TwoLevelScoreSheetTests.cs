using System.IO;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Json;
using BudgetPerformance.Scoring.Reconciliation;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// Issue 17 item 6: the finance re-evaluation score sheet with the level-1 headings 投入 / 产出 / 结果 / 影响力 and no
/// level-2 headings (docs/json/examples/evaluation-score-sheet.json), read and scored by the library. Before the fix it
/// was refused while reading ('levelTwo' required on every row; 结果 and 影响力 unknown-class).
/// </summary>
/// <remarks>
/// The sheet records its on-site visit date (2021-05-18): under today's rules a finance evaluation needs one. Whether a
/// visit is required is becoming a rule-set setting (issue 17 item 6, another change); giving the date keeps this test
/// about the headings whichever way that setting falls.
/// </remarks>
public class TwoLevelScoreSheetTests
{
    private static Evaluation Sheet() =>
        JsonDocuments.Evaluation.Read(File.ReadAllBytes(Path.Combine(DocsExampleTests.RepositoryRoot(), "docs", "json", "examples", "evaluation-score-sheet.json")));

    [Fact]
    public void Score_TwoLevelSheet_SubtotalsAreTheLevelOneOnesAndNoLevelTwoIsInvented()
    {
        var result = new EvaluationScorer(RuleSetPresets.Get("national-2020")).Score(Sheet());

        // By hand (national-2020: proportional, capped, 2 decimals half away from zero; judged rows as given):
        // 投入 5 + 4 + 10 = 19; 产出 15 × 1140 ÷ 1200 = 14.25, 15 × 98 ÷ 100 = 14.70, 10 → 38.95;
        // 结果 15 × 93 ÷ 90 capped at 15, 8 → 23; 影响力 6 + 5 = 11. Total 91.95 ∈ [90, 100] → excellent.
        Assert.True(result.Outcome == ScoringOutcome.Complete, string.Join("; ", result.Problems.Select(p => p.Code + " " + p.MessageEn)));
        Assert.Equal([("1", 20m, 19m), ("2", 40m, 38.95m), ("3", 25m, 23m), ("4", 15m, 11m)], result.LevelOne.Select(s => (s.Code, s.Points, s.Score!.Value)));
        Assert.Empty(result.LevelTwo);
        Assert.Equal(91.95m, result.Total);
        Assert.Equal(Grade.Excellent, result.Grade);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Score_SheetWhoseOwnHeadingsCountAsNoBuiltInClass_FailsTheOutputAndBenefitShare()
    {
        // Without "countsAs": "benefit" on 结果 and 影响力, only 产出 (40 of 100) counts as output or benefit, below the
        // 60% that 财预〔2020〕10号 asks of finance evaluations: the weight check cannot guess what a local heading means.
        var path = Path.Combine(DocsExampleTests.RepositoryRoot(), "docs", "json", "examples", "evaluation-score-sheet.json");
        var text = File.ReadAllText(path).Replace(", \"countsAs\": \"benefit\"", "", System.StringComparison.Ordinal);

        var result = new EvaluationScorer(RuleSetPresets.Get("national-2020")).Score(JsonDocuments.Evaluation.Read(text));

        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        Assert.Equal("Output and benefit carry 40 of 100 points, less than the required share 0.6.", Assert.Single(result.Problems).MessageEn);
    }

    [Fact]
    public void Explain_TwoLevelSheet_NamesTheSheetsOwnHeadingsOnly()
    {
        var explanation = new EvaluationScorer(RuleSetPresets.Get("national-2020")).Explain(Sheet());

        Assert.StartsWith("投入 19.00 + 产出 38.95 + 结果 23.00 + 影响力 11.00 = 91.95", explanation.TotalZh, System.StringComparison.Ordinal);
        Assert.StartsWith("Input 19.00 + Output 38.95 + Result 23.00 + Influence 11.00 = 91.95", explanation.TotalEn, System.StringComparison.Ordinal);
        Assert.DoesNotContain("二级", explanation.TotalZh + string.Concat(explanation.Indicators.Select(i => i.FormulaZh)), System.StringComparison.Ordinal);
        Assert.DoesNotContain("level-2", explanation.TotalEn + string.Concat(explanation.Indicators.Select(i => i.FormulaEn)), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Disclosure_TwoLevelTarget_ShowsNoLevelTwoName()
    {
        // The public target form of a two-level sheet prints no level-2 heading; before the fix no such target could be read.
        var portfolio = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(DocsExampleTests.RepositoryRoot(), "docs", "json", "examples", "portfolio.json")))!;
        var target = portfolio["targets"]![0]!;
        var points = target["indicators"]!.AsArray().Sum(g => g!["points"]!.GetValue<decimal>());
        target["classes"] = System.Text.Json.Nodes.JsonNode.Parse("""[ { "level": 1, "code": "result", "name": { "zh": "结果", "en": "Result" }, "countsAs": "benefit" } ]""");
        target["indicators"] = System.Text.Json.Nodes.JsonNode.Parse(System.FormattableString.Invariant($$"""
            [ { "code": "1", "name": "结果", "class": "result", "points": {{points}}, "indicators": [
                { "code": "1.1", "name": "受益群众满意度", "direction": ">=", "target": 90, "unit": "%", "valueBasis": "plan", "points": {{points}}, "explanation": "问卷" } ] } ]
            """));
        var read = JsonDocuments.Portfolio.Read(portfolio.ToJsonString());

        var disclosure = Disclosure.Disclosure.Create(read, new EvaluationScorer(RuleSetPresets.Get("national-2020")).ScoreAll(read.Evaluations), []);

        var indicator = Assert.Single(Assert.Single(disclosure.Targets).Indicators);
        Assert.Equal(("结果", "", "受益群众满意度"), (indicator.LevelOne, indicator.LevelTwo, indicator.Name));
    }

    [Theory]
    [InlineData(", \"countsAs\": \"quantity\"", false)]
    [InlineData("", true)]
    public void Review_TargetWithADeclaredLevelTwoClass_MeetsTheQuantityRequirementOnlyWhenItCountsAsQuantity(string countsAs, bool missing)
    {
        // national-2020 target review asks for a level-3 indicator under a quantity class (财预〔2021〕101号). A jurisdiction's
        // own 户数指标 heading meets it when its declaration says it counts as quantity, and only then.
        var json = """
            { "kind": "performance-target", "schemaVersion": 1, "subject": { "type": "project", "code": "P1" }, "year": 2021,
              "overallGoal": "目标", "authoredBy": "U01", "status": "submitted", "weighting": "weighted",
              "classes": [ { "level": 2, "code": "households", "name": { "zh": "户数指标", "en": "Households" }COUNTS } ],
              "indicators": [
                { "code": "1", "name": "产出指标", "class": "output", "points": 100, "children": [
                  { "code": "1.1", "name": "户数指标", "class": "households", "points": 100, "indicators": [
                    { "code": "1.1.1", "name": "改造户数", "direction": ">=", "target": 1200, "unit": "户", "valueBasis": "plan", "points": 100, "explanation": "竣工验收户数" } ] } ] } ] }
            """.Replace("COUNTS", countsAs, System.StringComparison.Ordinal);

        var result = new Review.TargetReviewer(RuleSetPresets.Get("national-2020")).Review(JsonDocuments.PerformanceTarget.Read(json), Values.Money.FromYuan(100_000m));

        Assert.Equal(missing, result.Findings.Any(f => f.Code == ReasonCodes.ClassMissing && f.Reason.MessageZh.Contains("数量", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Reconcile_TwoLevelSheet_RecordingWhatScoringGives_FindsNothing()
    {
        var report = new Reconciler(RuleSetPresets.Get("national-2020")).Reconcile(Sheet(), 0m);

        Assert.Empty(report.Discrepancies);
    }
}
