namespace BudgetPerformance.Targets;

/// <summary>The review status of a performance target.</summary>
public enum TargetStatus
{
    /// <summary>草稿, being written by the requesting unit.</summary>
    Draft = 0,

    /// <summary>已提交, submitted for review.</summary>
    Submitted = 1,

    /// <summary>审核通过, approved by the funding section.</summary>
    Approved = 2,

    /// <summary>退回, returned by the funding section with a reason.</summary>
    Returned = 3,
}
