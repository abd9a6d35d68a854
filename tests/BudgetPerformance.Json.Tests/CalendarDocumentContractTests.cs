using System;
using System.IO;
using System.Linq;
using NodaTime;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Reading a working-day calendar document (docs/quality.md: every problem with a code and a JSON location, never an
/// exception; docs/rules/monitoring.md): the parser's location, the kind and version, blank texts, dates, coverage at
/// its boundary, null entries, and problems located at the entry's index in the JSON array even when entries before it
/// were left out.
/// </summary>
public class CalendarDocumentContractTests
{
    private static string Doc(
        string kind = "\"working-day-calendar\"",
        string version = "1",
        string id = "\"test-2025\"",
        string zh = "\"测试日历\"",
        string en = "\"Test calendar\"",
        string source = "\"国务院办公厅通知\"",
        string verified = "false",
        string from = "\"2025-01-01\"",
        string to = "\"2025-12-31\"",
        string holidays = "[]",
        string workingDays = "[]") =>
        $$"""
        {
          "kind": {{kind}}, "schemaVersion": {{version}}, "id": {{id}},
          "title": { "zh": {{zh}}, "en": {{en}} }, "source": {{source}}, "verified": {{verified}},
          "covers": { "from": {{from}}, "to": {{to}} },
          "holidays": {{holidays}},
          "workingDays": {{workingDays}}
        }
        """;

    private static (string Code, string? Subject)[] Problems(string json) =>
        [.. JsonDocuments.ReadWorkingDayCalendar(json).Problems.Select(p => (p.Code, p.Subject))];

    [Fact]
    public void Read_ValidDocument_KeepsEveryField()
    {
        var result = JsonDocuments.ReadWorkingDayCalendar(Doc(
            verified: "true",
            holidays: """[ { "date": "2025-10-02", "name": "国庆节" }, { "date": "2025-10-01", "name": "国庆节" } ]""",
            workingDays: """[ { "date": "2025-10-11", "name": "国庆节调休上班" } ]"""));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Problems);
        var calendar = result.Calendar!;
        Assert.Same(calendar, result.GetCalendarOrThrow());
        Assert.Equal(("test-2025", "测试日历", "Test calendar", "国务院办公厅通知", true), (calendar.Id, calendar.Title.Chinese, calendar.Title.English, calendar.Source, calendar.Verified));
        Assert.Equal(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), calendar.Covers);
        Assert.Equal(["2025-10-01 国庆节", "2025-10-02 国庆节"], calendar.Holidays.Select(d => d.ToString()));
        Assert.Equal(["2025-10-11 国庆节调休上班"], calendar.MakeUpWorkingDays.Select(d => d.ToString()));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 10, 1)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 10, 11)));
    }

    [Fact]
    public void Read_NotJson_GivesTheParsersLineAndPosition()
    {
        // '{', ' ', then 'n' at byte 2 of line 1 where a property name must start.
        var problem = Assert.Single(JsonDocuments.ReadWorkingDayCalendar("{ not json").Problems);

        Assert.Equal((CalendarProblemCodes.InvalidJson, "$"), (problem.Code, problem.Subject));
        Assert.StartsWith("The document is not a valid working-day calendar: ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith(" (line 1, position 3)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotJsonOnALaterLine_CountsLinesFromOne()
    {
        // Line 2 is `  "kind": x`: the x is at byte 10.
        var problem = Assert.Single(JsonDocuments.ReadWorkingDayCalendar("{\n  \"kind\": x").Problems);

        Assert.Equal(CalendarProblemCodes.InvalidJson, problem.Code);
        Assert.EndsWith(" (line 2, position 11)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongTypeOfAMember_IsLocatedAtThatMember()
    {
        var problem = Assert.Single(JsonDocuments.ReadWorkingDayCalendar(Doc(verified: "\"no\"")).Problems);

        Assert.Equal((CalendarProblemCodes.InvalidJson, "$.verified"), (problem.Code, problem.Subject));
        Assert.StartsWith("The document is not a valid working-day calendar: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingMember_IsInvalidJsonNamingTheMember()
    {
        var json = Doc().Replace("\"source\": \"国务院办公厅通知\", ", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("\"source\"", json, StringComparison.Ordinal);

        var problem = Assert.Single(JsonDocuments.ReadWorkingDayCalendar(json).Problems);

        Assert.Equal(CalendarProblemCodes.InvalidJson, problem.Code);
        Assert.Contains("'source'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"rule-set\"", "1", "Expected a working-day-calendar document of schema version 1, not 'rule-set' version 1.")]
    [InlineData("\"working-day-calendar\"", "2", "Expected a working-day-calendar document of schema version 1, not 'working-day-calendar' version 2.")]
    [InlineData("\"working-day-calendar\"", "0", "Expected a working-day-calendar document of schema version 1, not 'working-day-calendar' version 0.")]
    public void Read_OtherKindOrVersion_IsAWrongKindAtTheKind(string kind, string version, string message)
    {
        var problem = Assert.Single(JsonDocuments.ReadWorkingDayCalendar(Doc(kind: kind, version: version)).Problems);

        Assert.Equal((CalendarProblemCodes.WrongKind, "$.kind", message), (problem.Code, problem.Subject, problem.Message));
    }

    [Fact]
    public void Read_WrongKind_DoesNotHideTheOtherProblems()
    {
        Assert.Equal(
            [(CalendarProblemCodes.WrongKind, "$.kind"), (CalendarProblemCodes.Blank, "$.source")],
            Problems(Doc(kind: "\"evaluation\"", source: "\" \"")));
    }

    [Fact]
    public void Read_BlankTexts_AreEachReportedWithTheirLocation()
    {
        var result = JsonDocuments.ReadWorkingDayCalendar(Doc(zh: "\" \"", en: "\"\"", source: "\"\\t\""));

        Assert.Equal(
            [
                (CalendarProblemCodes.Blank, "$.title.zh", "$.title.zh must not be blank."),
                (CalendarProblemCodes.Blank, "$.title.en", "$.title.en must not be blank."),
                (CalendarProblemCodes.Blank, "$.source", "$.source must not be blank."),
            ],
            result.Problems.Select(p => (p.Code, p.Subject, p.Message)));
        Assert.Null(result.Calendar);
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("2025-1-01")]
    [InlineData("2025-02-29")]
    [InlineData("2025/01/01")]
    [InlineData("-0001-01-01")]
    [InlineData("")]
    public void Read_BadCoverageDate_IsAnInvalidDateAtIt(string text)
    {
        var problem = Assert.Single(JsonDocuments.ReadWorkingDayCalendar(Doc(from: "\"" + text + "\"")).Problems);

        Assert.Equal((CalendarProblemCodes.InvalidDate, "$.covers.from", $"'{text}' is not a date written as yyyy-MM-dd."), (problem.Code, problem.Subject, problem.Message));
    }

    [Fact]
    public void Read_BadEndOfCoverage_IsReportedAndNothingIsCheckedAgainstTheCoverage()
    {
        // Without a coverage the holiday of 2030 cannot be checked against it.
        var problems = Problems(Doc(to: "\"2025-13-01\"", holidays: """[ { "date": "2030-01-01", "name": "元旦" } ]"""));

        Assert.Equal([(CalendarProblemCodes.InvalidDate, "$.covers.to")], problems);
    }

    [Fact]
    public void Read_CoverageEndingTheDayBeforeItStarts_IsInvalidCoverage()
    {
        var result = JsonDocuments.ReadWorkingDayCalendar(Doc(from: "\"2025-01-01\"", to: "\"2024-12-31\"", holidays: """[ { "date": "2030-01-01", "name": "元旦" } ]"""));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(
            (CalendarProblemCodes.InvalidCoverage, "$.covers", "The covered dates end (2024-12-31) before they start (2025-01-01)."),
            (problem.Code, problem.Subject, problem.Message));
    }

    [Fact]
    public void Read_CoverageOfOneDay_IsValid()
    {
        var calendar = JsonDocuments.ReadWorkingDayCalendar(Doc(from: "\"2025-10-01\"", to: "\"2025-10-01\"", holidays: """[ { "date": "2025-10-01", "name": "国庆节" } ]""")).GetCalendarOrThrow();

        Assert.Equal(1, calendar.Covers.Length);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 10, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingDay(new LocalDate(2025, 10, 2)));
    }

    [Fact]
    public void Read_BadDateAndBlankNameOfOneEntry_AreBothReported()
    {
        var result = JsonDocuments.ReadWorkingDayCalendar(Doc(holidays: """[ { "date": "2025-10-1", "name": " " } ]"""));

        Assert.Equal(
            [
                (CalendarProblemCodes.InvalidDate, "$.holidays[0].date", "'2025-10-1' is not a date written as yyyy-MM-dd."),
                (CalendarProblemCodes.Blank, "$.holidays[0].name", "$.holidays[0].name must not be blank."),
            ],
            result.Problems.Select(p => (p.Code, p.Subject, p.Message)));
    }

    [Fact]
    public void Read_NullEntries_AreReportedInBothLists()
    {
        var result = JsonDocuments.ReadWorkingDayCalendar(Doc(holidays: "[ null ]", workingDays: """[ { "date": "2025-10-11", "name": "调休" }, null ]"""));

        Assert.Equal(
            [
                (CalendarProblemCodes.InvalidJson, "$.holidays[0]", "$.holidays[0] must be an object with a date and a name, not null."),
                (CalendarProblemCodes.InvalidJson, "$.workingDays[1]", "$.workingDays[1] must be an object with a date and a name, not null."),
            ],
            result.Problems.Select(p => (p.Code, p.Subject, p.Message)));
    }

    [Fact]
    public void Read_ProblemsOfLaterEntries_AreLocatedAtTheirIndexInTheDocument()
    {
        // holidays[0] and holidays[1] are left out (bad date, null), so the repetition is the second kept entry but
        // the fourth of the array; workingDays[0] is left out (blank name), the Friday is workingDays[1].
        var result = JsonDocuments.ReadWorkingDayCalendar(Doc(
            id: "\"Bad Id\"",
            holidays: """[ { "date": "2025-10-32", "name": "坏" }, null, { "date": "2025-10-01", "name": "国庆节" }, { "date": "2025-10-01", "name": "again" } ]""",
            workingDays: """[ { "date": "2025-10-11", "name": "" }, { "date": "2025-10-10", "name": "a Friday" } ]"""));

        Assert.Equal(
            [
                (CalendarProblemCodes.InvalidDate, "$.holidays[0].date"),
                (CalendarProblemCodes.InvalidJson, "$.holidays[1]"),
                (CalendarProblemCodes.Blank, "$.workingDays[0].name"),
                (CalendarProblemCodes.InvalidId, "$.id"),
                (CalendarProblemCodes.DuplicateDate, "$.holidays[3]"),
                (CalendarProblemCodes.MakeUpDayNotWeekend, "$.workingDays[1]"),
            ],
            result.Problems.Select(p => (p.Code, p.Subject)));
    }

    [Fact]
    public void Read_HolidayOutsideTheCoverage_IsLocatedAtItsEntry()
    {
        var problems = Problems(Doc(holidays: """[ { "date": "2025-12-31", "name": "除夕" }, { "date": "2026-01-01", "name": "元旦" } ]"""));

        Assert.Equal([(CalendarProblemCodes.OutsideCoverage, "$.holidays[1]")], problems);
    }

    [Fact]
    public void GetCalendarOrThrow_ListsEveryProblemOnItsOwnLine()
    {
        var result = JsonDocuments.ReadWorkingDayCalendar(Doc(zh: "\"\"", source: "\" \""));

        var e = Assert.Throws<InvalidDataException>(() => result.GetCalendarOrThrow());

        Assert.Equal(
            "The working-day calendar has 2 problem(s):" + Environment.NewLine +
            "- calendar-blank at $.title.zh: $.title.zh must not be blank." + Environment.NewLine +
            "- calendar-blank at $.source: $.source must not be blank.",
            e.Message);
    }

    private const string Head = """
        "kind": "working-day-calendar", "schemaVersion": 1, "id": "test-cn-2025",
        "title": { "zh": "测试日历", "en": "Test calendar" }, "source": "测试", "verified": false,
        "covers": { "from": "2025-01-01", "to": "2025-12-31" },
        """;

    [Fact]
    public void Read_JsonNull_IsAnInvalidDocument()
    {
        var result = JsonDocuments.ReadWorkingDayCalendar("null");

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((CalendarProblemCodes.InvalidJson, "$", "The document is null."), (problem.Code, problem.Subject, problem.Message));
    }

    [Fact]
    public void Read_NullEntryAndBlankName_AreReportedAtTheEntry()
    {
        var json = "{" + Head + """
            "holidays": [ null, { "date": "2025-10-01", "name": " " }, { "date": "2025-10-02", "name": "国庆节" } ],
            "workingDays": []
            }
            """;

        var result = JsonDocuments.ReadWorkingDayCalendar(json);

        Assert.Null(result.Calendar);
        Assert.Equal(
            [(CalendarProblemCodes.InvalidJson, "$.holidays[0]"), (CalendarProblemCodes.Blank, "$.holidays[1].name")],
            result.Problems.Select(p => (p.Code, p.Subject)));
    }

    [Fact]
    public void Read_NullText_ThrowsNamingJson() =>
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => JsonDocuments.ReadWorkingDayCalendar(null!)).ParamName);
}
