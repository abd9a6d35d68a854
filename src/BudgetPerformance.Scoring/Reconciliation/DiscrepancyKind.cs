namespace BudgetPerformance.Scoring.Reconciliation;

/// <summary>What kind of mismatch reconciliation found on a published form.</summary>
public enum DiscrepancyKind
{
    /// <summary>A row's recorded score differs from the recomputed one by more than the tolerance.</summary>
    RowScore = 0,

    /// <summary>A row's recorded score exceeds the indicator's points.</summary>
    RowAbovePoints = 1,

    /// <summary>A recorded qualitative score lies outside the band of its achievement level.</summary>
    OutOfBand = 2,

    /// <summary>A group's recorded score differs from the recomputed one.</summary>
    GroupScore = 3,

    /// <summary>The recorded budget-execution score differs from the recomputed one.</summary>
    BudgetScore = 4,

    /// <summary>The recorded row scores (with the budget score) do not add up to the recorded total.</summary>
    RowsDoNotAddUp = 5,

    /// <summary>The recorded total differs from the recomputed total.</summary>
    Total = 6,

    /// <summary>The recorded grade does not match the recomputed total, or not even the recorded total.</summary>
    Grade = 7,

    /// <summary>A row could not be recomputed (invalid input); the issue says why.</summary>
    NotScorable = 8,

    /// <summary>The evaluation lacks a record its type must carry under the rule set (a budget execution, an on-site visit): the
    /// problem (<c>budget-execution-missing</c>, <c>on-site-visit-missing</c>) says which.</summary>
    RecordMissing = 9,
}
