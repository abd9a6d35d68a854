using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Reconciliation;
using BudgetPerformance.Subjects;
using BudgetPerformance.Testing;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// Issue 17 item 5 (the budget-execution block optional by rule, its points per evaluation type) and item 6 (what each
/// evaluation type must record is a rule-set setting): regression tests for the "Why" bullets "A form without a
/// budget-execution block cannot be expressed" and "a finance evaluation without [an on-site visit date] is refused".
/// </summary>
public class OptionalBudgetBlockTests
{
    private static readonly IndicatorCode Output = new("1.1.1");

    // A self-evaluation form without a budget block: output 60, benefit 30, satisfaction 10 (100 points in the rows).
    private static IndicatorTree HundredPointTree() => new(IndicatorWeighting.Weighted,
    [
        new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 60m,
            [new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 60m, [Example.Q("1.1.1", "高标准农田建设面积", Direction.AtLeast, 5000m, "亩", 60m)])]),
        new LevelOneIndicator(new IndicatorCode("2"), "效益指标", IndicatorClass.Benefit, 30m,
            [new LevelTwoIndicator(new IndicatorCode("2.1"), "经济效益指标", IndicatorClass.Economic, 30m, [Example.Q("2.1.1", "项目区粮食亩产增加", Direction.AtLeast, 50m, "公斤", 30m)])]),
        new LevelOneIndicator(new IndicatorCode("3"), "满意度指标", IndicatorClass.Satisfaction, 10m,
            [new LevelTwoIndicator(new IndicatorCode("3.1"), "服务对象满意度指标", IndicatorClass.BeneficiarySatisfaction, 10m, [Example.Q("3.1.1", "受益农户满意度", Direction.AtLeast, 90m, "%", 10m)])]),
    ]);

    private static IndicatorRecord[] HundredPointRecords() =>
    [
        IndicatorRecord.Measured(Output, 4600m),
        IndicatorRecord.Measured(new IndicatorCode("2.1.1"), 42m),
        IndicatorRecord.Measured(new IndicatorCode("3.1.1"), 93m),
    ];

    private static Evaluation SelfEvaluation(BudgetExecution? budget, IndicatorTree? tree = null, System.Collections.Generic.IEnumerable<IndicatorRecord>? records = null) =>
        new("E-2019-P001", EvaluationType.SelfEvaluation, Example.Project, Example.Unit, new FiscalYear(2019), new FiscalYear(2020),
            tree ?? HundredPointTree(), records ?? HundredPointRecords(), budget);

    private static Evaluation Of(EvaluationType type, Performer performer, BudgetExecution? budget = null, OnSiteVisit? visit = null, IndicatorTree? tree = null, System.Collections.Generic.IEnumerable<IndicatorRecord>? records = null) =>
        new("F-2019-P001", type, Example.Project, performer, new FiscalYear(2019), new FiscalYear(2020), tree ?? HundredPointTree(), records ?? HundredPointRecords(), budget, visit);

    private static readonly Performer Bureau = new(PerformerRole.FinanceBureau, "县财政局");

    [Fact]
    public void SelfEvaluation_RuleSetWithoutTheBlock_NoBudgetFigures_TotalIsTheIndicatorRows()
    {
        // Old behaviour: the evaluation could not even be built (evaluation-constraint "A SelfEvaluation must record its
        // budget execution."), whatever the rule set. Rows: 4600/5000 × 60 = 55.20; 42/50 × 30 = 25.20; 93 ≥ 90 → 10.
        var result = new EvaluationScorer(Rules.National(budgetBlock: false)).Score(SelfEvaluation(null));

        Assert.True(result.Outcome == ScoringOutcome.Complete, string.Join("; ", result.Problems));
        Assert.Empty(result.Problems);
        Assert.Null(result.Budget);
        Assert.Equal(90.40m, result.Total);
        Assert.Equal(Grade.Excellent, result.Grade);
    }

    [Fact]
    public void SelfEvaluation_RuleSetWithTheBlock_NoBudgetFigures_IsBudgetExecutionMissing_Once()
    {
        // National defaults keep today's behaviour: the block applies and the type must record its execution; one problem.
        var result = new EvaluationScorer(Rules.National()).Score(SelfEvaluation(null, Example.Tree(), Example.Records()));

        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.BudgetExecutionMissing, "budgetExecution"), (problem.Code, problem.Location.Element));
    }

    [Fact]
    public void SelfEvaluation_NinetyPointTree_RuleSetWithoutTheBlock_RequiredTotalStillHundred_IsTotalPoints()
    {
        // The required total is the rows plus the block: without a block the rows alone must carry 100 points.
        var result = new EvaluationScorer(Rules.National(budgetBlock: false)).Score(SelfEvaluation(null, Example.Tree(), Example.Records()));

        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.TotalPoints, problem.Code);
        Assert.Equal("The indicators (90) and the budget block (0) carry 90 points, not the 100 the rule set requires.", problem.MessageEn);
    }

    [Fact]
    public void SelfEvaluation_NinetyPointTree_RuleSetWithoutTheBlockOrRequiredTotal_TotalIsTheRows()
    {
        // EXAMPLES.md §1 without its block: 47.27 + 24.60 + 10.00 = 81.87 (the 90.37 of the form less its 8.50 block).
        var result = new EvaluationScorer(Rules.National(budgetBlock: false, requiredTotal: null)).Score(SelfEvaluation(null, Example.Tree(), Example.Records()));

        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(81.87m, result.Total);
        Assert.Equal(Grade.Good, result.Grade);
    }

    [Fact]
    public void FormRecordingABlockScore_RuleSetWithoutTheBlock_IsAWarning_TotalIsTheRows()
    {
        // A form that prints a block the rule set does not have: never silently ignored, flagged at the recorded score.
        var result = new EvaluationScorer(Rules.National(budgetBlock: false)).Score(SelfEvaluation(Example.Budget(recorded: 8.5m)));

        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.BudgetBlockNotInRules, ProblemSeverity.Warning, "budgetExecution.recordedScore"), (problem.Code, problem.Severity, problem.Location.Element));
        Assert.Equal("The form records a budget-execution score of 8.5, but a SelfEvaluation carries no budget block under national-2020 v1: the total is the indicator rows.", problem.MessageEn);
        Assert.Null(result.Budget);
        Assert.Equal(90.40m, result.Total);
    }

    [Fact]
    public void BudgetFiguresWithoutAScore_RuleSetWithoutTheBlock_AreInformationOnly()
    {
        var result = new EvaluationScorer(Rules.National(budgetBlock: false)).Score(SelfEvaluation(Example.Budget()));

        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Empty(result.Problems);
        Assert.Null(result.Budget);
        Assert.Equal(90.40m, result.Total);
    }

    [Fact]
    public void DepartmentEvaluation_WithPointsOfItsOwn_CarriesATwentyPointBlock()
    {
        // Rows of 80 points plus a 20-point block for department evaluations only: 850,000 of 1,000,000 → 0.85 × 20 = 17.00;
        // rows 4600/5000 × 40 = 36.80, 42/50 × 30 = 25.20, 10 → total 89.00.
        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 40m,
                [new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 40m, [Example.Q("1.1.1", "高标准农田建设面积", Direction.AtLeast, 5000m, "亩", 40m)])]),
            new LevelOneIndicator(new IndicatorCode("2"), "效益指标", IndicatorClass.Benefit, 30m,
                [new LevelTwoIndicator(new IndicatorCode("2.1"), "经济效益指标", IndicatorClass.Economic, 30m, [Example.Q("2.1.1", "项目区粮食亩产增加", Direction.AtLeast, 50m, "公斤", 30m)])]),
            new LevelOneIndicator(new IndicatorCode("3"), "满意度指标", IndicatorClass.Satisfaction, 10m,
                [new LevelTwoIndicator(new IndicatorCode("3.1"), "服务对象满意度指标", IndicatorClass.BeneficiarySatisfaction, 10m, [Example.Q("3.1.1", "受益农户满意度", Direction.AtLeast, 90m, "%", 10m)])]),
        ]);
        var national = Rules.National();
        var rules = national.WithBudgetExecution(new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [EvaluationType.SelfEvaluation],
            [new(EvaluationType.DepartmentEvaluation, 20m)], Rules.Deployed));

        var result = new EvaluationScorer(rules).Score(Of(EvaluationType.DepartmentEvaluation, new Performer(PerformerRole.Department, "县农业农村局"), Example.Budget(), tree: tree));

        Assert.True(result.Outcome == ScoringOutcome.Complete, string.Join("; ", result.Problems));
        Assert.Equal((20m, 17.00m), (result.Budget!.Value.Points, result.Budget.Value.Score));
        Assert.Equal(89.00m, result.Total);
    }

    [Fact]
    public void FinanceEvaluationWithoutVisit_NationalRules_IsOnSiteVisitMissing()
    {
        // National defaults keep today's refusal, now a scoring problem citing the rule set rather than a model invariant.
        var result = new EvaluationScorer(Rules.National()).Score(Of(EvaluationType.FinanceEvaluation, Bureau));

        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.OnSiteVisitMissing, "onSiteVisit", "财预〔2020〕10号"), (problem.Code, problem.Location.Element, problem.Source?.Reference));
        Assert.Equal("A FinanceEvaluation must record its on-site visit under national-2020 v1, but none is recorded.", problem.MessageEn);
        Assert.Equal("按 national-2020 v1，财政评价必须记录现场核查，但未记录。", problem.MessageZh);
    }

    [Fact]
    public void FinanceEvaluationWithoutVisit_RuleSetNotRequiringOne_IsScored()
    {
        // Old behaviour: the evaluation could not be built (evaluation-constraint "A FinanceEvaluation must record its on-site visit.").
        var result = new EvaluationScorer(Rules.National(onSiteVisitRequired: false)).Score(Of(EvaluationType.FinanceEvaluation, Bureau));

        Assert.True(result.Outcome == ScoringOutcome.Complete, string.Join("; ", result.Problems));
        Assert.Equal(90.40m, result.Total);
    }

    [Fact]
    public void FinanceEvaluationWithVisit_NationalRules_IsScored() =>
        Assert.Equal(ScoringOutcome.Complete, new EvaluationScorer(Rules.National()).Score(Of(EvaluationType.FinanceEvaluation, Bureau, visit: new OnSiteVisit(new LocalDate(2020, 5, 6)))).Outcome);

    [Fact]
    public void FinanceEvaluationWithoutVisit_RuleSetWithoutRecordRequirements_IsScored() =>
        Assert.Equal(ScoringOutcome.Complete, new EvaluationScorer(Rules.National().WithRecordRequirements(null)).Score(Of(EvaluationType.FinanceEvaluation, Bureau)).Outcome);

    [Fact]
    public void RequiredBudgetExecution_WithoutABlock_IsBudgetExecutionMissing_CitingTheRequirement()
    {
        // A jurisdiction that wants the figures of department evaluations recorded without scoring a block for them.
        var rules = Rules.National().WithRecordRequirements(new RecordRequirementsRules([EvaluationType.SelfEvaluation, EvaluationType.DepartmentEvaluation], [], Rules.Ten));

        var result = new EvaluationScorer(rules).Score(Of(EvaluationType.DepartmentEvaluation, new Performer(PerformerRole.Department, "县农业农村局")));

        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.BudgetExecutionMissing, "budgetExecution"), (problem.Code, problem.Location.Element));
        Assert.Equal("A DepartmentEvaluation must record its budget execution under national-2020 v1, but none is recorded.", problem.MessageEn);
        Assert.Null(result.Budget);
    }

    [Fact]
    public void Explain_SelfEvaluationWithoutABlock_SaysThereIsNone()
    {
        var explanation = new EvaluationScorer(Rules.National(budgetBlock: false)).Explain(SelfEvaluation(null));

        Assert.Null(explanation.BudgetZh);
        Assert.Equal(90.40m, explanation.Result.Total);
        Assert.DoesNotContain(explanation.Result.Problems, p => p.Code == ProblemCodes.BudgetExecutionMissing);
        Assert.Equal(3, explanation.Indicators.Count(i => i.FormulaEn.Length > 0));
    }

    // Reconciliation re-scores under the same rule set, so it reports the same requirements.

    private static IndicatorRecord[] RecordedRows() =>
    [
        IndicatorRecord.Measured(Output, 4600m, recordedScore: 55.20m),
        IndicatorRecord.Measured(new IndicatorCode("2.1.1"), 42m, recordedScore: 25.20m),
        IndicatorRecord.Measured(new IndicatorCode("3.1.1"), 93m, recordedScore: 10.00m),
    ];

    [Fact]
    public void Reconcile_FinanceEvaluationWithoutVisit_National_IsRecordMissing()
    {
        var report = new Reconciler(Rules.National()).Reconcile(Of(EvaluationType.FinanceEvaluation, Bureau, records: RecordedRows()), 0m);

        var d = Assert.Single(report.Discrepancies);
        Assert.Equal((DiscrepancyKind.RecordMissing, "onSiteVisit"), (d.Kind, d.At));
        Assert.Equal("A FinanceEvaluation must record its on-site visit under national-2020 v1, but none is recorded.", d.MessageEn);
    }

    [Fact]
    public void Reconcile_FinanceEvaluationWithoutVisit_RuleSetNotRequiringOne_IsClean() =>
        Assert.True(new Reconciler(Rules.National(onSiteVisitRequired: false)).Reconcile(Of(EvaluationType.FinanceEvaluation, Bureau, records: RecordedRows()), 0m).IsClean);

    [Fact]
    public void Reconcile_FormWithABlockScore_RuleSetWithoutTheBlock_ReportsTheBlockAndTheTotal()
    {
        // The form: rows 90.40 plus a block of 8.50, total 98.90; the rule set scores the rows only (90.40).
        var form = new Evaluation("E-2019-P001", EvaluationType.SelfEvaluation, Example.Project, Example.Unit, new FiscalYear(2019), new FiscalYear(2020),
            HundredPointTree(), RecordedRows(), Example.Budget(recorded: 8.5m), recordedTotal: 98.9m);

        var report = new Reconciler(Rules.National(budgetBlock: false)).Reconcile(form, 0m);

        Assert.Equal(
            [(DiscrepancyKind.BudgetScore, "budget", (decimal?)8.5m, (decimal?)null), (DiscrepancyKind.Total, "total", 98.9m, 90.40m)],
            report.Discrepancies.Select(d => (d.Kind, d.At, d.Recorded, d.Computed)));
        Assert.Equal("budget execution: recorded 8.5, but the rule set carries no budget block for a Self-evaluation", report.Discrepancies[0].MessageEn);
    }

    // The invariant of an optional block: without it the total is the rows, which is the national total less the block's
    // score (sum of rounded scores, nothing rescaled), for any generated self-evaluation.
    private static readonly EvaluationScorer WithBlock = new(PerfRules.National());
    private static readonly EvaluationScorer WithoutBlock = new(PerfRules.National()
        .WithBudgetExecution(new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [], Rules.Deployed))
        .WithAggregation(new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, null, Rules.Deployed)));

    [Property(MaxTest = 100)]
    public Property WithoutTheBlock_TotalIsTheRows_TheNationalTotalLessTheBlockScore() =>
        Prop.ForAll(Gen.Choose(1, int.MaxValue).ToArbitrary(), seed =>
        {
            var evaluation = new EvaluationGenerator((ulong)seed, treePoolSize: 1).Next();
            var national = WithBlock.Score(evaluation);
            var rows = WithoutBlock.Score(evaluation);
            var rescaled = national.Budget is { } b && (b.Flags & ScoreFlags.Rescaled) != 0;
            return rows.Outcome == ScoringOutcome.Complete
                && rows.Budget is null
                && rows.Problems.All(p => p.Severity == ProblemSeverity.Warning) // data-quality warnings leave a result complete
                && rows.Total == rows.LevelOne.Sum(s => s.Score!.Value)
                && (rescaled || national.Total - national.Budget!.Value.Score == rows.Total);
        });
}
