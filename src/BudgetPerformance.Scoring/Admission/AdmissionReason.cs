using BudgetPerformance.Admission;

namespace BudgetPerformance.Scoring.Admission;

/// <summary>One check's contribution to an admission decision: the check, its effect and the reason.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AdmissionReason
{
    internal AdmissionReason(AdmissionCheck check, AdmissionDecision effect, DecisionReason reason)
    {
        Check = check;
        Effect = effect;
        Reason = reason;
    }

    /// <summary>The check.</summary>
    public AdmissionCheck Check { get; }

    /// <summary>What the check alone would decide: admitted (passed or not applicable), admitted with conditions (the reason is a condition), or refused.</summary>
    public AdmissionDecision Effect { get; }

    /// <summary>The code, messages and source.</summary>
    public DecisionReason Reason { get; }
}
