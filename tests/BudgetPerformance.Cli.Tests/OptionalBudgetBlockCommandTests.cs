using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json;
using BudgetPerformance.Json.Output;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Cli.Tests;

/// <summary>
/// Issue 17 items 5 and 6 at the command line (the "Why" bullets "A form without a budget-execution block cannot be
/// expressed" and "a finance evaluation without [an on-site visit date] is refused"): <c>bpm score</c> reads such forms,
/// and the rule set decides whether the block exists and what each type must record.
/// </summary>
public sealed class OptionalBudgetBlockCommandTests : System.IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    // Output 60, benefit 30, satisfaction 10: 4600/5000 × 60 = 55.20, 42/50 × 30 = 25.20, 93 ≥ 90 → 10.00; total 90.40.
    private static IndicatorTree Tree() => new(IndicatorWeighting.Weighted,
    [
        new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 60m,
            [new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 60m, [Q("1.1.1", "高标准农田建设面积", 5000m, "亩", 60m)])]),
        new LevelOneIndicator(new IndicatorCode("2"), "效益指标", IndicatorClass.Benefit, 30m,
            [new LevelTwoIndicator(new IndicatorCode("2.1"), "经济效益指标", IndicatorClass.Economic, 30m, [Q("2.1.1", "项目区粮食亩产增加", 50m, "公斤", 30m)])]),
        new LevelOneIndicator(new IndicatorCode("3"), "满意度指标", IndicatorClass.Satisfaction, 10m,
            [new LevelTwoIndicator(new IndicatorCode("3.1"), "服务对象满意度指标", IndicatorClass.BeneficiarySatisfaction, 10m, [Q("3.1.1", "受益农户满意度", 90m, "%", 10m)])]),
    ]);

    private static LevelThreeIndicator Q(string code, string name, decimal target, string unit, decimal points) =>
        LevelThreeIndicator.Quantitative(new IndicatorCode(code), name, Direction.AtLeast, target, unit, points, ValueBasis.Plan, "说明");

    private static IndicatorRecord[] Records() =>
    [
        IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 4600m),
        IndicatorRecord.Measured(new IndicatorCode("2.1.1"), 42m),
        IndicatorRecord.Measured(new IndicatorCode("3.1.1"), 93m),
    ];

    private string Write(Evaluation evaluation)
    {
        var path = dir.File(evaluation.Id + ".json");
        File.WriteAllText(path, JsonDocuments.Evaluation.Write(evaluation));
        return path;
    }

    private string SelfEvaluationWithoutBlock(BudgetExecution? budget = null) => Write(new Evaluation(
        "E-2019-P001", EvaluationType.SelfEvaluation, new SubjectRef(SubjectType.Project, "P001"), new Performer(PerformerRole.Unit, "县农业农村局"),
        new FiscalYear(2019), new FiscalYear(2020), Tree(), Records(), budget));

    private string FinanceEvaluationWithoutVisit(bool recorded = false) => Write(new Evaluation(
        "F-2019-P001", EvaluationType.FinanceEvaluation, new SubjectRef(SubjectType.Project, "P001"), new Performer(PerformerRole.FinanceBureau, "县财政局"),
        new FiscalYear(2019), new FiscalYear(2020), Tree(), recorded ? RecordedRows() : Records(), recordedTotal: recorded ? 90.40m : null));

    private static IndicatorRecord[] RecordedRows() =>
    [
        IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 4600m, recordedScore: 55.20m),
        IndicatorRecord.Measured(new IndicatorCode("2.1.1"), 42m, recordedScore: 25.20m),
        IndicatorRecord.Measured(new IndicatorCode("3.1.1"), 93m, recordedScore: 10.00m),
    ];

    // A county's rules: the national preset, but its self-evaluation forms print no budget block and its finance
    // re-evaluations record no on-site visit.
    private string CountyRules()
    {
        var doc = JsonNode.Parse(RuleSetPresets.GetJson("national-2020"))!;
        doc["id"] = "no-block-county-2021";
        doc["budgetExecution"]!["appliesTo"] = new JsonArray();
        doc["recordRequirements"]!["budgetExecution"] = new JsonArray();
        doc["recordRequirements"]!["onSiteVisit"] = new JsonArray();
        var path = dir.File("county.json");
        File.WriteAllText(path, doc.ToJsonString());
        return path;
    }

    private static ScoredEvaluationDto Result(Run run) => Assert.Single(CliJson.Read(run.Out, CliJson.Context.ScoringResultsDocument).Results);

    [Fact]
    public async Task Score_SelfEvaluationWithoutBudgetExecution_RuleSetWithoutTheBlock_TotalIsTheRows_Exit0()
    {
        // Old behaviour: the document was refused when read (evaluation-constraint at $.budgetExecution, "A SelfEvaluation
        // must record its budget execution."), under every rule set.
        var run = await Bpm.InProcess("score", SelfEvaluationWithoutBlock(), "--rules", CountyRules(), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var result = Result(run);
        Assert.Equal(("complete", 90.40m, "excellent"), (result.Outcome, result.Total!.Value, result.Grade));
        Assert.Null(result.Budget);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task Score_SelfEvaluationWithoutBudgetExecution_National_IsBudgetExecutionMissing_Exit1()
    {
        // The national preset keeps today's rule: a self-evaluation carries the block and must record its execution.
        var run = await Bpm.InProcess("score", SelfEvaluationWithoutBlock(), "--rules", "national-2020", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var result = Result(run);
        Assert.Equal("invalid", result.Outcome);
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.BudgetExecutionMissing && p.Element == "budgetExecution");
    }

    [Fact]
    public async Task Score_FormRecordingABlockScore_RuleSetWithoutTheBlock_WarnsAtTheRecordedScore_Exit0()
    {
        var run = await Bpm.InProcess("score", SelfEvaluationWithoutBlock(new BudgetExecution(Money.FromYuan(1_000_000m), Money.FromYuan(850_000m), 8.5m)),
            "--rules", CountyRules(), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var result = Result(run);
        Assert.Equal(("complete", 90.40m), (result.Outcome, result.Total!.Value));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.BudgetBlockNotInRules, "warning", "budgetExecution.recordedScore"), (problem.Code, problem.Severity, problem.Element));
    }

    [Fact]
    public async Task Score_FinanceEvaluationWithoutVisit_RuleSetNotRequiringOne_IsScored_Exit0()
    {
        // Old behaviour: refused when read (evaluation-constraint at $.onSiteVisit, "A FinanceEvaluation must record its
        // on-site visit."), though whether a visit is required is the jurisdiction's rule.
        var run = await Bpm.InProcess("score", FinanceEvaluationWithoutVisit(), "--rules", CountyRules(), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(("complete", 90.40m), (Result(run).Outcome, Result(run).Total!.Value));
    }

    [Fact]
    public async Task Score_FinanceEvaluationWithoutVisit_National_IsOnSiteVisitMissing_Exit1()
    {
        var run = await Bpm.InProcess("score", FinanceEvaluationWithoutVisit(), "--rules", "national-2020", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var problem = Assert.Single(Result(run).Problems);
        Assert.Equal((ProblemCodes.OnSiteVisitMissing, "error", "onSiteVisit", "财预〔2020〕10号"), (problem.Code, problem.Severity, problem.Element, problem.Source));
    }

    [Fact]
    public async Task Score_FinanceEvaluationWithoutVisit_Table_ShowsTheProblem()
    {
        var run = await Bpm.InProcess("score", FinanceEvaluationWithoutVisit(), "--rules", "national-2020", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("on-site-visit-missing", run.Out + run.Err, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SelfEvaluationWithoutBudgetExecution_IsValid()
    {
        var run = await Bpm.InProcess("validate", SelfEvaluationWithoutBlock(), "--format", "json");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Rules_Show_National_ListsTheRecordRequirementsFamily()
    {
        var run = await Bpm.InProcess("rules", "show", "national-2020", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("record-requirements", run.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_FinanceSheetWithoutVisit_National_IsRecordMissing_Exit1()
    {
        // Old behaviour: refused when read. Now the sheet's numbers reconcile, and the missing visit the national rules
        // require is a discrepancy of its own.
        var run = await Bpm.InProcess("reconcile", FinanceEvaluationWithoutVisit(recorded: true), "--rules", "national-2020", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var d = Assert.Single(Assert.Single(CliJson.Read(run.Out, CliJson.Context.ReconciliationResultsDocument).Reports).Discrepancies);
        Assert.Equal(("record-missing", "onSiteVisit"), (d.Kind, d.At));
    }

    [Fact]
    public async Task Reconcile_FinanceSheetWithoutVisit_RuleSetNotRequiringOne_IsClean_Exit0()
    {
        var run = await Bpm.InProcess("reconcile", FinanceEvaluationWithoutVisit(recorded: true), "--rules", CountyRules(), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Assert.Single(CliJson.Read(run.Out, CliJson.Context.ReconciliationResultsDocument).Reports).Discrepancies);
    }
}
