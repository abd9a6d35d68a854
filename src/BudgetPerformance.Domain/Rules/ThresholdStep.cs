using System;

namespace BudgetPerformance.Rules;

/// <summary>One step of a <see cref="StepThresholdsStrategy"/>: completion at or above <see cref="MinimumCompletion"/> earns <see cref="ShareOfPoints"/>.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct ThresholdStep : IEquatable<ThresholdStep>
{
    /// <summary>Creates a step.</summary>
    /// <param name="minimumCompletion">The completion a ÷ t from which the step applies (inclusive), e.g. 0.95.</param>
    /// <param name="shareOfPoints">The share of the points earned, in [0, 1].</param>
    public ThresholdStep(decimal minimumCompletion, decimal shareOfPoints)
    {
        MinimumCompletion = minimumCompletion;
        if (shareOfPoints < 0m || shareOfPoints > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(shareOfPoints), shareOfPoints, "The share must lie in [0, 1].");
        }

        ShareOfPoints = shareOfPoints;
    }

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
