using Ardalis.GuardClauses;
using BudgetPerformance.Admission;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>One check the admission gate applies, with the source that requires it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AdmissionCheckRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="check">The check.</param>
    /// <param name="source">The source that requires it.</param>
    public AdmissionCheckRule(AdmissionCheck check, SourceCitation source)
    {
        Check = Guard.Against.Undefined(check);
        Source = Guard.Against.Null(source);
    }

    /// <summary>The check.</summary>
    public AdmissionCheck Check { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
