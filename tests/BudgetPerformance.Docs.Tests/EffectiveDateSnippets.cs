using System.IO;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Docs.Tests;

/// <summary>The worked example of docs/rules/effective-dates.md, run (issue 17, item 9).</summary>
public class EffectiveDateSnippets
{
    [Fact]
    public void EffectiveDates_WarnOrRefuse()
    {
        var json = File.ReadAllText(Path.Combine(DocsSnippetTests.RepositoryRoot(), "docs", "json", "examples", "evaluation-agriculture.json"));
        var evaluation = JsonDocuments.Evaluation.Read(json);
        var console = new StringWriter();

        // begin-snippet: effective-dates
        // The national rules, as a province that adopted them for 2024–2028 would ship them.
        var national = RuleSetPresets.Get("national-2020");
        var province = national.WithIdentity("example-province", 1,
            new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2028, 12, 31)), national.Title);

        // The example evaluation was conducted in 2020: scored, with a warning.
        var result = new EvaluationScorer(province).Score(evaluation);
        console.WriteLine($"{result.Outcome} {result.Total} {result.Grade}");
        console.WriteLine($"{result.Problems[0].Severity} {result.Problems[0].Code}");
        console.WriteLine(result.Problems[0].MessageZh);

        // Strict mode refuses it: the result is invalid, with no total and no grade.
        var strict = new EvaluationScorer(province).WithEffectivePeriod(EffectivePeriodPolicy.Refuse).Score(evaluation);
        console.WriteLine($"{strict.Outcome} {strict.Problems[0].Severity} {strict.Problems[0].Code}");
        // end-snippet

        Assert.Equal(new FiscalYear(2020), evaluation.ConductedIn);
        Assert.Equal(
            "Complete 90.37 Excellent\n" +
            "Warning rule-set-not-in-force\n" +
            "规则集 example-province v1 的生效期为 2024-01-01 至 2028-12-31，本评价开展于 2020 年，不在其中：已照常处理，请确认适用的规则集。\n" +
            "Invalid Error rule-set-not-in-force-refused\n",
            console.ToString().ReplaceLineEndings("\n"));
    }
}
