namespace BudgetPerformance.Problems;

/// <content>Working-day calendars.</content>
internal static partial class Messages
{
    internal static readonly MessageTemplate CoverageEndsBeforeStart = new(ProblemCodes.InvalidValue,
        "覆盖的日期止于 {0:yyyy-MM-dd}，早于起始日期 {1:yyyy-MM-dd}。",
        "The covered dates end ({0:yyyy-MM-dd}) before they start ({1:yyyy-MM-dd}).");

    internal static readonly MessageTemplate CalendarDayWithoutName = new(ProblemCodes.NameRequired,
        "日期的名称不能为空或只有空白。",
        "The name of the day must not be empty or white space.");

    internal static readonly MessageTemplate CalendarIdInvalid = new(ProblemCodes.CalendarInvalidId,
        "“{0}”不是有效的日历标识：请使用小写 ASCII 字母、数字和“-”。",
        "'{0}' is not a valid calendar id: use lower-case ASCII letters, digits and '-'.");

    internal static readonly MessageTemplate HolidayOutsideCoverage = new(ProblemCodes.CalendarOutsideCoverage,
        "节假日 {0} 不在日历覆盖的 {1:yyyy-MM-dd} 至 {2:yyyy-MM-dd} 之内。",
        "The holiday {0} lies outside the covered dates {1:yyyy-MM-dd} to {2:yyyy-MM-dd}.");

    internal static readonly MessageTemplate HolidayTwice = new(ProblemCodes.CalendarDuplicateDate,
        "日期 {0:yyyy-MM-dd} 作为节假日列出了多次。",
        "The date {0:yyyy-MM-dd} is listed as a holiday more than once.");

    internal static readonly MessageTemplate WorkingDayOutsideCoverage = new(ProblemCodes.CalendarOutsideCoverage,
        "调休工作日 {0} 不在日历覆盖的 {1:yyyy-MM-dd} 至 {2:yyyy-MM-dd} 之内。",
        "The make-up working day {0} lies outside the covered dates {1:yyyy-MM-dd} to {2:yyyy-MM-dd}.");

    internal static readonly MessageTemplate HolidayAndWorkingDay = new(ProblemCodes.CalendarHolidayAndWorkingDay,
        "日期 {0:yyyy-MM-dd} 既列为节假日，又列为调休工作日。",
        "The date {0:yyyy-MM-dd} is listed both as a holiday and as a make-up working day.");

    internal static readonly MessageTemplate WorkingDayTwice = new(ProblemCodes.CalendarDuplicateDate,
        "日期 {0:yyyy-MM-dd} 作为调休工作日列出了多次。",
        "The date {0:yyyy-MM-dd} is listed as a make-up working day more than once.");

    internal static readonly MessageTemplate WorkingDayOnWeekday = new(ProblemCodes.CalendarMakeUpDayNotWeekend,
        "调休工作日 {0} 是{1}，本就是工作日：调休工作日应为星期六或星期日。",
        "The make-up working day {0} is a {1}, already a working day: make-up working days are Saturdays or Sundays.");

    /// <summary>The day of the week, 星期一 … 星期日 and Monday … Sunday.</summary>
    internal static Localized Weekday(NodaTime.IsoDayOfWeek day) => new(
        day switch
        {
            NodaTime.IsoDayOfWeek.Monday => "星期一",
            NodaTime.IsoDayOfWeek.Tuesday => "星期二",
            NodaTime.IsoDayOfWeek.Wednesday => "星期三",
            NodaTime.IsoDayOfWeek.Thursday => "星期四",
            NodaTime.IsoDayOfWeek.Friday => "星期五",
            NodaTime.IsoDayOfWeek.Saturday => "星期六",
            _ => "星期日",
        },
        day.ToString());
}
