namespace BudgetPerformance.Scoring.Reconciliation;

/// <summary>One mismatch between a published form and the recomputation under the rule set.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Discrepancy
{
    internal Discrepancy(DiscrepancyKind kind, string at, decimal? recorded, decimal? computed, string messageZh, string messageEn)
    {
        Kind = kind;
        At = at;
        Recorded = recorded;
        Computed = computed;
        MessageZh = messageZh;
        MessageEn = messageEn;
    }

    /// <summary>The kind.</summary>
    public DiscrepancyKind Kind { get; }

    /// <summary>Where: an indicator code, a group id, <c>budget</c>, <c>total</c> or <c>grade</c>.</summary>
    public string At { get; }

    /// <summary>The value on the form, or null.</summary>
    public decimal? Recorded { get; }

    /// <summary>The recomputed value, or null.</summary>
    public decimal? Computed { get; }

    /// <summary>What is wrong and the rule that explains the difference, in Chinese.</summary>
    public string MessageZh { get; }

    /// <summary>What is wrong and the rule that explains the difference, in English.</summary>
    public string MessageEn { get; }

    /// <summary>The kind, place and English message.</summary>
    public override string ToString() => $"{Kind} at {At}: {MessageEn}";
}
