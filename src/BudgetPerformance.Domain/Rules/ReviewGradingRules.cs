using System;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// The optional review grade (优/良/中/差) some provinces give a target: score = 100 − the deductions of the findings
/// (per error, per warning, per advice), not below 0, graded on <see cref="Scale"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReviewGradingRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="errorDeduction">Points deducted per error, in [0, 100].</param>
    /// <param name="warningDeduction">Points deducted per warning, in [0, 100].</param>
    /// <param name="adviceDeduction">Points deducted per advice, in [0, 100].</param>
    /// <param name="scale">The grade bands of the score.</param>
    /// <param name="source">The source.</param>
    public ReviewGradingRules(decimal errorDeduction, decimal warningDeduction, decimal adviceDeduction, GradeScale scale, SourceCitation source)
    {
        ErrorDeduction = CheckDeduction(errorDeduction, nameof(errorDeduction));
        WarningDeduction = CheckDeduction(warningDeduction, nameof(warningDeduction));
        AdviceDeduction = CheckDeduction(adviceDeduction, nameof(adviceDeduction));
        Scale = Preconditions.CheckNotNull(scale);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>Points deducted per error.</summary>
    public decimal ErrorDeduction { get; }

    /// <summary>Points deducted per warning.</summary>
    public decimal WarningDeduction { get; }

    /// <summary>Points deducted per advice.</summary>
    public decimal AdviceDeduction { get; }

    /// <summary>The grade bands.</summary>
    public GradeScale Scale { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    private static decimal CheckDeduction(decimal value, string name) =>
        value is < 0m or > 100m ? throw new ArgumentOutOfRangeException(name, value, "A deduction must lie in [0, 100].") : value;
}
