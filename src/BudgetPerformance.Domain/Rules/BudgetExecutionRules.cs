using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// The budget-execution block (预算执行率): points (10 by default, 20 in some provinces, 0 where forms list the
/// rate without points); rate = spent ÷ adjusted budget, optionally rounded as a percentage first; score =
/// min(rate, 1) × points. An adjusted budget of 0 is never divided by. The family says, per evaluation type, whether
/// the block exists (<see cref="AppliesTo"/>) and how many points it carries (<see cref="PointsFor"/>): a type it does
/// not list has no block, and its total is the indicator rows alone.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BudgetExecutionRules
{
    private static readonly IReadOnlyDictionary<EvaluationType, decimal> NoOwnPoints = new ReadOnlyDictionary<EvaluationType, decimal>(new Dictionary<EvaluationType, decimal>());

    /// <summary>Creates the family, with the same points for every type that carries the block.</summary>
    /// <param name="points">The block's points, at least 0.</param>
    /// <param name="ratePercentRounding">How the rate, as a percentage, is rounded before it is used; null for no rounding.</param>
    /// <param name="zeroBudget">What an adjusted budget of 0 with nothing spent means (spending against a zero budget is always an input error).</param>
    /// <param name="appliesTo">The evaluation types that carry the block (self-evaluation nationally); empty for a rule set whose forms have none.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative (see <see cref="FindProblems(decimal)"/>), or an enumeration value is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="appliesTo"/> or <paramref name="source"/> is null.</exception>
    public BudgetExecutionRules(decimal points, Rounding? ratePercentRounding, ZeroBudgetPolicy zeroBudget, IEnumerable<EvaluationType> appliesTo, SourceCitation source)
        : this(points, ratePercentRounding, zeroBudget, appliesTo, [], source)
    {
    }

    /// <summary>Creates the family, with points of their own for some types.</summary>
    /// <param name="points">The block's points for the types of <paramref name="appliesTo"/> without points of their own, at least 0.</param>
    /// <param name="ratePercentRounding">How the rate, as a percentage, is rounded before it is used; null for no rounding.</param>
    /// <param name="zeroBudget">What an adjusted budget of 0 with nothing spent means (spending against a zero budget is always an input error).</param>
    /// <param name="appliesTo">The evaluation types that carry the block at <paramref name="points"/>.</param>
    /// <param name="pointsByType">Types that carry the block at points of their own (each at least 0, each type once); a type
    /// listed here carries the block whether or not <paramref name="appliesTo"/> lists it.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentOutOfRangeException">A points value is negative, or a type is given points twice (see
    /// <see cref="FindProblems(decimal, IEnumerable{KeyValuePair{EvaluationType, decimal}})"/>), or an enumeration value is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="appliesTo"/>, <paramref name="pointsByType"/> or <paramref name="source"/> is null.</exception>
    public BudgetExecutionRules(decimal points, Rounding? ratePercentRounding, ZeroBudgetPolicy zeroBudget, IEnumerable<EvaluationType> appliesTo, IEnumerable<KeyValuePair<EvaluationType, decimal>> pointsByType, SourceCitation source)
    {
        var own = Guard.Against.Null(pointsByType).ToArray();
        Guard.Against.ProblemsOutOfRange(FindProblems(points, own), points, nameof(points));

        Points = points;
        RatePercentRounding = ratePercentRounding;
        ZeroBudget = Guard.Against.Undefined(zeroBudget);
        Guard.Against.Null(appliesTo);
        var types = appliesTo.Select(t => Guard.Against.Undefined(t, nameof(appliesTo))).ToList();
        types.AddRange(own.Select(p => Guard.Against.Undefined(p.Key, nameof(pointsByType))));
        AppliesTo = new ReadOnlyCollection<EvaluationType>(types.Distinct().ToArray());
        PointsByType = own.Length == 0 ? NoOwnPoints : new ReadOnlyDictionary<EvaluationType, decimal>(own.ToDictionary(p => p.Key, p => p.Value));
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists the problem with the candidate points of the block, without building the family: they must be at least 0
    /// (0 inclusive). The problem names <c>points</c> as its <see cref="ProblemLocation.Element"/>; the constructor checks
    /// the same.
    /// </summary>
    /// <param name="points">The candidate points.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal points) =>
        points < 0m ? [Messages.RuleValueNegative.At(ProblemLocation.OfElement(nameof(points)))] : [];

    /// <summary>
    /// Lists every problem with the candidate points, without building the family: the points and each type's own points
    /// are at least 0 (0 inclusive; element <c>points</c>, or <c>pointsByType[i].points</c>), and no type is given points
    /// twice (<c>invalid-value</c>, element <c>pointsByType[i].type</c>, the second). The constructor checks the same.
    /// </summary>
    /// <param name="points">The candidate points.</param>
    /// <param name="pointsByType">The candidate points of their own, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pointsByType"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(decimal points, IEnumerable<KeyValuePair<EvaluationType, decimal>> pointsByType)
    {
        Guard.Against.Null(pointsByType);
        var problems = new List<Problem>(FindProblems(points));
        var seen = new HashSet<EvaluationType>();
        var i = 0;
        foreach (var (type, own) in pointsByType)
        {
            var at = "pointsByType[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (own < 0m)
            {
                problems.Add(Messages.RuleValueNegative.At(ProblemLocation.OfElement(at + ".points")));
            }

            if (!seen.Add(type))
            {
                problems.Add(Messages.BudgetPointsTypeTwice.At(ProblemLocation.OfElement(at + ".type"), Localized.Of(type)));
            }

            i++;
        }

        return problems;
    }

    /// <summary>The block's points for the types that carry it without points of their own.</summary>
    public decimal Points { get; }

    /// <summary>The rounding of the rate as a percentage, or null.</summary>
    public Rounding? RatePercentRounding { get; }

    /// <summary>What a zero adjusted budget means.</summary>
    public ZeroBudgetPolicy ZeroBudget { get; }

    /// <summary>Every evaluation type that carries the block (those with points of their own included).</summary>
    public IReadOnlyList<EvaluationType> AppliesTo { get; }

    /// <summary>The types that carry the block at points of their own (empty when none do).</summary>
    public IReadOnlyDictionary<EvaluationType, decimal> PointsByType { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    /// <summary>
    /// The points of the block for an evaluation type: its own points when it has them, else <see cref="Points"/> when
    /// <see cref="AppliesTo"/> lists it, else null (the type has no block).
    /// </summary>
    /// <param name="type">The evaluation type.</param>
    public decimal? PointsFor(EvaluationType type) =>
        PointsByType.TryGetValue(type, out var own) ? own : AppliesTo.Contains(type) ? Points : null;
}
