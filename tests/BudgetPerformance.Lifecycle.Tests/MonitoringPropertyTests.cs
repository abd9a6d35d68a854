using System;
using System.Linq;
using BudgetPerformance.Calendars;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Monitoring;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace BudgetPerformance.Lifecycle.Tests;

/// <summary>Invariants of monitoring (docs/rules/monitoring.md, "Calculation") over generated records and families.</summary>
public class MonitoringPropertyTests
{
    /// <summary>A date of 2025.</summary>
    private static Gen<LocalDate> Date2025 => Gen.Choose(0, 364).Select(d => new LocalDate(2025, 1, 1).PlusDays(d));

    /// <summary>An actual to date of an indicator of 1200, or null for no data.</summary>
    private static Gen<decimal?> Actual => Gen.Frequency(
        (1, Gen.Constant<decimal?>(null)),
        (6, Gen.Choose(0, 2400).Select(a => (decimal?)a)));

    private static MonitoringRecord Record(LocalDate date, decimal spent, decimal?[] actuals, Likelihood?[]? likelihoods = null) =>
        new(Fixtures.MonitoringTarget(actuals.Length), date, new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(spent)),
            actuals.Select((a, i) => a is { } v
                ? IndicatorProgress.Measured(Fixtures.C("1.1." + (i + 1)), v, likelihoods?[i])
                : IndicatorProgress.NoData(Fixtures.C("1.1." + (i + 1)), likelihoods?[i])));

    [Property(MaxTest = 300)]
    public Property Assess_TargetColour_IsTheWorstIndicatorColour() =>
        Prop.ForAll(
            (from date in Date2025
             from spent in Gen.Choose(0, 100)
             from actuals in Gen.Choose(1, 4).SelectMany(n => Actual.ArrayOf(n))
             select (date, spent, actuals)).ToArbitrary(),
            x =>
            {
                var snapshot = new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).Assess(Record(x.date, x.spent, x.actuals));
                var colours = snapshot.Indicators.Where(i => i.Colour is not null).Select(i => i.Colour!.Value).ToArray();
                var hasReason = snapshot.Reasons.Any(r => r.Code == ReasonCodes.TargetColour);
                return colours.Length == 0
                    ? snapshot.TargetColour is null && !hasReason
                    : snapshot.TargetColour == colours.Max() && colours.All(c => c <= snapshot.TargetColour) && hasReason;
            });

    [Property(MaxTest = 300)]
    public Property Assess_IndicatorColour_NeverImprovesAsTheActualFalls() =>
        Prop.ForAll(
            (from date in Date2025
             from actuals in Gen.Choose(0, 2400).ListOf(2)
             select (date, High: (decimal)actuals.Max(), Low: (decimal)actuals.Min())).ToArbitrary(),
            x =>
            {
                WarningColour? Colour(decimal actual) =>
                    new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).Assess(Fixtures.Record(x.date, 100m, 50m, actual)).Indicators.Single().Colour;
                var high = Colour(x.High);
                var low = Colour(x.Low);
                // Severity grows from blue to red: a lower actual is at least as severe.
                return high is null ? low is null && x.date.Month == 1 : low >= high;
            });

    [Property(MaxTest = 300)]
    public Property Assess_Situations_FollowTheColoursAndTheActionIsTheMostSevere() =>
        Prop.ForAll(
            (from date in Date2025
             from spent in Gen.Choose(0, 100)
             from actuals in Gen.Choose(1, 3).SelectMany(n => Actual.ArrayOf(n))
             from likelihoods in Gen.Elements<Likelihood?>(null, Likelihood.Certain, Likelihood.Possible, Likelihood.Impossible).ArrayOf(actuals.Length)
             from actions in Gen.Elements(Enum.GetValues<MonitoringAction>()).ArrayOf(5)
             select (date, spent, actuals, likelihoods, actions)).ToArbitrary(),
            x =>
            {
                var vendor = MonitoringPresets.VendorStyle();
                var map = Enum.GetValues<MonitoringSituation>().ToDictionary(s => s, s => x.actions[(int)s]);
                var rules = new MonitoringRules(vendor.TimeProgress, vendor.ProgressRounding, vendor.ExecutionBands, vendor.IndicatorBands, null, null, null, map, vendor.ActionsSource, null, vendor.Source);
                var s = new MonitoringAssessor(Fixtures.RuleSetWith(rules), WeekdayCalendar.Instance).Assess(Record(x.date, x.spent, x.actuals, x.likelihoods));
                var colours = new[] { s.Execution.Colour, s.TargetColour };
                var impossible = x.likelihoods.Count(l => l == Likelihood.Impossible);
                var serious = colours.Contains(WarningColour.Red);
                var deviation = colours.Contains(WarningColour.Yellow);
                var expected = new[]
                    {
                        serious ? MonitoringSituation.SeriousDeviation : (MonitoringSituation?)null,
                        deviation ? MonitoringSituation.Deviation : null,
                        impossible == 0 ? null : impossible == x.actuals.Length ? MonitoringSituation.AllIndicatorsImpossible : MonitoringSituation.SomeIndicatorsImpossible,
                    }
                    .Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(MonitoringSituation.OnTrack).ToArray();
                return s.Situations.SequenceEqual(expected) && s.Action == expected.Select(v => map[v]).Max();
            });

    [Property(MaxTest = 300)]
    public Property Assess_ReverseIndicator_IsGreenExactlyWhenItMeetsItsDirection() =>
        Prop.ForAll(
            (from cost in Gen.Choose(299_000, 301_000)
             from rework in Gen.Choose(400, 600)
             select (Cost: cost / 100m, Rework: rework / 100m)).ToArbitrary(),
            x =>
            {
                var record = new MonitoringRecord(MonitoringReasonTests.MixedTarget(), new LocalDate(2025, 7, 31), new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(60m)),
                    [IndicatorProgress.Measured(Fixtures.C("1.2.1"), x.Cost), IndicatorProgress.Measured(Fixtures.C("1.2.2"), x.Rework)]);
                var s = new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).Assess(record);
                return s.Indicators[1].Colour == (x.Cost <= 3000m ? WarningColour.Green : WarningColour.Red)
                    && s.Indicators[2].Colour == (x.Rework < 5m ? WarningColour.Green : WarningColour.Red);
            });

    [Property(MaxTest = 300)]
    public Property Assess_Sichuan_RespondsAndSuspendsExactlyWhenNotOnTrack() =>
        Prop.ForAll(
            (from date in Date2025
             from spent in Gen.Choose(0, 100)
             from actuals in Gen.Choose(1, 3).SelectMany(n => Actual.ArrayOf(n))
             select (date, spent, actuals)).ToArbitrary(),
            x =>
            {
                var s = new MonitoringAssessor(Fixtures.Sichuan2025, WeekdayCalendar.Instance).Assess(Record(x.date, x.spent, x.actuals));
                var onTrack = s.Situations.SequenceEqual([MonitoringSituation.OnTrack]);
                var warned = s.Execution.CheckpointMissed || s.GapExceeded;
                return onTrack == !warned
                    && (s.RespondBy is null) == onTrack
                    && s.SuspendedWithoutResponse == !onTrack
                    && s.Reasons.Any(r => r.Code == ReasonCodes.ResponseDue) == !onTrack
                    && s.Reasons.Any(r => r.Code == ReasonCodes.GapExceeded) == s.GapExceeded
                    && (s.GapPoints is not { } gap || s.GapExceeded == gap > 10m);
            });

    [Property(MaxTest = 300)]
    public Property CrossCheck_HigherClaim_NeverImprovesTheColour() =>
        Prop.ForAll(
            (from scores in Gen.Choose(0, 9000).ListOf(2)
             from execution in Gen.Choose(0, 1000)
             from spent in Gen.Choose(0, 100)
             select (High: scores.Max() / 100m, Low: scores.Min() / 100m, Execution: execution / 100m, Spent: (decimal)spent)).ToArbitrary(),
            x =>
            {
                var assessor = new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance);
                var budget = new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(x.Spent));
                var high = assessor.CrossCheck(x.High, 90m, x.Execution, 10m, budget);
                var low = assessor.CrossCheck(x.Low, 90m, x.Execution, 10m, budget);
                var unspentYellow = (100m - x.Spent) / 100m > 0.20m;
                return high.Colour >= low.Colour
                    && high.Reasons.Count > 0
                    && (high.Colour == WarningColour.Red) == (x.High / 90m > x.Execution / 10m * 1.05m)
                    && (high.Colour == WarningColour.Green) == (high.Colour != WarningColour.Red && !unspentYellow);
            });
}
