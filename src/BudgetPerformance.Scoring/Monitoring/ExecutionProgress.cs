using BudgetPerformance.Evaluations;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring.Monitoring;

/// <summary>Budget execution in a monitoring snapshot: the rate, its progress against time and colour, and the checkpoint in force.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ExecutionProgress
{
    internal ExecutionProgress(BudgetExecution budget, decimal? rate, decimal? value, WarningColour? colour, ExecutionCheckpoint? checkpoint, bool checkpointMissed)
    {
        Budget = budget;
        Rate = rate;
        Value = value;
        Colour = colour;
        Checkpoint = checkpoint;
        CheckpointMissed = checkpointMissed;
    }

    /// <summary>The adjusted annual budget and the amount spent to date.</summary>
    public BudgetExecution Budget { get; }

    /// <summary>Cumulative execution spent ÷ adjusted budget, unrounded; null when the adjusted budget is 0.</summary>
    public decimal? Rate { get; }

    /// <summary>v = rate ÷ time progress × 100, rounded by the family; null when the budget is 0 or nothing is due yet.</summary>
    public decimal? Value { get; }

    /// <summary>The colour of <see cref="Value"/>, or null (no value, or no execution bands in the family).</summary>
    public WarningColour? Colour { get; }

    /// <summary>The checkpoint in force on the snapshot date, or null (none yet, or no checkpoints in the family).</summary>
    public ExecutionCheckpoint? Checkpoint { get; }

    /// <summary>Whether cumulative execution is below the checkpoint's minimum (exclusive).</summary>
    public bool CheckpointMissed { get; }
}
