using BudgetPerformance.Grades;
using BudgetPerformance.Values;

namespace BudgetPerformance.Problems;

/// <content>Grade bands and scales.</content>
internal static partial class Messages
{
    internal static readonly MessageTemplate PrecisionOutOfRange = new(ProblemCodes.InvalidValue,
        "精度应在 [0, {0}] 内，而不是 {1}。",
        "The precision must lie in [0, {0}], not {1}.");

    internal static readonly MessageTemplate BandLowerNegative = new(ProblemCodes.GradeBandInvalid,
        "下限 {0} 为负。",
        "The lower edge {0} is negative.");

    internal static readonly MessageTemplate BandUpperNotAboveLower = new(ProblemCodes.GradeBandInvalid,
        "上限 {0} 不高于下限 {1}。",
        "The upper edge {0} is not above the lower edge {1}.");

    internal static readonly MessageTemplate ScaleWithoutBands = new(ProblemCodes.GradeBandsRange,
        "等级标准至少需要一个区间。",
        "A grade scale needs at least one band.");

    internal static readonly MessageTemplate LowestBandAboveZero = new(ProblemCodes.GradeBandsRange,
        "最低区间从 {0} 开始而不是从 0 开始：更低的分数没有等级。",
        "The lowest band starts at {0}, not at 0: lower scores would have no grade.");

    internal static readonly MessageTemplate HighestBandBelowHundred = new(ProblemCodes.GradeBandsRange,
        "最高区间止于 {0} 而不是 100。",
        "The highest band ends at {0}, not at 100.");

    internal static readonly MessageTemplate BandsOverlap = new(ProblemCodes.GradeBandsOverlap,
        "区间 {0} 与 {1} 重叠。",
        "The bands {0} and {1} overlap.");

    internal static readonly MessageTemplate BandsLeaveGap = new(ProblemCodes.GradeBandsGap,
        "{0} 至 {1} 之间的分数没有区间。",
        "The scores from {0} to {1} have no band.");

    internal static readonly MessageTemplate BandGradeNotBetter = new(ProblemCodes.GradeBandsOrder,
        "区间 {0} 高于 {1}，但其等级并不更好。",
        "The band {0} is above {1} but its grade is not better.");

    /// <summary>A band as 良 [80, 90) and Good [80, 90).</summary>
    internal static Localized Band(GradeBand band) =>
        new(DisplayNames.Of(band.Grade).Chinese + band.ToString()[band.Grade.ToString().Length..], band.ToString());
}
