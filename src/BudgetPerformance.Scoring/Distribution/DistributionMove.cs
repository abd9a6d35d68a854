using BudgetPerformance.Grades;

namespace BudgetPerformance.Scoring.Distribution;

/// <summary>A result that would have to move to satisfy a distribution rule.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DistributionMove
{
    internal DistributionMove(GradedResult result, Grade to, string reasonZh, string reasonEn)
    {
        Result = result;
        To = to;
        ReasonZh = reasonZh;
        ReasonEn = reasonEn;
    }

    /// <summary>The result.</summary>
    public GradedResult Result { get; }

    /// <summary>The grade it would move to.</summary>
    public Grade To { get; }

    /// <summary>Why, in Chinese.</summary>
    public string ReasonZh { get; }

    /// <summary>Why, in English.</summary>
    public string ReasonEn { get; }
}
