using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class AdmissionContract
{
    public required List<AdmissionCheckContract> Checks { get; init; }

    public SmallAmountExemptionContract? SmallAmountExemption { get; init; }
}
