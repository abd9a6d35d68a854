using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Admission;

namespace BudgetPerformance.Scoring.Admission;

/// <summary>The decision of the admission gate on one request, with every reason.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AdmissionResult
{
    internal AdmissionResult(AdmissionDecision decision, IReadOnlyList<AdmissionReason> reasons)
    {
        Decision = decision;
        Reasons = reasons;
        Conditions = new ReadOnlyCollection<DecisionReason>(reasons.Where(r => r.Effect == AdmissionDecision.AdmittedWithConditions).Select(r => r.Reason).ToArray());
    }

    /// <summary>The decision: the most severe effect of any reason (refused &gt; admitted with conditions &gt; admitted).</summary>
    public AdmissionDecision Decision { get; }

    /// <summary>Every reason, passed checks included, in the order of <see cref="AdmissionCheck"/>.</summary>
    public IReadOnlyList<AdmissionReason> Reasons { get; }

    /// <summary>The conditions of an admission with conditions (e.g. each adjustment an ex-ante assessment asked for); empty otherwise too when none.</summary>
    public IReadOnlyList<DecisionReason> Conditions { get; }
}
