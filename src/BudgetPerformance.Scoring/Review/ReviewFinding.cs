using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Review;

/// <summary>One finding of a target review: its severity, the indicator it concerns (or none) and the reason.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReviewFinding
{
    internal ReviewFinding(FindingSeverity severity, IndicatorCode? indicator, DecisionReason reason)
    {
        Severity = severity;
        Indicator = indicator;
        Reason = reason;
    }

    /// <summary>The severity.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The level-3 indicator (or level-2 node) concerned, or null for the whole target.</summary>
    public IndicatorCode? Indicator { get; }

    /// <summary>The stable code (<see cref="DecisionReason.Code"/>), messages and source.</summary>
    public DecisionReason Reason { get; }

    /// <summary>The stable finding code.</summary>
    public string Code => Reason.Code;
}
