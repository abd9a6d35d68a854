using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Calendars;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Json.Reading;

/// <summary>The working-day calendar document (<c>working-day-calendar</c>) mapped to a <see cref="HolidayCalendar"/> and back.</summary>
internal sealed partial class Mapper
{
    internal HolidayCalendar? Calendar(CalendarDocument d, string path)
    {
        var before = problems.Count;
        LocalizedName title;
        Name(d.Title, path + ".title", out title);
        NotBlank(d.Source, path + ".source", new("依据", "source"));
        DateInterval? covers = null;
        if (d.Covers.To < d.Covers.From)
        {
            Add(Messages.CoverageEndsBeforeStart, path + ".covers.to", null, d.Covers.To, d.Covers.From);
        }
        else
        {
            covers = new DateInterval(d.Covers.From, d.Covers.To);
        }

        var holidays = Days(d.Holidays, path + ".holidays", out var holidayIndices);
        var workingDays = Days(d.WorkingDays, path + ".workingDays", out var workingIndices);
        if (covers is not null)
        {
            foreach (var problem in HolidayCalendar.FindProblems(d.Id, covers, holidays, workingDays))
            {
                // The model names the entry by its place among the entries it was given (holidays[2]); entries with a blank
                // name were left out, so the place in the document is looked up.
                var element = problem.Location.Element!;
                var open = element.IndexOf('[', System.StringComparison.Ordinal);
                var at = open < 0
                    ? path + "." + element
                    : element.StartsWith("holidays", System.StringComparison.Ordinal)
                        ? ProblemList.Index(path + ".holidays", holidayIndices[Index(element, open)])
                        : ProblemList.Index(path + ".workingDays", workingIndices[Index(element, open)]);
                problems.Add(problem, at);
            }
        }

        return Has(before) ? null : new HolidayCalendar(d.Id, title, d.Source, d.Verified, covers!, holidays, workingDays);
    }

    internal static CalendarDocument ToContract(HolidayCalendar c) => new()
    {
        Kind = DocumentKinds.WorkingDayCalendar,
        SchemaVersion = BudgetPerformanceJson.SchemaVersion,
        Id = c.Id,
        Title = ToContract(c.Title),
        Source = c.Source,
        Verified = c.Verified,
        Covers = new CalendarCoverageContract { From = c.Covers.Start, To = c.Covers.End },
        Holidays = c.Holidays.Select(h => new CalendarDayContract { Date = h.Date, Name = h.Name }).ToList(),
        WorkingDays = c.MakeUpWorkingDays.Select(h => new CalendarDayContract { Date = h.Date, Name = h.Name }).ToList(),
    };

    // Entries with a blank name are reported and left out, so that every other problem is still found; the place of each
    // kept entry in the JSON array is returned so that the model's problems point at the right entry.
    private List<CalendarDay> Days(List<CalendarDayContract> entries, string listPath, out List<int> indices)
    {
        var days = new List<CalendarDay>();
        indices = [];
        for (var i = 0; i < entries.Count; i++)
        {
            var at = ProblemList.Index(listPath, i);
            if (string.IsNullOrWhiteSpace(entries[i].Name))
            {
                Add(Messages.CalendarDayWithoutName, at + ".name", null);
                continue;
            }

            days.Add(new CalendarDay(entries[i].Date, entries[i].Name));
            indices.Add(i);
        }

        return days;
    }

    private static int Index(string element, int open) =>
        int.Parse(element[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
}
