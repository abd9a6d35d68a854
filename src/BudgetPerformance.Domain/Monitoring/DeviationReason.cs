namespace BudgetPerformance.Monitoring;

/// <summary>The reason for a deviation (偏差原因), as 财预〔2019〕136号 lists them.</summary>
public enum DeviationReason
{
    /// <summary>经费保障, funding.</summary>
    Funding = 0,

    /// <summary>制度保障, systems and rules.</summary>
    System = 1,

    /// <summary>人员保障, staff.</summary>
    Staff = 2,

    /// <summary>硬件条件保障, hardware and facilities.</summary>
    Hardware = 3,

    /// <summary>其他, other.</summary>
    Other = 4,
}
