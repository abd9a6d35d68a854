using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Reporting;

/// <summary>
/// The figures of one evaluation type in a fiscal year: how many evaluations, of how many distinct subjects, in how many
/// distinct departments, for how much money, in which sectors, with which grades.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EvaluationTally
{
    internal EvaluationTally(EvaluationType type, int evaluations, int subjects, int departments, Money amount, IReadOnlyList<Sector> sectors, IReadOnlyList<GradeCount> grades, int ungraded, IReadOnlyList<FiscalYear> coveredYears)
    {
        Type = type;
        Evaluations = evaluations;
        Subjects = subjects;
        Departments = departments;
        Amount = amount;
        Sectors = sectors;
        Grades = grades;
        Ungraded = ungraded;
        CoveredYears = coveredYears;
    }

    /// <summary>The evaluation type.</summary>
    public EvaluationType Type { get; }

    /// <summary>The number of evaluations of the type conducted in the year.</summary>
    public int Evaluations { get; }

    /// <summary>The number of distinct subjects evaluated.</summary>
    public int Subjects { get; }

    /// <summary>The number of distinct departments the subjects are or belong to (internal sections belong to none).</summary>
    public int Departments { get; }

    /// <summary>
    /// The evaluated amount summed over the evaluations: each evaluation's adjusted budget when it records its budget execution,
    /// else the budget of its project or policy, else for a department the sum of its projects' and policies' budgets, else zero.
    /// </summary>
    public Money Amount { get; }

    /// <summary>The distinct sectors of the evaluated projects and policies: built-in sectors in their declaration order, then custom ones by code (ordinal).</summary>
    public IReadOnlyList<Sector> Sectors { get; }

    /// <summary>The number of complete results per grade, best grade first (every grade is listed, possibly with 0).</summary>
    public IReadOnlyList<GradeCount> Grades { get; }

    /// <summary>The number of evaluations without a grade (incomplete or invalid scoring, or a type that ends in a conclusion).</summary>
    public int Ungraded { get; }

    /// <summary>The distinct fiscal years the evaluations cover, in ascending order.</summary>
    public IReadOnlyList<FiscalYear> CoveredYears { get; }

    /// <summary>The number of complete results of a grade.</summary>
    /// <param name="grade">The grade.</param>
    public int CountOf(Grade grade) => Grades.Single(g => g.Grade == grade).Count;
}
