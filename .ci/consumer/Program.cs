// The README's quick start, then scoring under a shipped preset: what an integrator does first.
using BudgetPerformance.Indicators;
using BudgetPerformance.Json;
using BudgetPerformance.Scoring;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

var tree = new IndicatorTree(IndicatorWeighting.Weighted,
[
    new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 50m,
    [
        new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 50m,
            [LevelThreeIndicator.Quantitative(new IndicatorCode("1.1.1"), "高标准农田建设面积", Direction.AtLeast, 5000m, "亩", 50m)]),
    ]),
]);
var target = new PerformanceTarget(new SubjectRef(SubjectType.Project, "P001"), new FiscalYear(2021), "建设高标准农田5000亩", tree, "U01");
foreach (var row in target.Indicators.ToRows())
    Console.WriteLine($"{row.LevelOne.Name} / {row.LevelTwo.Name} / {row.Indicator}");

// Read a rule set and an evaluation from JSON (source-generated contracts), score and explain.
var rules = RuleSetPresets.Get("national-2020");
var json = File.ReadAllText(args[0]);
if (!JsonDocuments.Evaluation.TryRead(json, out var evaluation, out var report))
{
    Console.WriteLine(report);
    return 1;
}

var explanation = new EvaluationScorer(rules).Explain(evaluation!);
Console.WriteLine(explanation.Indicators[0].FormulaZh);
Console.WriteLine($"{explanation.Result.Total} {explanation.Result.Grade!.Value.GetDisplayName().Chinese}");
return 0;
