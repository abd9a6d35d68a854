using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BudgetPerformance.Cli.Sample;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json;
using BudgetPerformance.Json.Output;
using BudgetPerformance.Scoring;
using BudgetPerformance.Values;

namespace BudgetPerformance.Cli.Tests;

/// <summary>The commands run in-process: exit codes, outputs and the JSON shapes.</summary>
public sealed class CommandTests : System.IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private async Task<(string Portfolio, string Requests)> County()
    {
        var run = await Bpm.InDir(dir.Path, "sample", "--county", "--out", "county.json", "--requests-out", "requests.json");
        Assert.Equal(0, run.ExitCode);
        return (dir.File("county.json"), dir.File("requests.json"));
    }

    private string WriteEvaluation(Evaluation evaluation, string name = "evaluation.json")
    {
        var path = dir.File(name);
        File.WriteAllText(path, JsonDocuments.Evaluation.Write(evaluation));
        return path;
    }

    private static Evaluation CountyEvaluation(string id) => SampleCounty.Data.Portfolio.Evaluations.Single(e => e.Id == id);

    private static Evaluation WithRecordedTotal(Evaluation e, decimal total, Grade grade) =>
        new(e.Id, e.Type, e.Subject, e.Performer, e.CoveredYear, e.ConductedIn, e.Indicators, e.Records, e.BudgetExecution, e.OnSiteVisit, total, grade);

    [Fact]
    public async Task Score_PortfolioAsJson_IsDeterministicAndRoundTrips()
    {
        var (county, _) = await County();
        var a = await Bpm.InProcess("score", county, "--rules", "linqu-county-2021", "--format", "json");
        var b = await Bpm.InProcess("score", county, "--rules", "linqu-county-2021", "--format", "json");
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Out, b.Out);
        var document = CliJson.Read(a.Out, CliJson.Context.ScoringResultsDocument);
        Assert.Equal("scoring-results", document.Kind);
        Assert.Equal(584, document.Summary.Count);
        Assert.Equal(584, document.Results.Count);
        Assert.Equal(a.Out, CliJson.Write(document, CliJson.Context.ScoringResultsDocument));
        var property = document.Results.Single(r => r.EvaluationId == "DE2020-01");
        Assert.Equal("fair", property.Grade);
        Assert.Equal("linqu-county-2021", document.RuleSet.Id);
    }

    [Fact]
    public async Task Score_ExplainAsJson_CarriesFormulasAndRoundTrips()
    {
        var path = WriteEvaluation(CountyEvaluation("SE2020-0001"));
        var run = await Bpm.InProcess("score", path, "--explain", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var document = CliJson.Read(run.Out, CliJson.Context.ScoringResultsDocument);
        var result = Assert.Single(document.Results);
        Assert.NotNull(result.Explanation);
        Assert.All(result.Indicators, i => Assert.False(string.IsNullOrEmpty(i.FormulaZh)));
        Assert.Equal(run.Out, CliJson.Write(document, CliJson.Context.ScoringResultsDocument));
    }

    [Fact]
    public async Task Score_OneEvaluationExplained_PrintsEveryFormula()
    {
        var path = WriteEvaluation(CountyEvaluation("DE2020-01"));
        var run = await Bpm.InProcess("score", path, "--rules", "linqu-county-2021", "--explain");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("DE2020-01", run.Out);
        Assert.Contains("定级：", run.Out);
        Assert.Contains("→ 中", run.Out);
        Assert.Contains("实际完成值", run.Out);
    }

    [Fact]
    public async Task Score_PortfolioTable_SummarisesAll()
    {
        var (county, _) = await County();
        var run = await Bpm.InProcess("score", county, "--rules", "linqu-county-2021", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("584 evaluation(s): 584 complete", run.Out);
        Assert.Contains("and 534 more not listed", run.Out);
    }

    [Fact]
    public async Task Score_UnknownRules_OneLineExit1()
    {
        var path = WriteEvaluation(CountyEvaluation("SE2020-0001"));
        var run = await Bpm.InProcess("score", path, "--rules", "no-such-rules");
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Err.TrimEnd().Split('\n'));
        Assert.Contains("national-2020", run.Err);
    }

    [Fact]
    public async Task Score_RuleSetFile_IsAccepted()
    {
        var rules = dir.File("rules.json");
        File.WriteAllText(rules, RuleSetPresets.GetJson("example-uncapped-1dp"));
        var path = WriteEvaluation(CountyEvaluation("SE2020-0001"));
        var run = await Bpm.InProcess("score", path, "--rules", rules, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"id\": \"example-uncapped-1dp\"", run.Out);
    }

    [Fact]
    public async Task Score_LargeStreamedPortfolio_ScoresEveryEvaluation()
    {
        var run = await Bpm.InDir(dir.Path, "sample", "--evaluations", "3000", "--out", "large.json");
        Assert.Equal(0, run.ExitCode);
        var score = await Bpm.InProcess("score", dir.File("large.json"), "--format", "json");
        Assert.Equal(0, score.ExitCode);
        var document = CliJson.Read(score.Out, CliJson.Context.ScoringResultsDocument);
        Assert.Equal(3000, document.Summary.Count);
        Assert.Equal(3000, document.Summary.Complete);
        Assert.Equal("E0003000", document.Results[^1].EvaluationId);
    }

    [Fact]
    public async Task Validate_ValidPortfolio_Exit0()
    {
        var (county, _) = await County();
        var run = await Bpm.InProcess("validate", county);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("有效（portfolio）", run.Out);
    }

    [Fact]
    public async Task Validate_Problems_AreInChineseByDefault_AndInEnglishUnderLangEn()
    {
        var path = dir.File("unknown-property.json");
        File.WriteAllText(path, "{ \"kind\": \"rule-set\", \"schemaVersion\": 1, \"colour\": \"red\" }");

        var zh = await Bpm.InProcess("validate", path);
        var en = await Bpm.InProcess("validate", path, "--lang", "en");

        Assert.Equal((1, 1), (zh.ExitCode, en.ExitCode));
        Assert.Contains("属性“colour”未在契约中定义。", zh.Out);
        Assert.DoesNotContain("The property 'colour' is not part of the contract.", zh.Out);
        Assert.Contains("The property 'colour' is not part of the contract.", en.Out);
        Assert.DoesNotContain("属性“colour”", en.Out);
    }

    [Fact]
    public async Task Score_RuleSetFileWithProblems_ListsThemInTheUsersLanguageOnStandardError()
    {
        var path = dir.File("bad-rules.json");
        File.WriteAllText(path, "{ \"kind\": \"rule-set\", \"schemaVersion\": 1, \"colour\": \"red\" }");

        var run = await Bpm.InProcess("score", dir.File("missing-but-not-read.json"), "--rules", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown-property $.colour: 属性“colour”未在契约中定义。", run.Err);
    }

    [Fact]
    public async Task Validate_BadEvaluation_ReportsCodesAndPathsExit1()
    {
        var json = JsonDocuments.Evaluation.Write(CountyEvaluation("SE2020-0001")).Replace("\"type\": \"self-evaluation\"", "\"type\": \"self-evaluaton\"", System.StringComparison.Ordinal);
        var path = dir.File("bad.json");
        File.WriteAllText(path, json.Replace("\"weighting\": \"weighted\",", "\"weighting\": \"weighted\",\n  \"colour\": 1,", System.StringComparison.Ordinal));
        var table = await Bpm.InProcess("validate", path);
        Assert.Equal(1, table.ExitCode);
        Assert.Contains("unknown-property", table.Out);
        Assert.Contains("$.colour", table.Out);
        var json1 = await Bpm.InProcess("validate", path, "--format", "json");
        Assert.Equal(1, json1.ExitCode);
        using var parsed = JsonDocument.Parse(json1.Out);
        Assert.False(parsed.RootElement.GetProperty("valid").GetBoolean());
        Assert.Contains(parsed.RootElement.GetProperty("problems").EnumerateArray(), e => e.GetProperty("path").GetString() == "$.colour");
    }

    [Fact]
    public async Task Validate_MalformedJson_OneClearLine()
    {
        var path = dir.File("broken.json");
        File.WriteAllText(path, "{ \"kind\": \"evaluation\", ");
        var run = await Bpm.InProcess("validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Err.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("score")]
    [InlineData("reconcile")]
    [InlineData("review")]
    [InlineData("propose")]
    public async Task AnyCommand_MissingFile_OneClearLineExit1(string command)
    {
        var run = await Bpm.InProcess(command, dir.File("missing.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("bpm: 找不到文件：" + dir.File("missing.json"), run.Err.TrimEnd());
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Reconcile_WrongRecordedTotal_ListsItExit1()
    {
        var path = WriteEvaluation(WithRecordedTotal(CountyEvaluation("DE2020-01"), 85.00m, Grade.Good));
        var run = await Bpm.InProcess("reconcile", path, "--rules", "linqu-county-2021", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var document = CliJson.Read(run.Out, CliJson.Context.ReconciliationResultsDocument);
        var report = Assert.Single(document.Reports);
        Assert.False(report.Clean);
        Assert.Contains(report.Discrepancies, d => d.At == "total" && d.Recorded == 85.00m);
        Assert.Contains(report.Discrepancies, d => d.At == "grade");
        Assert.Equal(run.Out, CliJson.Write(document, CliJson.Context.ReconciliationResultsDocument));
        var table = await Bpm.InProcess("reconcile", path, "--rules", "linqu-county-2021");
        Assert.Equal(1, table.ExitCode);
        Assert.Contains("total", table.Out);
    }

    [Fact]
    public async Task Reconcile_MatchingForm_Exit0()
    {
        var e = CountyEvaluation("DE2020-01");
        var total = new EvaluationScorer(RuleSetPresets.Get("linqu-county-2021")).Score(e).Total!.Value;
        var path = WriteEvaluation(WithRecordedTotal(e, total, Grade.Fair));
        var run = await Bpm.InProcess("reconcile", path, "--rules", "linqu-county-2021");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("一致 1", run.Out);
    }

    [Fact]
    public async Task Rules_ListAndShow()
    {
        var list = await Bpm.InProcess("rules", "list");
        Assert.Equal(0, list.ExitCode);
        foreach (var preset in RuleSetPresets.All)
        {
            Assert.Contains(preset.Id, list.Out);
        }

        var show = await Bpm.InProcess("rules", "show", "linqu-county-2021");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("cut-10", show.Out);
        var json = await Bpm.InProcess("rules", "show", "linqu-county-2021", "--format", "json");
        Assert.Equal(RuleSetPresets.GetJson("linqu-county-2021").TrimEnd('\n') + "\n", json.Out);
        Assert.Equal(1, (await Bpm.InProcess("rules", "show", "nowhere")).ExitCode);
    }

    [Fact]
    public async Task Catalog_ListAndShow()
    {
        var list = await Bpm.InProcess("catalog", "list");
        Assert.Equal(0, list.ExitCode);
        var id = Json.IndicatorCatalog.BuiltIn[0].Id;
        Assert.Contains(id, list.Out);
        var show = await Bpm.InProcess("catalog", "show", id);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("一级指标", show.Out);
        var json = await Bpm.InProcess("catalog", "show", id, "--format", "json");
        Assert.True(JsonDocuments.IndicatorFramework.TryRead(json.Out, out _, out var report), report.ToString());
    }

    [Theory]
    [InlineData("evaluation")]
    [InlineData("portfolio")]
    [InlineData("rule-set")]
    [InlineData("performance-target")]
    [InlineData("indicator-framework")]
    public async Task Schema_Kind_IsTheLibrarys(string kind)
    {
        var run = await Bpm.InProcess("schema", kind);
        Assert.Equal(0, run.ExitCode);
        using var parsed = JsonDocument.Parse(run.Out);
        var expected = kind switch
        {
            "evaluation" => JsonDocuments.Evaluation.Schema,
            "portfolio" => JsonDocuments.Portfolio.Schema,
            "rule-set" => JsonDocuments.RuleSet.Schema,
            "performance-target" => JsonDocuments.PerformanceTarget.Schema,
            _ => JsonDocuments.IndicatorFramework.Schema,
        };
        Assert.Equal(expected.TrimEnd('\n'), run.Out.TrimEnd('\n'));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("schema", "nope")]
    [InlineData("score")]
    [InlineData("score", "x.json", "--format", "xml")]
    [InlineData("monitor", "x.json")]
    [InlineData("demo", "--lang", "fr")]
    [InlineData("compare", "x.json", "--rules", "national-2020")]
    public async Task Usage_Errors_Exit2(params string[] args)
    {
        var run = await Bpm.InProcess(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bpm --help", run.Err);
    }

    [Fact]
    public async Task Help_Exit0()
    {
        var run = await Bpm.InProcess("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("demo", run.Out);
        Assert.DoesNotContain("\n  sample", run.Out);
    }

    [Fact]
    public async Task Review_CountyTargets_AllReviewed()
    {
        var (county, _) = await County();
        var run = await Bpm.InProcess("review", county, "--rules", "linqu-county-2021", "--format", "json");
        var document = CliJson.Read(run.Out, CliJson.Context.ReviewResultsDocument);
        Assert.Equal(580, document.Targets.Count);
        Assert.Equal(document.Targets.All(t => t.Passed) ? 0 : 1, run.ExitCode);
        Assert.Equal(run.Out, CliJson.Write(document, CliJson.Context.ReviewResultsDocument));
    }

    [Fact]
    public async Task Review_SingleTargetWithoutAmount_Exit2()
    {
        var path = dir.File("target.json");
        File.WriteAllText(path, JsonDocuments.PerformanceTarget.Write(SampleCounty.Data.Portfolio.Targets[0]));
        Assert.Equal(2, (await Bpm.InProcess("review", path)).ExitCode);
        var run = await Bpm.InProcess("review", path, "--amount", "500000", "--rules", "linqu-county-2021");
        Assert.True(run.ExitCode is 0 or 1);
        Assert.Contains(SampleCounty.Data.Portfolio.Targets[0].Subject.Code, run.Out);
    }

    [Fact]
    public async Task Monitor_BehindSchedule_WarnsExit1()
    {
        var target = SampleCounty.Data.Portfolio.Targets[0];
        var tree = target.Indicators;
        var records = tree.Indicators.Select(i => i.Kind == IndicatorKind.Quantitative ? IndicatorRecord.Measured(i.Code, i.Target!.Value * 0.3m) : IndicatorRecord.Achieved(i.Code, AchievementLevel.PartlyAchieved, 7m)).ToList();
        var evaluation = new Evaluation("M2020-001", EvaluationType.Monitoring, target.Subject, new Performer(PerformerRole.Unit, "单位"), new FiscalYear(2020), new FiscalYear(2020), tree, records,
            new BudgetExecution(Money.FromYuan(1_000_000m), Money.FromYuan(400_000m)));
        var path = WriteEvaluation(evaluation);
        var run = await Bpm.InProcess("monitor", path, "--as-of", "2020-07-31", "--rules", "linqu-county-2021", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var document = CliJson.Read(run.Out, CliJson.Context.MonitoringResultsDocument);
        var snapshot = Assert.Single(document.Snapshots);
        Assert.Equal("yellow", snapshot.ExecutionColour);
        Assert.Equal(68.57m, snapshot.ExecutionValue);
        Assert.Equal(run.Out, CliJson.Write(document, CliJson.Context.MonitoringResultsDocument));
        var table = await Bpm.InProcess("monitor", path, "--as-of", "2020-07-31", "--rules", "linqu-county-2021");
        Assert.Contains("黄", table.Out);
        var outside = await Bpm.InProcess("monitor", path, "--as-of", "2021-01-04", "--rules", "linqu-county-2021");
        Assert.Equal(1, outside.ExitCode);
        Assert.Contains("2021-01-04", outside.Err);
    }

    [Fact]
    public async Task Review_And_Monitor_RuleSetFileWithoutTheFamily_RefuseItBeforeAnyWork_Exit1()
    {
        // national-2020 without its target-review and monitoring families, read from a file: the engines' own problem, one
        // line on standard error, nothing on standard output (the input file is never read: it does not exist).
        var rules = dir.File("no-lifecycle-rules.json");
        File.WriteAllText(rules, JsonDocuments.RuleSet.Write(RuleSetPresets.Get("national-2020").WithTargetReview(null).WithMonitoring(null)));

        var review = await Bpm.InProcess("review", dir.File("never-read.json"), "--amount", "500000", "--rules", rules);
        Assert.Equal(1, review.ExitCode);
        Assert.Equal("", review.Out);
        var line = Assert.Single(review.Err.TrimEnd().Split('\n'));
        Assert.StartsWith("bpm: rule-family-missing ", line, System.StringComparison.Ordinal);
        Assert.EndsWith("规则集 national-2020 v1 缺少绩效目标审核所需的规则：绩效目标审核。", line, System.StringComparison.Ordinal);

        var monitor = await Bpm.InProcess("monitor", dir.File("never-read.json"), "--as-of", "2020-07-31", "--rules", rules, "--lang", "en");
        Assert.Equal(1, monitor.ExitCode);
        Assert.Equal("", monitor.Out);
        line = Assert.Single(monitor.Err.TrimEnd().Split('\n'));
        Assert.StartsWith("bpm: rule-family-missing ", line, System.StringComparison.Ordinal);
        Assert.EndsWith("The rule set national-2020 v1 lacks rules that Monitoring needs: Monitoring.", line, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_County_CutsThePropertyProjectBy390000()
    {
        var (county, requests) = await County();
        var run = await Bpm.InProcess("propose", county, "--rules", "linqu-county-2021", "--requests", requests, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var document = CliJson.Read(run.Out, CliJson.Context.ProposalResultsDocument);
        var property = document.Proposals.Single(p => p.Name == SampleCounty.PropertyProjectName);
        Assert.Equal(-390000m, property.Difference);
        Assert.Equal(3510000m, property.Proposed);
        Assert.Equal("fair", property.Grade);
        Assert.Equal(run.Out, CliJson.Write(document, CliJson.Context.ProposalResultsDocument));
        var table = await Bpm.InProcess("propose", county, "--rules", "linqu-county-2021", "--requests", requests);
        Assert.Contains("-390,000", table.Out);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Propose_RulesWithoutResultApplication_Exit1WithTheRuleFamilyMissingLine_BeforeReadingThePortfolio(string lang)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(RuleSetPresets.GetJson("linqu-county-2021"))!.AsObject();
        Assert.True(json.Remove("resultApplication"));
        var rules = dir.File("no-results.json");
        File.WriteAllText(rules, json.ToJsonString());
        var problem = Assert.Single(Scoring.Reporting.AnnualReporter.FindProblems(JsonDocuments.RuleSet.Read(File.ReadAllText(rules))));

        // The portfolio does not exist: the rule set is refused first, with the engine's own problem and nothing else.
        var run = await Bpm.InProcess("propose", dir.File("no-such-portfolio.json"), "--rules", rules, "--lang", lang);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        var message = lang == "zh" ? problem.MessageZh : problem.MessageEn;
        Assert.Equal($"bpm: rule-family-missing {problem.Location}: {message}\n", run.Err);
        Assert.Contains(lang == "zh" ? "缺少年度报告所需的规则：结果应用。" : "lacks rules that Annual report needs: Result application.", run.Err);
    }

    [Fact]
    public async Task Compare_TwoRuleSets_ReportsGradeChangesAndBudgetEffect()
    {
        var (county, requests) = await County();
        var run = await Bpm.InProcess("compare", county, "--rules", "linqu-county-2021", "--against", "example-uncapped-1dp", "--requests", requests, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var document = CliJson.Read(run.Out, CliJson.Context.ComparisonDocument);
        Assert.Equal(584, document.Evaluations);
        Assert.NotNull(document.BudgetEffect);
        Assert.Equal(document.TotalProposedB - document.TotalProposedA, document.BudgetEffect);
        Assert.All(document.Changes, c => Assert.NotEqual(c.GradeA, c.GradeB));
        Assert.Equal(run.Out, CliJson.Write(document, CliJson.Context.ComparisonDocument));
        var table = await Bpm.InProcess("compare", county, "--rules", "linqu-county-2021", "--against", "example-uncapped-1dp", "--requests", requests, "--lang", "en");
        Assert.Contains("Budget effect", table.Out);
    }
}
