using System;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>One band of a <see cref="DeviationBandsStrategy"/>: a deviation up to <see cref="MaximumDeviation"/> earns <see cref="ShareOfPoints"/>.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct DeviationBand : IEquatable<DeviationBand>
{
    /// <summary>Creates a band.</summary>
    /// <param name="maximumDeviation">The largest relative deviation of the band, e.g. 0.10 for ±10%; at least 0.</param>
    /// <param name="shareOfPoints">The share of the points earned, in [0, 1].</param>
    public DeviationBand(decimal maximumDeviation, decimal shareOfPoints)
    {
        MaximumDeviation = Preconditions.CheckNonNegative(maximumDeviation);
        if (shareOfPoints < 0m || shareOfPoints > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(shareOfPoints), shareOfPoints, "The share must lie in [0, 1].");
        }

        ShareOfPoints = shareOfPoints;
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
