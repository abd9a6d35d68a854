namespace BudgetPerformance.Rules;

/// <summary>How the time progress of the fiscal year (时间进度) is measured.</summary>
public enum TimeProgressBasis
{
    /// <summary>
    /// By whole months: the months completed as of the date ÷ 12. A month counts once its last day is reached, so
    /// 31 July is 7 ÷ 12 and 30 July 6 ÷ 12; 1 January is 0 ÷ 12 (nothing is due yet) and 31 December 12 ÷ 12.
    /// </summary>
    WholeMonths = 0,

    /// <summary>By days: the day of the year, the date itself included, ÷ the days of the year (365 or 366): 1 January is 1 ÷ 365.</summary>
    Days = 1,
}
