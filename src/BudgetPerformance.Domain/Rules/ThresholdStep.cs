using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>One step of a <see cref="StepThresholdsStrategy"/>: completion at or above <see cref="MinimumCompletion"/> earns <see cref="ShareOfPoints"/>.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct ThresholdStep : IEquatable<ThresholdStep>
{
    /// <summary>Creates a step.</summary>
    /// <param name="minimumCompletion">The completion a ÷ t from which the step applies (inclusive), e.g. 0.95.</param>
    /// <param name="shareOfPoints">The share of the points earned, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">The share is out of range (see <see cref="FindProblems"/>).</exception>
    public ThresholdStep(decimal minimumCompletion, decimal shareOfPoints)
    {
        MinimumCompletion = minimumCompletion;
        Guard.Against.ProblemsOutOfRange(FindProblems(shareOfPoints), shareOfPoints, nameof(shareOfPoints));

        ShareOfPoints = shareOfPoints;
    }

    /// <summary>
    /// Lists the problem with a candidate step's share, without building it: it must lie in [0, 1] (both ends inclusive);
    /// any minimum completion is sound. The problem names <c>shareOfPoints</c> as its <see cref="ProblemLocation.Element"/>;
    /// the constructor checks the same.
    /// </summary>
    /// <param name="shareOfPoints">The candidate share of the points.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal shareOfPoints) =>
        shareOfPoints is < 0m or > 1m ? [Messages.RuleShareOutsideZeroToOne.At(ProblemLocation.OfElement(nameof(shareOfPoints)))] : [];

    /// <summary>The completion from which the step applies, inclusive.</summary>
    public decimal MinimumCompletion { get; }

    /// <summary>The share of the points earned.</summary>
    public decimal ShareOfPoints { get; }

    /// <summary>Equality.</summary>
    public static bool operator ==(ThresholdStep left, ThresholdStep right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ThresholdStep left, ThresholdStep right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ThresholdStep other) => MinimumCompletion == other.MinimumCompletion && ShareOfPoints == other.ShareOfPoints;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ThresholdStep other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MinimumCompletion, ShareOfPoints);
}
