namespace BudgetPerformance.Admission;

/// <summary>The decision of the admission gate. Ordered by severity: refused is the most severe.</summary>
public enum AdmissionDecision
{
    /// <summary>予以入库/安排, admitted.</summary>
    Admitted = 0,

    /// <summary>附条件入库, admitted with conditions (e.g. the adjustments an ex-ante assessment asked for).</summary>
    AdmittedWithConditions = 1,

    /// <summary>不予入库/不得安排资金, refused.</summary>
    Refused = 2,
}
