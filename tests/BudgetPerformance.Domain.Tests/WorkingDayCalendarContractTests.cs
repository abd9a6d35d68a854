using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Calendars;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// The working-day calendars' contract (docs/rules/monitoring.md, the XML documentation of WorkingDayCalendar.cs):
/// counting strictly after the start date, the gap limit on both sides, the Monday–Friday rule, holidays and make-up
/// days, coverage at both ends, every invariant with its code, subject and message, and the guards' parameter names.
/// Days of the week used below: 2025-01-01 Wednesday, 2025-01-04 Saturday, 2025-10-01 Wednesday, 2025-10-04 Saturday,
/// 2025-10-10 Friday, 2025-10-11 Saturday, 2025-12-31 Wednesday, 2021-01-01 Friday.
/// </summary>
public class WorkingDayCalendarContractTests
{
    private static readonly DateInterval Year2025 = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
    private static readonly LocalizedName Title = new("测试日历", "Test calendar");

    private static CalendarDay Day(int year, int month, int day, string name = "节日") => new(new LocalDate(year, month, day), name);

    private static HolidayCalendar Calendar(IEnumerable<CalendarDay>? holidays = null, IEnumerable<CalendarDay>? workingDays = null) =>
        new("test-2025", Title, "国务院办公厅通知", false, Year2025, holidays ?? [], workingDays ?? []);

    // WorkingDays.Add ---------------------------------------------------------------------------------------------

    [Fact]
    public void Add_One_IsTheNextWorkingDay_NeverTheStartDate()
    {
        // From Monday 2025-10-06 the next working day is Tuesday the 7th; from Friday the 10th it is Monday the 13th.
        Assert.Equal(new LocalDate(2025, 10, 7), WorkingDays.Add(WeekdayCalendar.Instance, new LocalDate(2025, 10, 6), 1));
        Assert.Equal(new LocalDate(2025, 10, 13), WorkingDays.Add(WeekdayCalendar.Instance, new LocalDate(2025, 10, 10), 1));
        Assert.Equal(new LocalDate(2025, 10, 13), WorkingDays.Add(WeekdayCalendar.Instance, new LocalDate(2025, 10, 11), 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Add_CountBelowOne_ThrowsNamingCountWithItsValue(int count)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(WeekdayCalendar.Instance, new LocalDate(2025, 1, 1), count));

        Assert.Equal("count", e.ParamName);
        Assert.Equal(count, e.ActualValue);
        Assert.StartsWith("Count at least one working day.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_NullCalendar_ThrowsNamingTheCalendar() =>
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => WorkingDays.Add(null!, new LocalDate(2025, 1, 1), 1)).ParamName);

    [Fact]
    public void Add_GapOfExactlyTheMaximum_StillFindsTheWorkingDayAfterIt()
    {
        // 2021-01-02 .. 2021-01-01 + 366 are not working days (366 in a row); the day after is.
        var start = new LocalDate(2021, 1, 1);
        var calendar = new SetCalendar("gaps", start.PlusDays(WorkingDays.MaximumGap + 1));

        Assert.Equal(start.PlusDays(WorkingDays.MaximumGap + 1), WorkingDays.Add(calendar, start, 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Add_GapOfOneMoreThanTheMaximum_ThrowsNamingTheCalendarTheLimitAndTheStartOfTheGap_InAnyCulture(string culture)
    {
        // The date is written yyyy-MM-dd whatever the current culture (docs/quality.md: invariant-culture formatting);
        // it was the culture's long date ("Friday, 01 January 2021", "2021年1月1日") until this test.
        var start = new LocalDate(2021, 1, 1);
        var calendar = new SetCalendar("gaps", start.PlusDays(WorkingDays.MaximumGap + 2));
        var original = CultureInfo.CurrentCulture;
        InvalidOperationException e;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            e = Assert.Throws<InvalidOperationException>(() => WorkingDays.Add(calendar, start, 1));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        Assert.Equal("The calendar 'gaps' has no working day in more than 366 days after 2021-01-01.", e.Message);
    }

    [Fact]
    public void Add_TheGapIsCountedAfresh_AfterEachWorkingDay()
    {
        // Two gaps of 366 non-working days each, separated by one working day: neither gap is too long.
        var start = new LocalDate(2021, 1, 1);
        var first = start.PlusDays(WorkingDays.MaximumGap + 1);
        var second = first.PlusDays(WorkingDays.MaximumGap + 1);
        var calendar = new SetCalendar("gaps", first, second);

        Assert.Equal(second, WorkingDays.Add(calendar, start, 2));
    }

    [Fact]
    public void Add_CountsEveryWorkingDay_OnAHolidayCalendar()
    {
        // Holidays Wednesday 1 and Thursday 2 October; make-up Saturday 4 October. From Tuesday 30 September:
        // Friday 3 (1), Saturday 4 (2), Monday 6 (3).
        var calendar = Calendar([Day(2025, 10, 1), Day(2025, 10, 2)], [Day(2025, 10, 4, "调休")]);

        Assert.Equal(new LocalDate(2025, 10, 3), WorkingDays.Add(calendar, new LocalDate(2025, 9, 30), 1));
        Assert.Equal(new LocalDate(2025, 10, 4), WorkingDays.Add(calendar, new LocalDate(2025, 9, 30), 2));
        Assert.Equal(new LocalDate(2025, 10, 6), WorkingDays.Add(calendar, new LocalDate(2025, 9, 30), 3));
    }

    // WorkingDays.Count -------------------------------------------------------------------------------------------

    [Fact]
    public void Count_BothEndsInclusive()
    {
        // Monday 6 to Friday 10 October: 5; Saturday 11 to Sunday 12: 0; one Monday: 1.
        Assert.Equal(5, WorkingDays.Count(WeekdayCalendar.Instance, new DateInterval(new LocalDate(2025, 10, 6), new LocalDate(2025, 10, 10))));
        Assert.Equal(0, WorkingDays.Count(WeekdayCalendar.Instance, new DateInterval(new LocalDate(2025, 10, 11), new LocalDate(2025, 10, 12))));
        Assert.Equal(1, WorkingDays.Count(WeekdayCalendar.Instance, new DateInterval(new LocalDate(2025, 10, 6), new LocalDate(2025, 10, 6))));
    }

    [Fact]
    public void Count_NullArguments_ThrowWithTheirNames()
    {
        var interval = new DateInterval(new LocalDate(2025, 10, 6), new LocalDate(2025, 10, 10));

        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => WorkingDays.Count(null!, interval)).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentNullException>(() => WorkingDays.Count(WeekdayCalendar.Instance, null!)).ParamName);
    }

    // WeekdayCalendar ---------------------------------------------------------------------------------------------

    [Fact]
    public void WeekdayCalendar_MondayToFridayWork_SaturdayAndSundayDoNot()
    {
        // Monday 6 October 2025 to Sunday 12 October 2025.
        var week = Enumerable.Range(0, 7).Select(i => WeekdayCalendar.Instance.IsWorkingDay(new LocalDate(2025, 10, 6).PlusDays(i)));

        Assert.Equal([true, true, true, true, true, false, false], week);
        Assert.Equal("monday-to-friday", WeekdayCalendar.Instance.Id);
        Assert.Same(WeekdayCalendar.Instance, WeekdayCalendar.Instance);
    }

    // CalendarDay -------------------------------------------------------------------------------------------------

    [Fact]
    public void CalendarDay_KeepsItsDateAndName_AndPrintsThemIso()
    {
        var day = Day(2025, 10, 1, "国庆节");

        Assert.Equal(new LocalDate(2025, 10, 1), day.Date);
        Assert.Equal("国庆节", day.Name);
        Assert.Equal("2025-10-01 国庆节", day.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void CalendarDay_BlankName_ThrowsNamingTheName(string? name)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new CalendarDay(new LocalDate(2025, 10, 1), name!));

        Assert.Equal("name", e.ParamName);
    }

    // HolidayCalendar ---------------------------------------------------------------------------------------------

    [Fact]
    public void HolidayCalendar_KeepsItsDataAndListsTheDaysByDate()
    {
        var calendar = new HolidayCalendar("test-2025", Title, "国务院办公厅通知", true, Year2025,
            [Day(2025, 10, 2, "国庆节二"), Day(2025, 10, 1, "国庆节一")], [Day(2025, 10, 11, "调休二"), Day(2025, 9, 28, "调休一")]);

        Assert.Equal("test-2025", calendar.Id);
        Assert.Equal(Title, calendar.Title);
        Assert.Equal("国务院办公厅通知", calendar.Source);
        Assert.True(calendar.Verified);
        Assert.Equal(Year2025, calendar.Covers);
        Assert.Equal(["2025-10-01 国庆节一", "2025-10-02 国庆节二"], calendar.Holidays.Select(d => d.ToString()));
        Assert.Equal(["2025-09-28 调休一", "2025-10-11 调休二"], calendar.MakeUpWorkingDays.Select(d => d.ToString()));
    }

    [Fact]
    public void IsWorkingDay_HolidaysAreNot_MakeUpDaysAre_OtherwiseMondayToFriday()
    {
        // Holidays: Wednesday 1 October and Saturday 4 October (a holiday on a weekend stays a non-working day).
        var calendar = Calendar([Day(2025, 10, 1), Day(2025, 10, 4)], [Day(2025, 10, 11, "调休")]);

        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 10, 1)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 10, 4)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 10, 11)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 10, 12)));  // Sunday
        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 10, 2)));    // Thursday
        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 10, 10)));   // Friday
    }

    [Fact]
    public void IsWorkingDay_BothEndsOfTheCoverage_AreAnswered()
    {
        var calendar = Calendar();

        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 12, 31)));
    }

    [Theory]
    [InlineData(2024, 12, 31)]
    [InlineData(2026, 1, 1)]
    public void IsWorkingDay_TheDayBeforeOrAfterTheCoverage_IsRefusedWithTheCoverageInTheMessage(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar().IsWorkingDay(date));

        Assert.Equal("date", e.ParamName);
        Assert.Equal(date, e.ActualValue);
        Assert.StartsWith("The calendar 'test-2025' covers 2025-01-01 to 2025-12-31 only: load a calendar for this date.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullOrBlankArguments_ThrowWithTheirNames()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new HolidayCalendar(null!, Title, "s", false, Year2025, [], [])).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new HolidayCalendar("test", Title, null!, false, Year2025, [], [])).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => new HolidayCalendar("test", Title, " ", false, Year2025, [], [])).ParamName);
        Assert.Equal("covers", Assert.Throws<ArgumentNullException>(() => new HolidayCalendar("test", Title, "s", false, null!, [], [])).ParamName);
        Assert.Equal("holidays", Assert.Throws<ArgumentNullException>(() => new HolidayCalendar("test", Title, "s", false, Year2025, null!, [])).ParamName);
        Assert.Equal("workingDays", Assert.Throws<ArgumentNullException>(() => new HolidayCalendar("test", Title, "s", false, Year2025, [], null!)).ParamName);
        Assert.Equal("holidays", Assert.Throws<ArgumentException>(() => new HolidayCalendar("test", Title, "s", false, Year2025, [null!], [])).ParamName);
        Assert.Equal("workingDays", Assert.Throws<ArgumentException>(() => new HolidayCalendar("test", Title, "s", false, Year2025, [], [null!])).ParamName);
    }

    [Fact]
    public void Constructor_BrokenInvariant_ThrowsTheFirstProblemNamingItsParameter()
    {
        var badId = Assert.Throws<DomainInvariantException>(() => new HolidayCalendar("Bad Id", Title, "s", false, Year2025, [Day(2026, 1, 1)], []));
        Assert.Equal(("id", ProblemCodes.CalendarInvalidId, "id"), (badId.ParamName, badId.Problem.Code, badId.Problem.Location.Element));

        var holiday = Assert.Throws<DomainInvariantException>(() => new HolidayCalendar("test", Title, "s", false, Year2025, [Day(2026, 1, 1)], [Day(2025, 10, 10)]));
        Assert.Equal(("holidays", ProblemCodes.CalendarOutsideCoverage, "holidays[0]"), (holiday.ParamName, holiday.Problem.Code, holiday.Problem.Location.Element));

        var working = Assert.Throws<DomainInvariantException>(() => new HolidayCalendar("test", Title, "s", false, Year2025, [], [Day(2025, 10, 10)]));
        Assert.Equal(("workingDays", ProblemCodes.CalendarMakeUpDayNotWeekend, "workingDays[0]"), (working.ParamName, working.Problem.Code, working.Problem.Location.Element));
    }

    // FindProblems ------------------------------------------------------------------------------------------------

    [Fact]
    public void FindProblems_ValidCalendar_HasNone()
    {
        // A holiday on each end of the coverage, a make-up Saturday and Sunday.
        var problems = HolidayCalendar.FindProblems("test-2025", Year2025, [Day(2025, 1, 1), Day(2025, 12, 31)], [Day(2025, 1, 4), Day(2025, 9, 28)]);

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("Bad")]
    [InlineData("a b")]
    [InlineData("")]
    public void FindProblems_InvalidId_IsReportedWithTheId(string id)
    {
        var problem = Assert.Single(HolidayCalendar.FindProblems(id, Year2025, [], []));

        Assert.Equal((ProblemCodes.CalendarInvalidId, "id"), (problem.Code, problem.Location.Element));
        Assert.Equal($"'{id}' is not a valid calendar id: use lower-case ASCII letters, digits and '-'.", problem.MessageEn);
    }

    [Fact]
    public void FindProblems_NullId_IsAnInvalidId()
    {
        var problem = Assert.Single(HolidayCalendar.FindProblems(null, Year2025, [], []));

        Assert.Equal((ProblemCodes.CalendarInvalidId, "id", "'' is not a valid calendar id: use lower-case ASCII letters, digits and '-'."), (problem.Code, problem.Location.Element, problem.MessageEn));
    }

    [Fact]
    public void FindProblems_HolidaysJustOutsideTheCoverage_AreReportedWithTheCoverage()
    {
        var problems = HolidayCalendar.FindProblems("test", Year2025, [Day(2024, 12, 31, "除夕"), Day(2025, 6, 2), Day(2026, 1, 1, "元旦")], []);

        Assert.Equal(
            [
                (ProblemCodes.CalendarOutsideCoverage, "holidays[0]", "The holiday 2024-12-31 除夕 lies outside the covered dates 2025-01-01 to 2025-12-31."),
                (ProblemCodes.CalendarOutsideCoverage, "holidays[2]", "The holiday 2026-01-01 元旦 lies outside the covered dates 2025-01-01 to 2025-12-31."),
            ],
            problems.Select(p => (p.Code, p.Location.Element, p.MessageEn)));
    }

    [Fact]
    public void FindProblems_RepeatedHoliday_IsReportedAtTheRepetition()
    {
        var problems = HolidayCalendar.FindProblems("test", Year2025, [Day(2025, 10, 1), Day(2025, 10, 2), Day(2025, 10, 1, "again")], []);

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.CalendarDuplicateDate, "holidays[2]", "The date 2025-10-01 is listed as a holiday more than once."), (problem.Code, problem.Location.Element, problem.MessageEn));
    }

    [Fact]
    public void FindProblems_MakeUpDayOutsideTheCoverage_IsReportedWithTheCoverage()
    {
        // Saturday 2024-12-28 and Saturday 2026-01-03.
        var problems = HolidayCalendar.FindProblems("test", Year2025, [], [Day(2024, 12, 28, "调休"), Day(2026, 1, 3, "调休")]);

        Assert.Equal(
            [
                (ProblemCodes.CalendarOutsideCoverage, "workingDays[0]", "The make-up working day 2024-12-28 调休 lies outside the covered dates 2025-01-01 to 2025-12-31."),
                (ProblemCodes.CalendarOutsideCoverage, "workingDays[1]", "The make-up working day 2026-01-03 调休 lies outside the covered dates 2025-01-01 to 2025-12-31."),
            ],
            problems.Select(p => (p.Code, p.Location.Element, p.MessageEn)));
    }

    [Fact]
    public void FindProblems_HolidayAlsoAMakeUpDay_IsReportedAtTheMakeUpDay()
    {
        // Saturday 4 October is listed both ways.
        var problems = HolidayCalendar.FindProblems("test", Year2025, [Day(2025, 10, 4)], [Day(2025, 9, 28, "调休"), Day(2025, 10, 4, "调休")]);

        var problem = Assert.Single(problems);
        Assert.Equal(
            (ProblemCodes.CalendarHolidayAndWorkingDay, "workingDays[1]", "The date 2025-10-04 is listed both as a holiday and as a make-up working day."),
            (problem.Code, problem.Location.Element, problem.MessageEn));
    }

    [Fact]
    public void FindProblems_MakeUpDayOnAWeekday_NamesTheDayOfTheWeek()
    {
        var problems = HolidayCalendar.FindProblems("test", Year2025, [], [Day(2025, 10, 10, "调休"), Day(2025, 10, 11, "调休")]);

        var problem = Assert.Single(problems);
        Assert.Equal(
            (ProblemCodes.CalendarMakeUpDayNotWeekend, "workingDays[0]", "The make-up working day 2025-10-10 调休 is a Friday, already a working day: make-up working days are Saturdays or Sundays."),
            (problem.Code, problem.Location.Element, problem.MessageEn));
    }

    [Fact]
    public void FindProblems_EveryProblemOfOneEntry_IsReportedInOrder()
    {
        // Wednesday 2026-01-07 twice as a make-up day, also a holiday: outside, a holiday too, then (second time) a repetition,
        // and each time a weekday.
        var problems = HolidayCalendar.FindProblems("test", Year2025, [Day(2026, 1, 7)], [Day(2026, 1, 7, "调休"), Day(2026, 1, 7, "调休")]);

        Assert.Equal(
            [
                (ProblemCodes.CalendarOutsideCoverage, "holidays[0]"),
                (ProblemCodes.CalendarOutsideCoverage, "workingDays[0]"),
                (ProblemCodes.CalendarHolidayAndWorkingDay, "workingDays[0]"),
                (ProblemCodes.CalendarMakeUpDayNotWeekend, "workingDays[0]"),
                (ProblemCodes.CalendarOutsideCoverage, "workingDays[1]"),
                (ProblemCodes.CalendarHolidayAndWorkingDay, "workingDays[1]"),
                (ProblemCodes.CalendarDuplicateDate, "workingDays[1]"),
                (ProblemCodes.CalendarMakeUpDayNotWeekend, "workingDays[1]"),
            ],
            problems.Select(p => (p.Code, p.Location.Element)));
    }

    [Fact]
    public void FindProblems_NullArguments_ThrowWithTheirNames()
    {
        Assert.Equal("covers", Assert.Throws<ArgumentNullException>(() => HolidayCalendar.FindProblems("test", null!, [], [])).ParamName);
        Assert.Equal("holidays", Assert.Throws<ArgumentNullException>(() => HolidayCalendar.FindProblems("test", Year2025, null!, [])).ParamName);
        Assert.Equal("workingDays", Assert.Throws<ArgumentNullException>(() => HolidayCalendar.FindProblems("test", Year2025, [], null!)).ParamName);
    }

    [Fact]
    public void ProblemCodes_AreTheStableTexts()
    {
        Assert.Equal(
            [
                "calendar-invalid-id", "calendar-outside-coverage", "calendar-duplicate-date", "calendar-holiday-and-working-day", "calendar-make-up-day-not-weekend",
            ],
            [
                ProblemCodes.CalendarInvalidId, ProblemCodes.CalendarOutsideCoverage, ProblemCodes.CalendarDuplicateDate, ProblemCodes.CalendarHolidayAndWorkingDay, ProblemCodes.CalendarMakeUpDayNotWeekend,
            ]);
    }

    /// <summary>A calendar whose working days are exactly the dates given.</summary>
    private sealed class SetCalendar(string id, params LocalDate[] workingDays) : IWorkingDayCalendar
    {
        private readonly HashSet<LocalDate> days = [.. workingDays];

        public string Id => id;

        public bool IsWorkingDay(LocalDate date) => days.Contains(date);
    }
}
