namespace BudgetPerformance.Rectification;

/// <summary>The recorded state of a rectification notice. <see cref="RectificationState.Overdue"/> is derived, never recorded.</summary>
public enum RectificationState
{
    /// <summary>已下达, issued to the evaluated unit.</summary>
    Issued = 0,

    /// <summary>已报告, the unit reported its rectification.</summary>
    Reported = 1,

    /// <summary>已核实, the responsible section verified the rectification.</summary>
    Verified = 2,

    /// <summary>逾期, past the deadline without a verified rectification (derived from the date asked about).</summary>
    Overdue = 3,
}
