using System;
using System.Linq;
using BudgetPerformance.Problems;
using NodaTime;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Reading a working-day calendar document, a document kind like the others (docs/json/working-day-calendar.md;
/// docs/rules/monitoring.md): read by the same pipeline, so every problem has a registered code and a JSON path and the
/// reader never throws for bad input; the kind and version, blank texts, dates, coverage at its boundary, null entries,
/// and the model's problems located at the entry's index in the JSON array even when entries before it were left out.
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

    private static (string Code, string? Path)[] Problems(string json)
    {
        Assert.False(JsonDocuments.WorkingDayCalendar.TryRead(json, out var calendar, out var report));
        Assert.Null(calendar);
        return [.. report.Problems.Select(p => (p.Code, p.Location.JsonPath!))];
    }

    private static Problem Single(string json)
    {
        Assert.False(JsonDocuments.WorkingDayCalendar.TryRead(json, out _, out var report));
        return Assert.Single(report.Problems);
    }

    [Fact]
    public void Read_ValidDocument_KeepsEveryField()
    {
        var calendar = JsonDocuments.WorkingDayCalendar.Read(Doc(
            verified: "true",
            holidays: """[ { "date": "2025-10-02", "name": "国庆节" }, { "date": "2025-10-01", "name": "国庆节" } ]""",
            workingDays: """[ { "date": "2025-10-11", "name": "国庆节调休上班" } ]"""));

        Assert.Equal(("test-2025", "测试日历", "Test calendar", "国务院办公厅通知", true), (calendar.Id, calendar.Title.Chinese, calendar.Title.English, calendar.Source, calendar.Verified));
        Assert.Equal(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), calendar.Covers);
        Assert.Equal(["2025-10-01 国庆节", "2025-10-02 国庆节"], calendar.Holidays.Select(d => d.ToString()));
        Assert.Equal(["2025-10-11 国庆节调休上班"], calendar.MakeUpWorkingDays.Select(d => d.ToString()));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 10, 1)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 10, 11)));
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameCalendarAndTheSameText()
    {
        var json = Doc(
            holidays: """[ { "date": "2025-10-01", "name": "国庆节" } ]""",
            workingDays: """[ { "date": "2025-10-11", "name": "国庆节调休上班" } ]""");
        var calendar = JsonDocuments.WorkingDayCalendar.Read(json);

        var written = JsonDocuments.WorkingDayCalendar.Write(calendar);
        var again = JsonDocuments.WorkingDayCalendar.Read(written);

        Assert.Equal(written, JsonDocuments.WorkingDayCalendar.Write(again));
        Assert.Equal((calendar.Id, calendar.Covers, calendar.Holidays.Count, calendar.MakeUpWorkingDays.Count), (again.Id, again.Covers, again.Holidays.Count, again.MakeUpWorkingDays.Count));
        Assert.StartsWith("{\n  \"kind\": \"working-day-calendar\",\n  \"schemaVersion\": 1,", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotJson_IsMalformedJsonAtTheRoot()
    {
        var problem = Single("{ not json");

        Assert.Equal((ProblemCodes.MalformedJson, "$"), (problem.Code, problem.Location.JsonPath!));
    }

    [Fact]
    public void Read_WrongTypeOfAMember_IsLocatedAtThatMember() =>
        Assert.Equal([(ProblemCodes.WrongType, "$.verified")], Problems(Doc(verified: "\"no\"")));

    [Fact]
    public void Read_MissingMember_IsRequiredMissingAtTheMember()
    {
        var json = Doc().Replace("\"source\": \"国务院办公厅通知\", ", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("\"source\"", json, StringComparison.Ordinal);

        Assert.Equal([(ProblemCodes.RequiredMissing, "$.source")], Problems(json));
    }

    [Fact]
    public void Read_UnknownMember_IsUnknownProperty() =>
        Assert.Equal([(ProblemCodes.UnknownProperty, "$.holidays[0].note")], Problems(Doc(holidays: """[ { "date": "2025-10-01", "name": "国庆节", "note": "x" } ]""")));

    [Theory]
    [InlineData("\"rule-set\"", "1", ProblemCodes.WrongKind, "$.kind")]
    [InlineData("\"working-day-calendar\"", "2", ProblemCodes.UnsupportedSchemaVersion, "$.schemaVersion")]
    [InlineData("\"working-day-calendar\"", "0", ProblemCodes.UnsupportedSchemaVersion, "$.schemaVersion")]
    public void Read_OtherKindOrVersion_IsRefusedAtTheHeader(string kind, string version, string code, string path) =>
        Assert.Equal([(code, path)], Problems(Doc(kind: kind, version: version)));

    [Fact]
    public void Read_BlankTexts_AreEachReportedWithTheirLocation()
    {
        Assert.False(JsonDocuments.WorkingDayCalendar.TryRead(Doc(zh: "\" \"", en: "\"\"", source: "\"\\t\""), out _, out var report));

        Assert.Equal(
            [
                (ProblemCodes.NameRequired, "$.title.zh", "The Chinese name must not be empty or white space."),
                (ProblemCodes.NameRequired, "$.title.en", "The English name must not be empty or white space."),
                (ProblemCodes.InvalidValue, "$.source", "The source must not be empty or white space."),
            ],
            report.Problems.Select(p => (p.Code, p.Location.JsonPath!, p.MessageEn)));
    }

    [Theory]
    [InlineData("2025-1-01")]
    [InlineData("2025-02-29")]
    [InlineData("2025/01/01")]
    [InlineData("")]
    public void Read_BadCoverageDate_IsAnInvalidValueAtIt(string text) =>
        Assert.Equal([(ProblemCodes.InvalidValue, "$.covers.from")], Problems(Doc(from: "\"" + text + "\"")));

    [Fact]
    public void Read_CoverageEndingTheDayBeforeItStarts_IsReportedAtItsEnd()
    {
        var problem = Single(Doc(from: "\"2025-01-01\"", to: "\"2024-12-31\"", holidays: """[ { "date": "2030-01-01", "name": "元旦" } ]"""));

        Assert.Equal(
            (ProblemCodes.InvalidValue, "$.covers.to", "The covered dates end (2024-12-31) before they start (2025-01-01).", "覆盖的日期止于 2024-12-31，早于起始日期 2025-01-01。"),
            (problem.Code, problem.Location.JsonPath!, problem.MessageEn, problem.MessageZh));
    }

    [Fact]
    public void Read_CoverageOfOneDay_IsValid()
    {
        var calendar = JsonDocuments.WorkingDayCalendar.Read(Doc(from: "\"2025-10-01\"", to: "\"2025-10-01\"", holidays: """[ { "date": "2025-10-01", "name": "国庆节" } ]"""));

        Assert.Equal(1, calendar.Covers.Length);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 10, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingDay(new LocalDate(2025, 10, 2)));
    }

    [Fact]
    public void Read_NullEntries_AreReportedInBothLists() =>
        Assert.Equal(
            [(ProblemCodes.NullNotAllowed, "$.holidays[0]"), (ProblemCodes.NullNotAllowed, "$.workingDays[1]")],
            Problems(Doc(holidays: "[ null ]", workingDays: """[ { "date": "2025-10-11", "name": "调休" }, null ]""")));

    [Fact]
    public void Read_ProblemsOfLaterEntries_AreLocatedAtTheirIndexInTheDocument()
    {
        // workingDays[0] is left out (blank name), so the Friday is the first kept working day but workingDays[1] of
        // the array; the repeated holiday is holidays[2].
        Assert.Equal(
            [
                (ProblemCodes.NameRequired, "$.workingDays[0].name"),
                (ProblemCodes.CalendarInvalidId, "$.id"),
                (ProblemCodes.CalendarDuplicateDate, "$.holidays[2]"),
                (ProblemCodes.CalendarMakeUpDayNotWeekend, "$.workingDays[1]"),
            ],
            Problems(Doc(
                id: "\"Bad Id\"",
                holidays: """[ { "date": "2025-10-02", "name": "国庆节" }, { "date": "2025-10-01", "name": "国庆节" }, { "date": "2025-10-01", "name": "again" } ]""",
                workingDays: """[ { "date": "2025-10-11", "name": "" }, { "date": "2025-10-10", "name": "a Friday" } ]""")));
    }

    [Fact]
    public void Read_HolidayOutsideTheCoverage_IsLocatedAtItsEntryInBothLanguages()
    {
        var problem = Single(Doc(holidays: """[ { "date": "2025-12-31", "name": "除夕" }, { "date": "2026-01-01", "name": "元旦" } ]"""));

        Assert.Equal(
            (ProblemCodes.CalendarOutsideCoverage, "$.holidays[1]",
                "The holiday 2026-01-01 元旦 lies outside the covered dates 2025-01-01 to 2025-12-31.",
                "节假日 2026-01-01 元旦 不在日历覆盖的 2025-01-01 至 2025-12-31 之内。"),
            (problem.Code, problem.Location.JsonPath!, problem.MessageEn, problem.MessageZh));
    }

    [Fact]
    public void Read_MakeUpDayOnAFriday_NamesTheDayInBothLanguages()
    {
        var problem = Single(Doc(workingDays: """[ { "date": "2025-10-10", "name": "调休" } ]"""));

        Assert.Equal(
            ("The make-up working day 2025-10-10 调休 is a Friday, already a working day: make-up working days are Saturdays or Sundays.",
                "调休工作日 2025-10-10 调休 是星期五，本就是工作日：调休工作日应为星期六或星期日。"),
            (problem.MessageEn, problem.MessageZh));
    }

    [Fact]
    public void Read_JsonNull_IsAWrongTypeAtTheRoot() =>
        Assert.Equal([(ProblemCodes.WrongType, "$")], Problems("null"));

    [Fact]
    public void Read_Throwing_CarriesTheWholeReport()
    {
        var e = Assert.Throws<JsonContractException>(() => JsonDocuments.WorkingDayCalendar.Read(Doc(zh: "\"\"", source: "\" \"")));

        Assert.Equal(2, e.Report.Problems.Count);
    }

    [Fact]
    public void Read_NullText_ThrowsNamingJson() =>
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => JsonDocuments.WorkingDayCalendar.TryRead((string)null!, out _, out _)).ParamName);
}
