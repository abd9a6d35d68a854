using System;
using System.Linq;
using BudgetPerformance.Calendars;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// The rarer problems of holiday calendars: a null document or entry, blank names, make-up days outside the
/// coverage or repeated, a default title, and a calendar without working days.
/// </summary>
public class CalendarProblemTests
{
    private const string Head = """
        "kind": "working-day-calendar", "schemaVersion": 1, "id": "test-cn-2025",
        "title": { "zh": "测试日历", "en": "Test calendar" }, "source": "测试", "verified": false,
        "covers": { "from": "2025-01-01", "to": "2025-12-31" },
        """;

    private static readonly DateInterval Year2025 = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));

    [Fact]
    public void FindProblems_MakeUpDaysOutsideCoverageOrRepeated()
    {
        // 2026-01-03 and 2025-09-28 are a Saturday and a Sunday, so only coverage and repetition are wrong.
        var problems = HolidayCalendar.FindProblems("test", Year2025, [],
            [new CalendarDay(new LocalDate(2026, 1, 3), "调休"), new CalendarDay(new LocalDate(2025, 9, 28), "调休"), new CalendarDay(new LocalDate(2025, 9, 28), "调休")]);

        Assert.Equal(
            [(ProblemCodes.CalendarOutsideCoverage, "workingDays[0]"), (ProblemCodes.CalendarDuplicateDate, "workingDays[2]")],
            problems.Select(p => (p.Code, p.Location.Element)));
        Assert.Equal("The date 2025-09-28 is listed as a make-up working day more than once.", problems[1].MessageEn);
    }

    [Fact]
    public void Constructor_DefaultTitleOrBadWorkingDay_NamesTheParameter()
    {
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new HolidayCalendar("test", default, "测试", false, Year2025, [], [])).ParamName);
        var outside = new CalendarDay(new LocalDate(2026, 1, 3), "调休");
        Assert.Equal("workingDays", Assert.Throws<DomainInvariantException>(() => new HolidayCalendar("test", new LocalizedName("测试", "Test"), "测试", false, Year2025, [], [outside])).ParamName);
        var ok = new HolidayCalendar("test", new LocalizedName("测试", "Test"), "国务院办公厅通知", true, Year2025, [], []);
        Assert.Equal((new LocalizedName("测试", "Test"), "国务院办公厅通知"), (ok.Title, ok.Source));
    }

    [Fact]
    public void Add_CalendarWithoutWorkingDays_StopsAfterTheMaximumGap()
    {
        var e = Assert.Throws<InvalidOperationException>(() => WorkingDays.Add(new NeverWorking(), new LocalDate(2021, 1, 1), 1));

        Assert.Contains("'never'", e.Message, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"more than {WorkingDays.MaximumGap} days"), e.Message, StringComparison.Ordinal);
    }

    private sealed class NeverWorking : IWorkingDayCalendar
    {
        public string Id => "never";

        public bool IsWorkingDay(LocalDate date) => false;
    }
}
