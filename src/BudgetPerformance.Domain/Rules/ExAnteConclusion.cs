namespace BudgetPerformance.Rules;

/// <summary>The conclusion (评估结论) of an ex-ante assessment.</summary>
public enum ExAnteConclusion
{
    /// <summary>予以支持, support.</summary>
    Support = 0,

    /// <summary>调整完善后予以支持, support after adjustment.</summary>
    SupportAfterAdjustment = 1,

    /// <summary>不予支持, do not support.</summary>
    DoNotSupport = 2,
}
