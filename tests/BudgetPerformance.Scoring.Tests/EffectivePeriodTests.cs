using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// Issue 17, item 9: "Rule sets' effective dates are never checked: a rule set effective 2024–2028 scores a 2019 evaluation
/// without a word." Before the fix each of these results had no problem at all.
/// </summary>
public class EffectivePeriodTests
{
    // The national rules, effective from `start` to `end` (both inclusive).
    private static RuleSet EffectiveFrom(LocalDate start, LocalDate end)
    {
        var national = Rules.National();
        return national.WithIdentity(national.Id, national.Version, new DateInterval(start, end), national.Title);
    }

    private static readonly RuleSet From2024To2028 = EffectiveFrom(new LocalDate(2024, 1, 1), new LocalDate(2028, 12, 31));

    // EXAMPLES.md §1, conducted in `year` (it covers the year before).
    private static Evaluation ConductedIn(int year)
    {
        var e = Example.Evaluation();
        return new Evaluation(e.Id, e.Type, e.Subject, e.Performer, new FiscalYear(year - 1), new FiscalYear(year), e.Indicators, e.Records, e.BudgetExecution);
    }

    [Fact]
    public void AnEvaluationConductedBeforeTheRuleSet_IsScored_WithAWarning()
    {
        var result = new EvaluationScorer(From2024To2028).Score(ConductedIn(2020));
        var inForce = new EvaluationScorer(Rules.National()).Score(ConductedIn(2020));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.RuleSetNotInForce, ProblemSeverity.Warning, "conductedIn"), (problem.Code, problem.Severity, problem.Location.Element));
        Assert.Equal("The rule set national-2020 v1 is in force from 2024-01-01 to 2028-12-31; this evaluation was conducted in 2020, outside that period: processed all the same; check which rule set applies.", problem.MessageEn);
        Assert.Contains("2024-01-01 至 2028-12-31", problem.MessageZh, System.StringComparison.Ordinal);

        // The warning changes nothing else: the same total and grade as under the rule set in force.
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(inForce.Total, result.Total);
        Assert.Equal(inForce.Grade, result.Grade);
        Assert.Empty(inForce.Problems);
    }

    [Theory]
    [InlineData(2023, true)]  // the year before the first day
    [InlineData(2024, false)] // the first year
    [InlineData(2028, false)] // the last year
    [InlineData(2029, true)]  // the year after the last day
    public void TheYearsAtTheEdges(int conducted, bool warned)
    {
        var result = new EvaluationScorer(From2024To2028).Score(ConductedIn(conducted));
        Assert.Equal(warned, result.Problems.Any(p => p.Code == ProblemCodes.RuleSetNotInForce));
    }

    [Theory]
    [InlineData(2019, true)]
    [InlineData(2020, false)] // in force from 25 February 2020: some day of 2020 is in force
    public void ARuleSetFromMidYear_ServesTheWholeYear(int conducted, bool warned)
    {
        var rules = EffectiveFrom(new LocalDate(2020, 2, 25), new LocalDate(2020, 12, 31));
        Assert.Equal(!warned, rules.IsInForceDuring(new FiscalYear(conducted)));
        Assert.Equal(warned, new EvaluationScorer(rules).Score(ConductedIn(conducted)).Problems.Any(p => p.Code == ProblemCodes.RuleSetNotInForce));
    }

    [Fact]
    public void StrictMode_Refuses_TheResultIsInvalid()
    {
        var scorer = new EvaluationScorer(From2024To2028).WithEffectivePeriod(EffectivePeriodPolicy.Refuse);

        var result = scorer.Score(ConductedIn(2019));

        Assert.Equal(EffectivePeriodPolicy.Refuse, scorer.EffectivePeriod);
        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.RuleSetNotInForceRefused, ProblemSeverity.Error), (problem.Code, problem.Severity));
        Assert.Null(result.Total);
        Assert.Null(result.Grade);

        // In force, strict mode changes nothing.
        Assert.Equal(ScoringOutcome.Complete, scorer.Score(ConductedIn(2025)).Outcome);
        Assert.Equal(EffectivePeriodPolicy.Warn, new EvaluationScorer(From2024To2028).EffectivePeriod);
    }

    [Fact]
    public void WithEffectivePeriod_AnUndefinedPolicy_IsAnArgumentError()
    {
        var e = Assert.Throws<System.ArgumentOutOfRangeException>(() => new EvaluationScorer(Rules.National()).WithEffectivePeriod((EffectivePeriodPolicy)7));
        Assert.Equal("policy", e.ParamName);
    }

    [Fact]
    public void Reconcile_CarriesTheWarning_AndAFormThatAgrees_IsStillClean()
    {
        // Reconciliation recomputes with the scorer: the warning is among its result's problems, not a discrepancy. The form
        // records exactly what scoring gives.
        var plain = ConductedIn(2020);
        var computed = new EvaluationScorer(From2024To2028).Score(plain);
        var records = plain.Records.Select((r, i) => r.State == RecordState.Measured
            ? IndicatorRecord.Measured(r.Code, r.Actual!.Value, recordedScore: computed.Indicators[i].Score)
            : IndicatorRecord.Achieved(r.Code, r.Achievement!.Value, r.AssessorScore!.Value, recordedScore: computed.Indicators[i].Score)).ToList();
        var form = new Evaluation(plain.Id, plain.Type, plain.Subject, plain.Performer, plain.CoveredYear, plain.ConductedIn, plain.Indicators, records,
            Example.Budget(recorded: computed.Budget!.Value.Score), recordedTotal: computed.Total, recordedGrade: computed.Grade);

        var report = new Reconciliation.Reconciler(From2024To2028).Reconcile(form, 0m);

        Assert.Contains(report.Explanation.Result.Problems, p => p.Code == ProblemCodes.RuleSetNotInForce);
        Assert.True(report.IsClean, string.Join("; ", report.Discrepancies.Select(d => d.Kind + " " + d.At)));
    }

    [Fact]
    public void Propose_UnderARuleSetNotInForceInTheResultsYear_CarriesTheWarning_TheAmountUnchanged()
    {
        // GradedResults' evaluations are conducted in 2020 (StageFixtures); linqu-county-2021 is in force then, the same rules
        // re-dated to 2024–2028 are not.
        var linqu = Json.RuleSetPresets.Get("linqu-county-2021");
        var later = linqu.WithIdentity("linqu-later", 1, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2028, 12, 31)), linqu.Title);
        var project = Testing.GradedResults.Project();
        var request = Testing.GradedResults.Request(project, Grade.Fair, 3_900_000m);

        var inForce = new Proposals.BudgetProposer(linqu).Propose(request);
        var outside = new Proposals.BudgetProposer(later).Propose(request, [], new LocalDate(2021, 1, 1));

        Assert.Equal(new FiscalYear(2020), request.Result.ConductedIn);
        Assert.Empty(inForce.Problems);
        var problem = Assert.Single(outside.Problems);
        Assert.Equal((ProblemCodes.RuleSetNotInForce, ProblemSeverity.Warning, project.Ref.ToString()), (problem.Code, problem.Severity, problem.Location.Subject));
        Assert.Equal(inForce.Proposed, outside.Proposed);
        Assert.Equal(inForce.ReasonEn, outside.ReasonEn);
    }
}
