using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// An indicator scoring strategy: an id that level-3 indicators may reference, its kind, its parameters, the
/// source it cites, and optionally its own rounding (otherwise the rule set's indicator rounding applies).
/// The set of kinds is closed; the concrete classes are sealed.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract class ScoringStrategy
{
    private protected ScoringStrategy(string id, StrategyKind kind, SourceCitation source, Rounding? rounding)
    {
        Guard.Against.Null(id);
        Guard.Against.Problems(FindProblems(id), nameof(id));

        Id = id;
        Kind = kind;
        Source = Guard.Against.Null(source);
        Rounding = rounding;
    }

    /// <summary>
    /// Lists the problem with a candidate strategy id, without building a strategy: it must be 1 to 64 lower-case ASCII
    /// letters, digits and '-' (null is reported as not valid). The problem names <c>id</c> as its
    /// <see cref="ProblemLocation.Element"/>; the constructor of every strategy checks the same. A strategy's own parameters
    /// are checked by the <c>FindProblems</c> of its class, where it has any.
    /// </summary>
    /// <param name="id">The candidate id.</param>
    public static IReadOnlyList<Problem> FindProblems(string? id) =>
        IndicatorClass.IsValidCode(id) ? [] : [Messages.StrategyIdInvalid.At(ProblemLocation.OfElement(nameof(id)), id)];

    /// <summary>The id, unique in its rule set.</summary>
    public string Id { get; }

    /// <summary>The kind.</summary>
    public StrategyKind Kind { get; }

    /// <summary>The source the strategy cites.</summary>
    public SourceCitation Source { get; }

    /// <summary>The strategy's own rounding of indicator scores, or null to use the rule set's.</summary>
    public Rounding? Rounding { get; }

    /// <summary>Whether the strategy can score an indicator with this direction.</summary>
    /// <param name="direction">The direction.</param>
    public abstract bool Accepts(Direction direction);

    /// <summary>The id and kind.</summary>
    public override string ToString() => $"{Id} ({Kind})";

    private protected static bool IsQuantitative(Direction d) => d != Direction.Qualitative;

    private protected static bool IsPositive(Direction d) => d is Direction.AtLeast or Direction.GreaterThan;

    private protected static bool IsReverse(Direction d) => d is Direction.AtMost or Direction.LessThan;
}
