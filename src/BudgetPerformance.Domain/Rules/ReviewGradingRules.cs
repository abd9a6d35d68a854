using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

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
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A deduction lies outside [0, 100] (<see cref="FindProblems"/>).</exception>
    public ReviewGradingRules(decimal errorDeduction, decimal warningDeduction, decimal adviceDeduction, GradeScale scale, SourceCitation source)
    {
        Guard.Against.ProblemsOutOfRange(FindProblems(errorDeduction, warningDeduction, adviceDeduction),
            parameter => parameter == nameof(errorDeduction) ? errorDeduction : parameter == nameof(warningDeduction) ? warningDeduction : adviceDeduction);

        ErrorDeduction = errorDeduction;
        WarningDeduction = warningDeduction;
        AdviceDeduction = adviceDeduction;
        Scale = Guard.Against.Null(scale);
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of candidate deductions, without building the family: each lies in [0, 100], both ends
    /// included. Each problem names its deduction (<c>errorDeduction</c>, <c>warningDeduction</c> or
    /// <c>adviceDeduction</c>, in this order) as its <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="errorDeduction">The candidate deduction per error.</param>
    /// <param name="warningDeduction">The candidate deduction per warning.</param>
    /// <param name="adviceDeduction">The candidate deduction per advice.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal errorDeduction, decimal warningDeduction, decimal adviceDeduction)
    {
        var problems = new List<Problem>();
        Check(errorDeduction, nameof(errorDeduction));
        Check(warningDeduction, nameof(warningDeduction));
        Check(adviceDeduction, nameof(adviceDeduction));
        return problems;

        void Check(decimal value, string name)
        {
            if (value is < 0m or > 100m)
            {
                problems.Add(Messages.DeductionOutOfRange.At(ProblemLocation.OfElement(name)));
            }
        }
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
}
