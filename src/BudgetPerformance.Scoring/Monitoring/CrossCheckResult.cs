using System.Collections.Generic;
using BudgetPerformance.Monitoring;

namespace BudgetPerformance.Scoring.Monitoring;

/// <summary>The result of the self-evaluation cross-check: the colour and every reason.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CrossCheckResult
{
    internal CrossCheckResult(WarningColour colour, decimal completion, decimal execution, decimal? unspentShare, IReadOnlyList<DecisionReason> reasons)
    {
        Colour = colour;
        Completion = completion;
        Execution = execution;
        UnspentShare = unspentShare;
        Reasons = reasons;
    }

    /// <summary>Red, yellow or green (the worst that applies).</summary>
    public WarningColour Colour { get; }

    /// <summary>Claimed indicator completion: indicator score ÷ indicator points.</summary>
    public decimal Completion { get; }

    /// <summary>Execution: execution score ÷ execution points.</summary>
    public decimal Execution { get; }

    /// <summary>(adjusted budget − spent) ÷ adjusted budget, or null when the adjusted budget is 0.</summary>
    public decimal? UnspentShare { get; }

    /// <summary>Every reason.</summary>
    public IReadOnlyList<DecisionReason> Reasons { get; }
}
