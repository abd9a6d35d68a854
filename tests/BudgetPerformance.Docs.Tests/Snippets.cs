using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BudgetPerformance.Json;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Proposals;
using BudgetPerformance.Values;

namespace BudgetPerformance.Docs.Tests;

/// <summary>
/// The code samples of README.md and docs/, run here. Each region between <c>// begin-snippet: NAME</c> and
/// <c>// end-snippet</c> is shown verbatim (indentation aside) after a <c>&lt;!-- snippet: NAME --&gt;</c> marker in the
/// docs; <see cref="DocsSnippetTests"/> checks that they agree, so the samples cannot rot.
/// </summary>
public class Snippets
{
    private static string Example(string name) => File.ReadAllText(Path.Combine(DocsSnippetTests.RepositoryRoot(), "docs", "json", "examples", name));

    [Fact]
    public void GettingStarted_ScoreAndExplain()
    {
        var json = Example("evaluation-agriculture.json");
        var console = new StringWriter();

        // begin-snippet: score-and-explain
        var ruleSet = RuleSetPresets.Get("national-2020");          // the caller always names the rule set
        if (!JsonDocuments.Evaluation.TryRead(json, out var evaluation, out var report))
        {
            console.WriteLine(report);                                // every problem, with its JSON path
            return;
        }

        var scorer = new EvaluationScorer(ruleSet);                   // immutable, thread-safe: keep one
        var explanation = scorer.Explain(evaluation!);
        console.WriteLine(explanation.Indicators[0].FormulaZh);
        console.WriteLine(explanation.TotalZh);
        console.WriteLine(explanation.GradeZh);
        // end-snippet

        Assert.Equal(
            "实际完成值 4600 ÷ 目标值 5000 × 分值 15 = 13.80\n" +
            "产出指标 47.27 + 效益指标 24.60 + 满意度指标 10.00 + 预算执行 8.50 = 90.37，按 2 位小数四舍五入 = 90.37\n" +
            "90.37 ∈ [90, 100] → 优\n",
            console.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void GettingStarted_BadInputGetsAReport()
    {
        var console = new StringWriter();

        // begin-snippet: bad-input
        var bad = """{ "kind": "evaluation", "schemaVersion": 1, "id": "E1", "colour": "red" }""";
        if (!JsonDocuments.Evaluation.TryRead(bad, out _, out var problems))
        {
            foreach (var problem in problems.Problems)
            {
                console.WriteLine($"{problem.Code} {problem.Location.JsonPath}");
            }
        }
        // end-snippet

        var lines = console.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("unknown-property $.colour", lines);
        Assert.Contains(lines, l => l.StartsWith("required-missing $.", StringComparison.Ordinal));
    }

    [Fact]
    public void GettingStarted_ProposeTheNextBudget()
    {
        var json = Example("portfolio.json");
        var console = new StringWriter();

        // begin-snippet: propose
        var linqu = RuleSetPresets.Get("linqu-county-2021");
        var portfolio = JsonDocuments.Portfolio.Read(json);                        // docs/json/examples/portfolio.json
        var project = portfolio.SpendingItems.Single(p => p.Code == "P001");
        var evaluation = portfolio.Evaluations.Single(e => e.Id == "F2021-007");   // its finance evaluation
        var result = new EvaluationScorer(linqu).Score(evaluation);                // the grade comes from a result, never typed in
        var proposer = new BudgetProposer(linqu);                                  // needs the result-application family
        var request = Money.FromYuan(4_200_000m);
        var proposal = proposer.Propose(new ProposalRequest(project, result, request, evaluatedAmount: project.Budget));
        console.WriteLine($"{result.Total} {proposal.Grade}: {proposal.Action}, {proposal.Proposed!.Value.Format(MoneyUnit.WanYuan)} ({proposal.Difference!.Value.Format(MoneyUnit.WanYuan)})");
        // end-snippet

        Assert.Equal("91.02 Excellent: Keep, 420 万元 (0 万元)\n", console.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Contributing_FromAFileToAProposal()
    {
        var json = Example("portfolio.json");
        var console = new StringWriter();

        // begin-snippet: file-to-proposal
        // 1. Json: the document becomes the model, or a report of every problem (code, JSON path, Chinese and English).
        if (!JsonDocuments.Portfolio.TryRead(json, out var portfolio, out var report))
        {
            console.WriteLine(report);
            return;
        }

        // 2. Domain: a rule set is data; a jurisdiction's is a preset with a new identity and the families that differ.
        var national = RuleSetPresets.Get("national-2020");
        var county = national
            .WithIdentity("example-county-2021", 1, national.Effective, new LocalizedName("示例县规则", "Example county rules"))
            .WithResultApplication(RuleSetPresets.Get("linqu-county-2021").ResultApplication);

        // 3. Scoring: each stage is an engine built from the rule set, which says up front what the rule set lacks.
        foreach (var problem in BudgetProposer.FindProblems(county))
        {
            console.WriteLine(problem.MessageEn);
        }

        var project = portfolio.SpendingItems.Single(p => p.Code == "P001");
        var result = new EvaluationScorer(county).Score(portfolio.Evaluations.Single(e => e.Id == "F2021-007"));
        var proposal = new BudgetProposer(county).Propose(new ProposalRequest(project, result, Money.FromYuan(4_200_000m), project.Budget));
        console.WriteLine($"{result.Total} {result.Grade}: {proposal.Action}");
        console.WriteLine(proposal.ReasonZh);
        // end-snippet

        // The county keeps the national scoring (the finance evaluation totals 91.02, the same total as under
        // linqu-county-2021 in GettingStarted_ProposeTheNextBudget) and takes Linqu's result rules, under which 优 keeps the
        // request.
        var lines = console.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("91.02 Excellent: Keep", lines[0]);
        Assert.StartsWith("评价等级为“优”", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Equal(("example-county-2021", RuleSetPresets.Get("national-2020").IndicatorScoring), (county.Id, county.IndicatorScoring));
    }

    [Fact]
    public async Task Embedding_BatchJobStreamsAPortfolio()
    {
        var portfolio = File.OpenRead(Path.Combine(DocsSnippetTests.RepositoryRoot(), "docs", "json", "examples", "portfolio.json"));
        var console = new StringWriter();

        // begin-snippet: batch-job
        var scorer = new EvaluationScorer(RuleSetPresets.Get("national-2020"));
        var grades = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var evaluation in JsonDocuments.ReadPortfolioEvaluationsAsync(portfolio))   // one at a time
        {
            var result = scorer.Score(evaluation);                    // no explanations on the bulk path
            var key = result.Outcome == ScoringOutcome.Complete && result.Grade is { } g ? g.GetDisplayName().Chinese : result.Outcome.ToString();
            grades[key] = grades.GetValueOrDefault(key) + 1;
        }

        foreach (var (grade, count) in grades.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            console.WriteLine($"{grade}: {count}");
        }
        // end-snippet

        portfolio.Dispose();
        // The example portfolio holds the agricultural self-evaluation (81.87 of 90 plus its budget block) and a finance
        // evaluation of the same project (81.87 + 9 of 10 for decision = 90.87): both 优.
        Assert.Equal("优: 2\n", console.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Embedding_WebApiHandler()
    {
        var body = Encoding.UTF8.GetBytes(Example("evaluation-agriculture.json"));

        // begin-snippet: web-handler
        // The body of a POST /score handler (ASP.NET Core minimal API or any host): bytes in, status and JSON out.
        static (int Status, string Json) ScoreRequest(byte[] requestBody, EvaluationScorer scorer)
        {
            if (!JsonDocuments.Evaluation.TryRead(requestBody, out var evaluation, out var report))
            {
                return (400, report.ToJson());                       // a validation report, never a stack trace
            }

            var result = scorer.Score(evaluation!);
            return (200, $$"""{"total":{{result.Total}},"grade":"{{result.Grade}}","ruleSet":"{{result.RuleSetId}} v{{result.RuleSetVersion}}"}""");
        }
        // end-snippet

        var scorer = new EvaluationScorer(RuleSetPresets.Get("national-2020"));
        Assert.Equal((200, """{"total":90.37,"grade":"Excellent","ruleSet":"national-2020 v1"}"""), ScoreRequest(body, scorer));
        var (status, json) = ScoreRequest(Encoding.UTF8.GetBytes("{"), scorer);
        Assert.Equal(400, status);
        Assert.Contains("malformed-json", json, StringComparison.Ordinal);
    }
}
