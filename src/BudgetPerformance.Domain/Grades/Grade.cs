namespace BudgetPerformance.Grades;

/// <summary>The grade (评价等级) that ends an evaluation. Ordered from worst to best, so that comparisons work.</summary>
public enum Grade
{
    /// <summary>差, poor (nationally 0 ≤ s &lt; 60).</summary>
    Poor = 0,

    /// <summary>中, fair (nationally 60 ≤ s &lt; 80).</summary>
    Fair = 1,

    /// <summary>良, good (nationally 80 ≤ s &lt; 90).</summary>
    Good = 2,

    /// <summary>优, excellent (nationally 90 ≤ s ≤ 100).</summary>
    Excellent = 3,
}
