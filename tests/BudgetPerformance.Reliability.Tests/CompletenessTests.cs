using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json;
using BudgetPerformance.Reliability.Host;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Reporting;
using BudgetPerformance.Subjects;
using BudgetPerformance.Testing;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Reliability.Tests;

/// <summary>A result is either complete or says what is missing: never a partial score passed off as complete.</summary>
public class CompletenessTests
{
    private static readonly Lazy<List<Evaluation>> Evaluations = new(() => new EvaluationGenerator(EvaluationGenerator.DefaultSeed, 8).Generate(50));

    [Property(MaxTest = 300)]
    public Property Score_SomeRecordsMissing_TotalAndGradeOnlyWhenComplete() =>
        Prop.ForAll(
            (from index in Gen.Choose(0, 49)
             from missing in Gen.Choose(0, EvaluationGenerator.IndicatorsPerEvaluation - 1).ListOf()
             from state in Gen.Elements(0, 1, 2)
             from ruleSet in Gen.Elements(0, 1)
             select (index, missing, state, ruleSet)).ToArbitrary(),
            c =>
            {
                var e = Evaluations.Value[c.index];
                var gone = c.missing.ToHashSet();
                var records = e.Records.Select((r, i) => !gone.Contains(i) ? r : c.state switch
                {
                    0 => IndicatorRecord.NoData(r.Code),
                    1 => IndicatorRecord.NotYetDue(r.Code),
                    _ => IndicatorRecord.NotApplicable(r.Code, "不适用"),
                });
                var changed = new Evaluation(e.Id, e.Type, e.Subject, e.Performer, e.CoveredYear, e.ConductedIn, e.Indicators, records, e.BudgetExecution);
                var result = new EvaluationScorer(c.ruleSet == 0 ? PerfRules.National() : PerfRules.Alternative()).Score(changed);

                if (result.Outcome == ScoringOutcome.Complete)
                {
                    Assert.NotNull(result.Total);
                    Assert.NotNull(result.RawTotal);
                    Assert.NotNull(result.Grade);
                    // A complete result carries no error; warnings (a zero actual on a reverse indicator, a zero target: the
                    // data-quality flags) leave it complete.
                    Assert.All(result.Problems, p => Assert.Equal(Problems.ProblemSeverity.Warning, p.Severity));
                }
                else
                {
                    Assert.Null(result.Total);
                    Assert.Null(result.RawTotal);
                    Assert.Null(result.Grade);
                    Assert.Null(result.Band);
                    Assert.True(result.Outcome == ScoringOutcome.Invalid ? result.Problems.Count > 0 : result.Indicators.Any(i => i.Score is null) || result.Budget?.Score is null);
                }

                // Nothing missing: always complete.
                if (gone.Count == 0)
                {
                    Assert.Equal(ScoringOutcome.Complete, result.Outcome);
                }
            });

    [Fact]
    public void AnnualReport_ExamplePortfolio_EveryEvaluationIsGradedOrCountedAsUngraded()
    {
        var portfolio = CanonicalOutput.ExamplePortfolio();
        var report = new AnnualReporter(RuleSetPresets.Get("linqu-county-2021")).Build(portfolio, new Dictionary<SubjectRef, Money>());

        foreach (var tally in report.Tallies)
        {
            Assert.Equal(tally.Evaluations, tally.Grades.Sum(g => g.Count) + tally.Ungraded);
        }

        Assert.Equal(portfolio.Evaluations.Count, report.Tallies.Sum(t => t.Evaluations));
    }
}
