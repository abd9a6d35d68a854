using System;
using System.IO;
using System.Linq;
using BudgetPerformance.Calendars;
using BudgetPerformance.Json;
using BudgetPerformance.Problems;
using NodaTime;

namespace BudgetPerformance.Lifecycle.Tests;

public class CalendarTests
{
    [Fact]
    public void WeekdayCalendar_SaturdayAndSunday_AreNotWorkingDays()
    {
        Assert.True(WeekdayCalendar.Instance.IsWorkingDay(new LocalDate(2025, 10, 10)));   // Friday
        Assert.False(WeekdayCalendar.Instance.IsWorkingDay(new LocalDate(2025, 10, 11)));  // Saturday
        Assert.False(WeekdayCalendar.Instance.IsWorkingDay(new LocalDate(2025, 10, 12)));  // Sunday
        Assert.True(WeekdayCalendar.Instance.IsWorkingDay(new LocalDate(2025, 10, 1)));    // knows no holidays
    }

    [Fact]
    public void Add_TenWorkingDaysAfterTuesday30September_IsTuesday14OctoberOnMondayToFriday() =>
        // 1-3 Oct (3), 6-10 Oct (8), 13-14 Oct (10).
        Assert.Equal(new LocalDate(2025, 10, 14), WorkingDays.Add(WeekdayCalendar.Instance, new LocalDate(2025, 9, 30), 10));

    [Fact]
    public void Add_CrossingNationalDayAndMakeUpSaturday_Is21October()
    {
        // 1-8 Oct are holidays; 9 (1), 10 (2), Saturday 11 make-up (3), 13-17 (8), 20 (9), 21 (10).
        var calendar = Fixtures.China2025();
        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 10, 1)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 10, 11)));
        Assert.Equal(new LocalDate(2025, 10, 21), WorkingDays.Add(calendar, new LocalDate(2025, 9, 30), 10));
    }

    [Fact]
    public void Add_FromAHoliday_DoesNotCountTheStartDate() =>
        // From Saturday 4 October (a holiday): 9 Oct is the first working day, Saturday 11 Oct the third.
        Assert.Equal(new LocalDate(2025, 10, 11), WorkingDays.Add(Fixtures.China2025(), new LocalDate(2025, 10, 4), 3));

    [Fact]
    public void Add_SpringFestivalMakeUpSaturday_CountsIt() =>
        // From Tuesday 4 February 2025 (last holiday): 5, 6, 7 Feb, Saturday 8 Feb (make-up) is the 4th.
        Assert.Equal(new LocalDate(2025, 2, 8), WorkingDays.Add(Fixtures.China2025(), new LocalDate(2025, 2, 4), 4));

    [Fact]
    public void Add_CountBelowOne_Throws() =>
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(WeekdayCalendar.Instance, new LocalDate(2025, 1, 1), 0)).ParamName);

    [Fact]
    public void Count_OctoberWeek_CountsOnlyWorkingDays() =>
        // 6-12 Oct 2025: 6, 7, 8 holidays; 9, 10 working; 11 make-up; 12 Sunday → 3.
        Assert.Equal(3, WorkingDays.Count(Fixtures.China2025(), new DateInterval(new LocalDate(2025, 10, 6), new LocalDate(2025, 10, 12))));

    [Fact]
    public void IsWorkingDay_OutsideCoverage_ThrowsWithTheParameterName() =>
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => Fixtures.China2025().IsWorkingDay(new LocalDate(2027, 1, 4))).ParamName);

    [Fact]
    public void Read_ValidDocument_KeepsItsDataAndIsUnverified()
    {
        Assert.True(JsonDocuments.WorkingDayCalendar.TryRead(Fixtures.China2025AutumnJson, out var calendar, out var report));
        Assert.True(report.IsValid);
        Assert.Equal("test-cn-2025", calendar.Id);
        Assert.False(calendar.Verified);
        Assert.Equal(16, calendar.Holidays.Count);
        Assert.Equal(4, calendar.MakeUpWorkingDays.Count);
    }

    [Fact]
    public void Read_NotJson_ReportsMalformedJsonWithoutThrowing()
    {
        Assert.False(JsonDocuments.WorkingDayCalendar.TryRead("{ not json", out _, out var report));
        Assert.Equal(ProblemCodes.MalformedJson, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public void Read_UnknownMember_IsAnUnknownPropertyAtIt()
    {
        var json = Fixtures.China2025AutumnJson.Replace("\"verified\": false,", "\"verified\": false, \"colour\": \"red\",", StringComparison.Ordinal);
        Assert.False(JsonDocuments.WorkingDayCalendar.TryRead(json, out _, out var report));
        var problem = Assert.Single(report.Problems);
        Assert.Equal((ProblemCodes.UnknownProperty, "$.colour"), (problem.Code, problem.Location.JsonPath));
    }

    [Fact]
    public void Read_SeveralBadEntries_ListsEveryProblemWithItsLocation()
    {
        var json = """
            {
              "kind": "working-day-calendar", "schemaVersion": 1, "id": "Bad Id",
              "title": { "zh": "坏", "en": "" }, "source": "x", "verified": false,
              "covers": { "from": "2025-01-01", "to": "2025-12-31" },
              "holidays": [ { "date": "2025-10-01", "name": "国庆节" }, { "date": "2025-10-02", "name": " " }, { "date": "2026-01-01", "name": "元旦" }, { "date": "2025-10-01", "name": "again" } ],
              "workingDays": [ { "date": "2025-10-01", "name": "clash" }, { "date": "2025-10-10", "name": "a Friday" } ]
            }
            """;
        Assert.False(JsonDocuments.WorkingDayCalendar.TryRead(json, out var calendar, out var report));
        Assert.Null(calendar);
        var found = report.Problems.Select(p => (p.Code, p.Location.JsonPath)).ToHashSet();
        Assert.Contains((ProblemCodes.NameRequired, "$.title.en"), found);
        Assert.Contains((ProblemCodes.NameRequired, "$.holidays[1].name"), found);
        Assert.Contains((ProblemCodes.CalendarOutsideCoverage, "$.holidays[2]"), found);
        Assert.Contains((ProblemCodes.CalendarDuplicateDate, "$.holidays[3]"), found);
        Assert.Contains((ProblemCodes.CalendarHolidayAndWorkingDay, "$.workingDays[0]"), found);
        Assert.Contains((ProblemCodes.CalendarMakeUpDayNotWeekend, "$.workingDays[0]"), found);
        Assert.Contains((ProblemCodes.CalendarMakeUpDayNotWeekend, "$.workingDays[1]"), found);
        Assert.Contains((ProblemCodes.CalendarInvalidId, "$.id"), found);
        var error = Assert.Throws<JsonContractException>(() => JsonDocuments.WorkingDayCalendar.Read(json));
        Assert.Equal(report.Problems, error.Report.Problems);
    }

    [Fact]
    public void Read_CoverageEndingBeforeItStarts_IsReported()
    {
        var json = Fixtures.China2025AutumnJson.Replace("\"to\": \"2026-12-31\"", "\"to\": \"2024-12-31\"", StringComparison.Ordinal);
        Assert.False(JsonDocuments.WorkingDayCalendar.TryRead(json, out _, out var report));
        Assert.Contains(report.Problems, p => p.Code == ProblemCodes.InvalidValue && p.Location.JsonPath == "$.covers.to");
    }

    [Fact]
    public void Read_WrongKind_IsReported()
    {
        var json = Fixtures.China2025AutumnJson.Replace("\"working-day-calendar\"", "\"rule-set\"", StringComparison.Ordinal);
        Assert.False(JsonDocuments.WorkingDayCalendar.TryRead(json, out _, out var report));
        Assert.Equal(ProblemCodes.WrongKind, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public void SampleCalendarFile_LoadsAndIsMarkedUnverified()
    {
        var path = Path.Combine(Fixtures.RepositoryRoot(), "docs", "rules", "calendars", "cn-2025.example.json");
        var calendar = JsonDocuments.WorkingDayCalendar.Read(File.ReadAllText(path));
        Assert.False(calendar.Verified);
        Assert.Contains("example", calendar.Id, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2025, 10, 21), WorkingDays.Add(calendar, new LocalDate(2025, 9, 30), 10));
    }
}
