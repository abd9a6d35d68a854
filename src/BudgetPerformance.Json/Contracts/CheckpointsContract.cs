using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class CheckpointsContract
{
    public required List<CheckpointContract> Checkpoints { get; init; }

    public required SourceContract Source { get; init; }
}
