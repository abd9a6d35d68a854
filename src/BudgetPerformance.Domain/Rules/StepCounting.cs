namespace BudgetPerformance.Rules;

/// <summary>How partial steps count in a per-step deduction.</summary>
public enum StepCounting
{
    /// <summary>Every started step counts (ceiling): 6 points below with steps of 5 is 2 steps.</summary>
    EveryStartedStep = 0,

    /// <summary>Only whole steps count (floor): 6 points below with steps of 5 is 1 step.</summary>
    WholeStepsOnly = 1,

    /// <summary>Partial steps count in proportion: 6 points below with steps of 5 is 1.2 steps.</summary>
    Proportional = 2,
}
