namespace BudgetPerformance.Scoring;

/// <summary>The stable codes of the reasons of the admission gate, target review and monitoring.</summary>
public static class ReasonCodes
{
    // Admission gate ---------------------------------------------------------------------------------------------

    /// <summary>The request has a performance target.</summary>
    public const string TargetPresent = "target-present";

    /// <summary>The request has no performance target: refused (未设置绩效目标，一律不得安排资金).</summary>
    public const string NoTarget = "no-target";

    /// <summary>The item is not a new major policy or project: no ex-ante assessment is required.</summary>
    public const string ExAnteNotRequired = "ex-ante-not-required";

    /// <summary>A new major item has no ex-ante assessment: refused (先评估，后入库).</summary>
    public const string ExAnteMissing = "ex-ante-missing";

    /// <summary>The ex-ante assessment concluded "support".</summary>
    public const string ExAnteSupport = "ex-ante-support";

    /// <summary>The ex-ante assessment concluded "support after adjustment": each adjustment is a condition.</summary>
    public const string ExAnteAdjustment = "ex-ante-adjustment";

    /// <summary>The ex-ante assessment concluded "do not support": refused.</summary>
    public const string ExAnteDoNotSupport = "ex-ante-do-not-support";

    /// <summary>The target was approved or passed review.</summary>
    public const string TargetReviewPassed = "target-review-passed";

    /// <summary>The target was returned by the reviewer and not yet corrected: refused.</summary>
    public const string TargetReturned = "target-returned";

    /// <summary>The target review found errors: refused until corrected.</summary>
    public const string TargetReviewFailed = "target-review-failed";

    /// <summary>The target has not been reviewed yet: admitted on condition that it passes review.</summary>
    public const string TargetReviewPending = "target-review-pending";

    /// <summary>There is no target to review.</summary>
    public const string NoTargetToReview = "no-target-to-review";

    /// <summary>The check was skipped under the small-amount exemption.</summary>
    public const string SmallAmountExempt = "small-amount-exempt";

    // Target review -----------------------------------------------------------------------------------------------

    /// <summary>No level-3 indicator under a required level-2 class.</summary>
    public const string ClassMissing = "class-missing";

    /// <summary>An indicator has no explanation (formula or statistical scope; what is judged and how).</summary>
    public const string ExplanationMissing = "explanation-missing";

    /// <summary>The tree carries no binding weights.</summary>
    public const string WeightsUnset = "weights-unset";

    /// <summary>The level-1 points do not add up to the required total.</summary>
    public const string WeightsTotal = "weights-total";

    /// <summary>Two level-3 indicators have the same name.</summary>
    public const string DuplicateName = "duplicate-name";

    /// <summary>A satisfaction target is below the conventional minimum.</summary>
    public const string SatisfactionBelowMinimum = "satisfaction-below-minimum";

    /// <summary>A satisfaction target is not in percent, so the minimum cannot be checked.</summary>
    public const string SatisfactionNotPercent = "satisfaction-not-percent";

    /// <summary>A cost indicator's target exceeds its expenditure standard.</summary>
    public const string CostAboveStandard = "cost-above-standard";

    /// <summary>Quantity targets with no money requested.</summary>
    public const string QuantityWithoutMoney = "quantity-without-money";

    /// <summary>Money requested with no quantity (output) target.</summary>
    public const string MoneyWithoutOutput = "money-without-output";

    // Monitoring ----------------------------------------------------------------------------------------------------

    /// <summary>Time progress is 0: nothing is expected yet, progress against time is not measured.</summary>
    public const string NothingDueYet = "nothing-due-yet";

    /// <summary>The adjusted budget is 0: execution cannot be measured.</summary>
    public const string ZeroBudget = "zero-budget";

    /// <summary>Budget execution against time and its colour.</summary>
    public const string ExecutionColour = "execution-colour";

    /// <summary>An indicator's progress against time and its colour.</summary>
    public const string IndicatorColour = "indicator-colour";

    /// <summary>An indicator's annual target is not above zero, so progress against time cannot be measured.</summary>
    public const string TargetNotPositive = "target-not-positive";

    /// <summary>No progress was reported for an indicator.</summary>
    public const string NoData = "no-data";

    /// <summary>The target's colour, the worst of its indicators'.</summary>
    public const string TargetColour = "target-colour";

    /// <summary>Cumulative execution was below a checkpoint's minimum.</summary>
    public const string CheckpointMissed = "checkpoint-missed";

    /// <summary>Cumulative execution met the checkpoint in force.</summary>
    public const string CheckpointMet = "checkpoint-met";

    /// <summary>Target completion and execution differ by more than the allowed gap.</summary>
    public const string GapExceeded = "gap-exceeded";

    /// <summary>The unit recorded an indicator as impossible to reach.</summary>
    public const string LikelihoodImpossible = "likelihood-impossible";

    /// <summary>The recommended action and the situation that led to it.</summary>
    public const string Action = "action";

    /// <summary>The date by which the unit must respond.</summary>
    public const string ResponseDue = "response-due";

    /// <summary>Self-evaluation cross-check: completion claimed well ahead of spending.</summary>
    public const string ClaimAheadOfSpending = "claim-ahead-of-spending";

    /// <summary>Self-evaluation cross-check: too much of the budget unspent, or a zero budget.</summary>
    public const string Unspent = "unspent";

    /// <summary>Self-evaluation cross-check: consistent.</summary>
    public const string CrossCheckConsistent = "cross-check-consistent";
}
