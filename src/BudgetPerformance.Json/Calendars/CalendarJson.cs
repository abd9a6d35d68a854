using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace BudgetPerformance.Json.Calendars;

// The shape of a working-day calendar document (schema version 1). Dates are strings (yyyy-MM-dd), parsed by
// NodaTime's ISO pattern so that a bad date is a reported problem with its location.
internal sealed class CalendarDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required string Id { get; init; }

    public required CalendarNameDocument Title { get; init; }

    public required string Source { get; init; }

    public required bool Verified { get; init; }

    public required CalendarCoverageDocument Covers { get; init; }

    public required List<CalendarDayDocument> Holidays { get; init; }

    public required List<CalendarDayDocument> WorkingDays { get; init; }
}

internal sealed class CalendarNameDocument
{
    public required string Zh { get; init; }

    public required string En { get; init; }
}

internal sealed class CalendarCoverageDocument
{
    public required string From { get; init; }

    public required string To { get; init; }
}

internal sealed class CalendarDayDocument
{
    public required string Date { get; init; }

    public required string Name { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(CalendarDocument))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext;

internal static class CalendarJson
{
    internal const string Kind = "working-day-calendar";

    internal static CalendarReadResult Read(string json)
    {
        CalendarDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, CalendarJsonContext.Default.CalendarDocument);
        }
        catch (JsonException e)
        {
            var at = e.Path is null ? "$" : e.Path;
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, position {e.BytePositionInLine + 1})") : string.Empty;
            return Fail(new DomainProblem(CalendarProblemCodes.InvalidJson, at, "The document is not a valid working-day calendar: " + e.Message + where));
        }

        if (document is null)
        {
            return Fail(new DomainProblem(CalendarProblemCodes.InvalidJson, "$", "The document is null."));
        }

        var problems = new List<DomainProblem>();
        if (!string.Equals(document.Kind, Kind, StringComparison.Ordinal) || document.SchemaVersion != 1)
        {
            problems.Add(new DomainProblem(CalendarProblemCodes.WrongKind, "$.kind", $"Expected a {Kind} document of schema version 1, not '{document.Kind}' version {document.SchemaVersion.ToString(CultureInfo.InvariantCulture)}."));
        }

        Blank(problems, document.Title.Zh, "$.title.zh");
        Blank(problems, document.Title.En, "$.title.en");
        Blank(problems, document.Source, "$.source");
        var from = Date(problems, document.Covers.From, "$.covers.from");
        var to = Date(problems, document.Covers.To, "$.covers.to");
        DateInterval? covers = null;
        if (from is { } f && to is { } t)
        {
            if (t < f)
            {
                problems.Add(new DomainProblem(CalendarProblemCodes.InvalidCoverage, "$.covers", $"The covered dates end ({document.Covers.To}) before they start ({document.Covers.From})."));
            }
            else
            {
                covers = new DateInterval(f, t);
            }
        }

        var (holidays, holidayIndices) = Days(problems, document.Holidays, "holidays");
        var (workingDays, workingIndices) = Days(problems, document.WorkingDays, "workingDays");
        if (covers is not null)
        {
            foreach (var problem in HolidayCalendar.FindProblems(document.Id, covers, holidays, workingDays))
            {
                problems.Add(new DomainProblem(problem.Code, Locate(problem.Subject, holidayIndices, workingIndices), problem.Message));
            }
        }

        if (problems.Count > 0)
        {
            return new CalendarReadResult(null, new ReadOnlyCollection<DomainProblem>(problems));
        }

        var calendar = new HolidayCalendar(document.Id, new LocalizedName(document.Title.Zh, document.Title.En), document.Source, document.Verified, covers!, holidays, workingDays);
        return new CalendarReadResult(calendar, new ReadOnlyCollection<DomainProblem>([]));
    }

    private static CalendarReadResult Fail(DomainProblem problem) => new(null, new ReadOnlyCollection<DomainProblem>([problem]));

    private static void Blank(List<DomainProblem> problems, string value, string at)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new DomainProblem(CalendarProblemCodes.Blank, at, $"{at} must not be blank."));
        }
    }

    private static LocalDate? Date(List<DomainProblem> problems, string text, string at)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success && text.Length == 10)
        {
            return result.Value;
        }

        problems.Add(new DomainProblem(CalendarProblemCodes.InvalidDate, at, $"'{text}' is not a date written as yyyy-MM-dd."));
        return null;
    }

    // Entries with a bad date or a blank name are reported and left out, so every other problem is still found;
    // the index of each kept entry in the JSON array is returned so that later problems point at the right entry.
    private static (List<CalendarDay> Days, List<int> Indices) Days(List<DomainProblem> problems, List<CalendarDayDocument> entries, string name)
    {
        var days = new List<CalendarDay>();
        var indices = new List<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"$.{name}[{i}]");
            if (entries[i] is null)
            {
                // The serializer does not apply nullable annotations to list items: a null entry reaches here.
                problems.Add(new DomainProblem(CalendarProblemCodes.InvalidJson, at, $"{at} must be an object with a date and a name, not null."));
                continue;
            }

            var date = Date(problems, entries[i].Date, at + ".date");
            if (string.IsNullOrWhiteSpace(entries[i].Name))
            {
                problems.Add(new DomainProblem(CalendarProblemCodes.Blank, at + ".name", $"{at}.name must not be blank."));
            }
            else if (date is { } d)
            {
                days.Add(new CalendarDay(d, entries[i].Name));
                indices.Add(i);
            }
        }

        return (days, indices);
    }

    private static string Locate(string? subject, List<int> holidayIndices, List<int> workingIndices)
    {
        if (subject is null || subject == "id")
        {
            return "$.id";
        }

        var open = subject.IndexOf('[', StringComparison.Ordinal);
        var list = subject[..open];
        var index = int.Parse(subject[(open + 1)..^1], CultureInfo.InvariantCulture);
        var original = list == "holidays" ? holidayIndices[index] : workingIndices[index];
        return string.Create(CultureInfo.InvariantCulture, $"$.{list}[{original}]");
    }
}
