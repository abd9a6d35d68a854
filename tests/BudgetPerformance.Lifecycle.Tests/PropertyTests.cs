using System.Linq;
using BudgetPerformance.Calendars;
using BudgetPerformance.Json;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Monitoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace BudgetPerformance.Lifecycle.Tests;

public class PropertyTests
{
    private static readonly HolidayCalendar China = Fixtures.China2025();

    /// <summary>A date of 2025.</summary>
    private static Gen<LocalDate> Date2025 => Gen.Choose(0, 364).Select(d => new LocalDate(2025, 1, 1).PlusDays(d));

    /// <summary>Colour bands with 0 ≤ yellow ≤ green &lt; blue (or no blue), on whole and half points.</summary>
    private static Gen<ColourBands> Bands =>
        from yellow in Gen.Choose(0, 200)
        from greenStep in Gen.Choose(0, 100)
        from blueStep in Gen.Choose(0, 100)
        select new ColourBands(yellow / 2m, (yellow + greenStep) / 2m, blueStep == 0 ? null : (yellow + greenStep + blueStep) / 2m, Fixtures.Local);

    private static MonitoringRules Rules(ColourBands bands, TimeProgressBasis basis)
    {
        var vendor = MonitoringPresets.VendorStyle();
        return new MonitoringRules(basis, vendor.ProgressRounding, bands, vendor.IndicatorBands, null, null, null, vendor.Actions, vendor.ActionsSource, null, vendor.Source);
    }

    [Property(MaxTest = 300)]
    public Property Assess_ExecutionFalls_ColourNeverImproves() =>
        Prop.ForAll(
            (from date in Date2025
             from bands in Bands
             from basis in Gen.Elements(TimeProgressBasis.WholeMonths, TimeProgressBasis.Days)
             from spent in Gen.Choose(0, 200_000).ListOf(2)
             from actual in Gen.Choose(0, 2400)
             select (date, bands, basis, High: spent.Max(), Low: spent.Min(), actual)).ToArbitrary(),
            x =>
            {
                var rules = Rules(x.bands, x.basis);
                var assessor = new MonitoringAssessor(Fixtures.RuleSetWith(rules), WeekdayCalendar.Instance);
                var high = assessor.Assess(Fixtures.Record(x.date, 100_000m, x.High / 1m, x.actual));
                var low = assessor.Assess(Fixtures.Record(x.date, 100_000m, x.Low / 1m, x.actual));
                var worse = high.Execution.Colour is null
                    ? low.Execution.Colour is null
                    : low.Execution.Colour >= high.Execution.Colour;
                return worse && low.TargetColour == high.TargetColour;
            });

    [Property(MaxTest = 300)]
    public Property ExecutionColour_OfVendorPreset_IsMonotoneInTheRate() =>
        Prop.ForAll(
            (from date in Date2025
             from rates in Gen.Choose(0, 20_000).ListOf(2)
             select (date, High: rates.Max() / 10_000m, Low: rates.Min() / 10_000m)).ToArbitrary(),
            x =>
            {
                var assessor = new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance);
                var high = assessor.ExecutionColour(x.High, x.date);
                var low = assessor.ExecutionColour(x.Low, x.date);
                return high is null ? low is null : low >= high;
            });

    [Property(MaxTest = 300)]
    public Property Add_ResponseDate_IsAfterTheStartAndAWorkingDay() =>
        Prop.ForAll(
            (from date in Date2025
             from count in Gen.Choose(1, 30)
             from useChina in Gen.Elements(true, false)
             select (date, count, useChina)).ToArbitrary(),
            x =>
            {
                IWorkingDayCalendar calendar = x.useChina ? China : WeekdayCalendar.Instance;
                var due = WorkingDays.Add(calendar, x.date, x.count);
                return due > x.date && calendar.IsWorkingDay(due) &&
                       WorkingDays.Count(calendar, new DateInterval(x.date.PlusDays(1), due)) == x.count;
            });

    [Property(MaxTest = 200)]
    public Property Assess_SichuanResponseDate_IsNeverBeforeTheSnapshotNorOnANonWorkingDay() =>
        Prop.ForAll(
            (from date in Date2025
             from spent in Gen.Choose(0, 100)
             from actual in Gen.Choose(0, 1200)
             select (date, spent, actual)).ToArbitrary(),
            x =>
            {
                var snapshot = new MonitoringAssessor(Fixtures.Sichuan2025, China).Assess(Fixtures.Record(x.date, 100m, x.spent, x.actual));
                var warned = snapshot.Action != MonitoringAction.Continue;
                return snapshot.RespondBy is { } due
                    ? warned && due >= x.date && China.IsWorkingDay(due)
                    : !warned;
            });
}
