using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// The gap rule: a warning when target completion and budget execution differ by more than
/// <see cref="MaximumPoints"/> percentage points (exclusive: a gap of exactly 10 points passes).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GapRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="maximumPoints">The largest gap allowed, in percentage points, inclusive; not negative.</param>
    /// <param name="source">The source.</param>
    public GapRule(decimal maximumPoints, SourceCitation source)
    {
        MaximumPoints = Preconditions.CheckNonNegative(maximumPoints);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The largest gap allowed, in percentage points, inclusive.</summary>
    public decimal MaximumPoints { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
