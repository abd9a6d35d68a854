using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <content>The portfolio's checks of what could be read, when some part of a portfolio could not.</content>
internal sealed partial class Mapper
{
    // Every problem in one pass (issue 18, item 7): a bad part of a portfolio (an evaluation with a problem of its own, a
    // subject without a name) used to stop every portfolio check, so that an evaluation's year-mismatch and reference-unknown
    // appeared only once its other problems were fixed. The checks that do not depend on the bad part still run: each
    // evaluation's id, subject and year, from the parts of it that were read (the subjects only when every subject list
    // was read, the year only when the portfolio's was); the subject lists' own checks when they and the year were read.
    private void PortfolioChecksOfTheReadable(PortfolioDocument d, string path, FiscalYear? year, List<Department?> departments, List<BudgetUnit?> units,
        List<InternalSection?> sections, List<SpendingItem?> items, List<PerformanceTarget?> targets)
    {
        var subjectsRead = !AnyNull(departments) && !AnyNull(units) && !AnyNull(sections) && !AnyNull(items);
        if (year is { } y && subjectsRead && !AnyNull(targets))
        {
            foreach (var problem in BudgetPerformance.Portfolios.Portfolio.FindProblems(y, departments!, units!, sections!, items!, targets!, []))
            {
                Add(problem, path + "." + problem.Location.Element);
            }
        }

        IEnumerable<Subject>? subjects = subjectsRead ? departments.Cast<Subject>().Concat(units.Cast<Subject>()).Concat(sections.Cast<Subject>()).Concat(items.Cast<Subject>()) : null;
        var check = new PortfolioEvaluationCheck(year, subjects);
        for (var i = 0; i < d.Evaluations.Count; i++)
        {
            foreach (var problem in CheckParts(check, d.Evaluations[i], i))
            {
                Add(problem, path + "." + problem.Location.Element);
            }
        }
    }

    // The portfolio's checks of one evaluation from its contract: the parts that are not readable are not checked (they
    // are reported where they are).
    internal static IReadOnlyList<BudgetPerformance.Problems.Problem> CheckParts(PortfolioEvaluationCheck check, EvaluationContract e, int index)
    {
        SubjectRef? subject = e.Subject is { } s && EnumText.TryParse<SubjectType>(s.Type, out var type) && !string.IsNullOrWhiteSpace(s.Code) ? new SubjectRef(type, s.Code) : null;
        FiscalYear? conducted = e.ConductedIn is >= FiscalYear.MinValue and <= FiscalYear.MaxValue ? new FiscalYear(e.ConductedIn) : null;
        return check.Check(e.Id, subject, conducted, index);
    }
}
