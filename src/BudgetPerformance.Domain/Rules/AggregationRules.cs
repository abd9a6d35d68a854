using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>The aggregation family: level 3 → level 2 → level 1 → total.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AggregationRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="notApplicable">How not-applicable indicators are handled.</param>
    /// <param name="missingData">How indicators without data or not yet due are handled.</param>
    /// <param name="totalMode">Sum of rounded scores or rounded sum.</param>
    /// <param name="requiredTotalPoints">The points the tree plus the budget block must add up to for a graded evaluation (100), or null for no check.</param>
    /// <param name="source">The source.</param>
    public AggregationRules(NotApplicablePolicy notApplicable, MissingDataPolicy missingData, TotalMode totalMode, decimal? requiredTotalPoints, SourceCitation source)
    {
        NotApplicable = Preconditions.CheckDefined(notApplicable);
        MissingData = Preconditions.CheckDefined(missingData);
        TotalMode = Preconditions.CheckDefined(totalMode);
        if (requiredTotalPoints is { } r)
        {
            Preconditions.CheckNonNegative(r, nameof(requiredTotalPoints));
        }

        RequiredTotalPoints = requiredTotalPoints;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>How not-applicable indicators are handled.</summary>
    public NotApplicablePolicy NotApplicable { get; }

    /// <summary>How missing data is handled.</summary>
    public MissingDataPolicy MissingData { get; }

    /// <summary>Sum of rounded or rounded sum.</summary>
    public TotalMode TotalMode { get; }

    /// <summary>The required total points, or null.</summary>
    public decimal? RequiredTotalPoints { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
