using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Evaluations;

/// <summary>
/// The recorded constraints of an <see cref="EvaluationType"/>: who may perform it, what it may be about, and which
/// year it covers. What it must record (a budget execution, an on-site visit) is a rule of the rule set
/// (<see cref="Rules.RecordRequirementsRules"/>), not a fact of every evaluation of the type.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EvaluationTypeInfo
{
    private static readonly ReadOnlyCollection<EvaluationTypeInfo> All = new(
    [
        new(EvaluationType.ExAnteAssessment, [PerformerRole.FinanceBureau, PerformerRole.Department, PerformerRole.ThirdParty, PerformerRole.ExpertPanel], [SubjectType.Project, SubjectType.Policy], CoveredYearRule.SameOrLater),
        new(EvaluationType.TargetReview, [PerformerRole.FinanceBureau], [SubjectType.Project, SubjectType.Policy, SubjectType.Department], CoveredYearRule.SameOrLater),
        new(EvaluationType.Monitoring, [PerformerRole.Unit, PerformerRole.Department, PerformerRole.FinanceBureau], [SubjectType.Project, SubjectType.Policy], CoveredYearRule.Same),
        new(EvaluationType.SelfEvaluation, [PerformerRole.Unit], [SubjectType.Project, SubjectType.Policy], CoveredYearRule.Previous),
        new(EvaluationType.DepartmentEvaluation, [PerformerRole.Department, PerformerRole.ThirdParty], [SubjectType.Project, SubjectType.Policy], CoveredYearRule.SameOrEarlier),
        new(EvaluationType.FinanceEvaluation, [PerformerRole.FinanceBureau, PerformerRole.ThirdParty], [SubjectType.Project, SubjectType.Policy], CoveredYearRule.SameOrEarlier),
        new(EvaluationType.WholeDepartmentEvaluation, [PerformerRole.FinanceBureau, PerformerRole.ThirdParty], [SubjectType.Department], CoveredYearRule.SameOrEarlier),
        new(EvaluationType.InternalSectionEvaluation, [PerformerRole.FinanceBureau], [SubjectType.InternalSection], CoveredYearRule.SameOrEarlier),
    ]);

    private EvaluationTypeInfo(EvaluationType type, PerformerRole[] performers, SubjectType[] subjects, CoveredYearRule coveredYear)
    {
        Type = type;
        Performers = new ReadOnlyCollection<PerformerRole>(performers);
        Subjects = new ReadOnlyCollection<SubjectType>(subjects);
        CoveredYear = coveredYear;
    }

    /// <summary>The type.</summary>
    public EvaluationType Type { get; }

    /// <summary>The roles that may perform it.</summary>
    public IReadOnlyList<PerformerRole> Performers { get; }

    /// <summary>The subject types it may be about.</summary>
    public IReadOnlyList<SubjectType> Subjects { get; }

    /// <summary>How the covered year relates to the year of conduct.</summary>
    public CoveredYearRule CoveredYear { get; }

    /// <summary>The constraints of a type.</summary>
    /// <param name="type">The type.</param>
    public static EvaluationTypeInfo Of(EvaluationType type) => All[(int)Guard.Against.Undefined(type)];

    /// <summary>Whether <paramref name="covered"/> may be covered by an evaluation conducted in <paramref name="conductedIn"/>.</summary>
    /// <param name="covered">The covered year.</param>
    /// <param name="conductedIn">The year of conduct.</param>
    public bool AllowsYears(FiscalYear covered, FiscalYear conductedIn) => CoveredYear switch
    {
        CoveredYearRule.SameOrLater => covered >= conductedIn,
        CoveredYearRule.Same => covered == conductedIn,
        CoveredYearRule.Previous => covered.Year == conductedIn.Year - 1,
        _ => covered <= conductedIn,
    };

    internal static IEnumerable<EvaluationTypeInfo> Each => All.AsEnumerable();
}
