using System;
using System.Globalization;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

/// <summary>
/// Receives the formula of a computation and writes it out with its numbers, in Chinese and English. A sink exists
/// only when an explanation is requested, and the scorer and the calculator call it through <c>?.</c> with the
/// numbers alone: the bilingual text is written here (and in FormulaSink.Strategies.cs), never on the path of bulk scoring.
/// </summary>
internal sealed partial class FormulaSink
{
    public string? Zh { get; private set; }

    public string? En { get; private set; }

    // The points as the formula shows them when they are rescaled: at the rule set's precision, with the factor named
    // ("15.79（15 × 100 ÷ 95）"); null when they are the indicator's own points, shown as they are.
    private string? pointsZh;
    private string? pointsEn;

    /// <summary>Shows rescaled points as given (at the precision, with the factor) wherever the formula names the points.</summary>
    public void ShowPoints(string zh, string en)
    {
        pointsZh = zh;
        pointsEn = en;
    }

    /// <summary>The points in a Chinese formula.</summary>
    public string Pz(decimal w) => pointsZh ?? N(w);

    /// <summary>The points in an English formula.</summary>
    public string Pe(decimal w) => pointsEn ?? N(w);

    public static string N(decimal value)
    {
        // Inputs are shown with their significant digits only (1350, 0.85, 9.4737): never in a culture's format.
        var normalized = value / 1.000000000000000000000000000000000m;
        return normalized.ToString(CultureInfo.InvariantCulture);
    }

    public static string R4(decimal value) => N(decimal.Round(value, 4, MidpointRounding.AwayFromZero));

    /// <summary>The band of an achievement level as an interval with its edges, for example <c>[12, 15]</c> or <c>[9, 12)</c>.</summary>
    public static string BandInterval(QualitativeBandsStrategy bands, AchievementLevel level, decimal points)
    {
        var (lower, upper) = bands.BandOf(level, points);
        var lowerInclusive = bands.LowerEdgesInclusive || level == AchievementLevel.NotAchieved;
        var upperInclusive = !bands.LowerEdgesInclusive || level == AchievementLevel.Achieved;
        return (lowerInclusive ? "[" : "(") + N(lower) + ", " + N(upper) + (upperInclusive ? "]" : ")");
    }

    /// <summary>A not-applicable indicator: scored 0, or dropped and the other points rescaled.</summary>
    public void NotApplicable(string? reason, bool scoredZero)
    {
        if (scoredZero)
        {
            Set($"不适用（{reason}），按规则计 0 分", $"not applicable ({reason}): scored 0 by the rule set");
        }
        else
        {
            Set($"不适用（{reason}），剔除后其余分值按比例折算", $"not applicable ({reason}): dropped, the other points rescaled");
        }
    }

    /// <summary>An indicator with no data or not yet due: scored 0, or the result is incomplete.</summary>
    public void Missing(bool scoredZero)
    {
        if (scoredZero)
        {
            Set("无数据或未到期，按规则计 0 分", "no data or not yet due: scored 0 by the rule set");
        }
        else
        {
            Set("无数据或未到期：结果不完整", "no data or not yet due: the result is incomplete");
        }
    }

    /// <summary>An indicator scored with its group.</summary>
    public void Grouped() => Set("与同组指标合并打分，见分组得分", "scored with its group: see the group score");

    /// <summary>An assessor's judgement within the points.</summary>
    public void Judged(decimal score, decimal points) =>
        Set($"评价人打分 {N(score)}（区间 [0, {N(points)}]）", $"assessor's score {N(score)} (within [0, {N(points)}])");

    /// <summary>An assessor's score within the band of the achievement level.</summary>
    public void InBand(QualitativeBandsStrategy bands, AchievementLevel level, decimal points, decimal score)
    {
        var interval = BandInterval(bands, level, points);
        var name = DisplayNames.Of(level);
        Set($"评价人打分 {N(score)}，在“{name.Chinese}”区间 {interval} 内", $"assessor's score {N(score)} lies in {interval}, the band of '{name.English}'");
    }

    private void Set(string zh, string en)
    {
        Zh = zh;
        En = en;
    }
}
