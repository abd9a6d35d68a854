using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// 定性分档: the assessor chooses an achievement level and a score inside its band. The bands, as shares of w:
/// achieved from <see cref="AchievedFrom"/> to 1, partly achieved from <see cref="PartlyFrom"/> to
/// <see cref="AchievedFrom"/>, not achieved from 0 to <see cref="PartlyFrom"/>. Edges are
/// <see cref="EdgeRounding"/>(w × share). With <see cref="LowerEdgesInclusive"/> each band includes its lower edge
/// (national: 0.8w ≤ s ≤ w, 0.6w ≤ s &lt; 0.8w, 0 ≤ s &lt; 0.6w); otherwise its upper edge
/// (0.8w &lt; s ≤ w, 0.6w &lt; s ≤ 0.8w, 0 ≤ s ≤ 0.6w). A score outside the band is an input error.
/// </summary>
public sealed class QualitativeBandsStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="achievedFrom">The lower edge of "achieved" as a share of w (0.8 nationally); in (partlyFrom, 1].</param>
    /// <param name="partlyFrom">The lower edge of "partly achieved" as a share of w (0.6 nationally; 0.5 in some provinces); in (0, achievedFrom).</param>
    /// <param name="lowerEdgesInclusive">Whether each band includes its lower edge (true nationally).</param>
    /// <param name="edgeRounding">How the edges w × share are rounded (2 decimals, half away from zero [D]).</param>
    /// <param name="rounding">Its own rounding of scores, or null.</param>
    /// <exception cref="ArgumentException">The id is not valid (see <see cref="ScoringStrategy.FindProblems(string)"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An edge is out of range (see <see cref="FindProblems(decimal, decimal)"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="source"/> is null.</exception>
    public QualitativeBandsStrategy(string id, SourceCitation source, decimal achievedFrom, decimal partlyFrom, bool lowerEdgesInclusive, Rounding edgeRounding, Rounding? rounding = null)
        : base(id, StrategyKind.QualitativeBands, source, rounding)
    {
        Guard.Against.ProblemsOutOfRange(FindProblems(achievedFrom, partlyFrom), parameter => parameter == nameof(achievedFrom) ? achievedFrom : partlyFrom);

        AchievedFrom = achievedFrom;
        PartlyFrom = partlyFrom;
        LowerEdgesInclusive = lowerEdgesInclusive;
        EdgeRounding = edgeRounding;
    }

    /// <summary>
    /// Lists every broken invariant of candidate edges, without building the strategy: <paramref name="achievedFrom"/> lies
    /// in (0, 1] (0 exclusive, 1 inclusive; element <c>achievedFrom</c>), and <paramref name="partlyFrom"/> lies in
    /// (0, <paramref name="achievedFrom"/>) (both ends exclusive; element <c>partlyFrom</c>), compared with the given
    /// <paramref name="achievedFrom"/> even when that is itself out of range. The constructor checks the same (and the id,
    /// with <see cref="ScoringStrategy.FindProblems(string)"/>).
    /// </summary>
    /// <param name="achievedFrom">The candidate lower edge of "achieved", as a share of the points.</param>
    /// <param name="partlyFrom">The candidate lower edge of "partly achieved", as a share of the points.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal achievedFrom, decimal partlyFrom)
    {
        var problems = new List<Problem>();
        if (achievedFrom is <= 0m or > 1m)
        {
            problems.Add(Messages.AchievedEdgeOutOfRange.At(ProblemLocation.OfElement(nameof(achievedFrom))));
        }

        if (partlyFrom <= 0m || partlyFrom >= achievedFrom)
        {
            problems.Add(Messages.PartlyAchievedEdgeOutOfRange.At(ProblemLocation.OfElement(nameof(partlyFrom))));
        }

        return problems.AsReadOnly();
    }

    /// <summary>The lower edge of "achieved", as a share of the points.</summary>
    public decimal AchievedFrom { get; }

    /// <summary>The lower edge of "partly achieved", as a share of the points.</summary>
    public decimal PartlyFrom { get; }

    /// <summary>Whether each band includes its lower edge.</summary>
    public bool LowerEdgesInclusive { get; }

    /// <summary>How the edges are rounded.</summary>
    public Rounding EdgeRounding { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => direction == Direction.Qualitative;

    /// <summary>The band [lower, upper] of an achievement level for <paramref name="points"/>, with the edges rounded.</summary>
    /// <param name="level">The achievement level.</param>
    /// <param name="points">The indicator's points.</param>
    /// <returns>The edges; which edge is inclusive follows <see cref="LowerEdgesInclusive"/>, except that 0 and w are always inclusive.</returns>
    public (decimal Lower, decimal Upper) BandOf(AchievementLevel level, decimal points)
    {
        var achieved = EdgeRounding.Apply(points * AchievedFrom);
        var partly = EdgeRounding.Apply(points * PartlyFrom);
        return Guard.Against.Undefined(level) switch
        {
            AchievementLevel.Achieved => (achieved, points),
            AchievementLevel.PartlyAchieved => (partly, achieved),
            _ => (0m, partly),
        };
    }

    /// <summary>Whether <paramref name="score"/> lies in the band of <paramref name="level"/> for <paramref name="points"/>.</summary>
    /// <param name="level">The chosen level.</param>
    /// <param name="points">The points.</param>
    /// <param name="score">The assessor's score.</param>
    public bool InBand(AchievementLevel level, decimal points, decimal score)
    {
        var (lower, upper) = BandOf(level, points);
        var isTop = level == AchievementLevel.Achieved;
        var isBottom = level == AchievementLevel.NotAchieved;
        var lowerOk = LowerEdgesInclusive || isBottom ? score >= lower : score > lower;
        var upperOk = !LowerEdgesInclusive || isTop ? score <= upper : score < upper;
        return lowerOk && upperOk;
    }
}
