using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>One band of a <see cref="DeviationBandsStrategy"/>: a deviation up to <see cref="MaximumDeviation"/> earns <see cref="ShareOfPoints"/>.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct DeviationBand : IEquatable<DeviationBand>
{
    /// <summary>Creates a band.</summary>
    /// <param name="maximumDeviation">The largest relative deviation of the band, e.g. 0.10 for ±10%; at least 0.</param>
    /// <param name="shareOfPoints">The share of the points earned, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range (<see cref="FindProblems"/> lists every one).</exception>
    public DeviationBand(decimal maximumDeviation, decimal shareOfPoints)
    {
        Guard.Against.ProblemsOutOfRange(FindProblems(maximumDeviation, shareOfPoints), parameter => parameter == nameof(maximumDeviation) ? maximumDeviation : shareOfPoints);

        MaximumDeviation = maximumDeviation;
        ShareOfPoints = shareOfPoints;
    }

    /// <summary>
    /// Lists every broken invariant of a candidate band, without building it: <paramref name="maximumDeviation"/> is at
    /// least 0 (0 inclusive; element <c>maximumDeviation</c>), and <paramref name="shareOfPoints"/> lies in [0, 1] (both ends
    /// inclusive; element <c>shareOfPoints</c>). The constructor checks the same.
    /// </summary>
    /// <param name="maximumDeviation">The candidate largest relative deviation.</param>
    /// <param name="shareOfPoints">The candidate share of the points.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal maximumDeviation, decimal shareOfPoints)
    {
        var problems = new List<Problem>();
        if (maximumDeviation < 0m)
        {
            problems.Add(Messages.RuleValueNegative.At(ProblemLocation.OfElement(nameof(maximumDeviation))));
        }

        if (shareOfPoints is < 0m or > 1m)
        {
            problems.Add(Messages.RuleShareOutsideZeroToOne.At(ProblemLocation.OfElement(nameof(shareOfPoints))));
        }

        return problems.AsReadOnly();
    }

    /// <summary>The largest relative deviation of the band.</summary>
    public decimal MaximumDeviation { get; }

    /// <summary>The share of the points earned.</summary>
    public decimal ShareOfPoints { get; }

    /// <summary>Equality.</summary>
    public static bool operator ==(DeviationBand left, DeviationBand right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(DeviationBand left, DeviationBand right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(DeviationBand other) => MaximumDeviation == other.MaximumDeviation && ShareOfPoints == other.ShareOfPoints;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DeviationBand other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MaximumDeviation, ShareOfPoints);
}
