using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Portfolios;

/// <summary>
/// The portfolio of one fiscal year (年度预算绩效): the departments, budget units, internal sections, projects and
/// policies, the performance targets of the year, and the evaluations conducted in the year.
/// </summary>
/// <remarks>
/// <para>Invariants (referential integrity): subject codes are unique per subject type and evaluation ids are unique
/// (<see cref="ProblemCodes.DuplicateCode"/>); every unit names a department of the portfolio, every project or policy
/// names a department and, when it has one, a unit of the portfolio, and every target and evaluation names a subject of
/// the portfolio (<see cref="ProblemCodes.ReferenceUnknown"/>); every target is for <see cref="Year"/> and every
/// evaluation was conducted in <see cref="Year"/> (<see cref="ProblemCodes.YearMismatch"/>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Portfolio
{
    private readonly Dictionary<SubjectRef, Subject> subjects;

    /// <summary>Creates a portfolio.</summary>
    /// <param name="year">The fiscal year.</param>
    /// <param name="departments">The departments.</param>
    /// <param name="units">The budget units.</param>
    /// <param name="sections">The internal sections of the finance bureau.</param>
    /// <param name="spendingItems">The projects and policies.</param>
    /// <param name="targets">The performance targets of <paramref name="year"/>.</param>
    /// <param name="evaluations">The evaluations conducted in <paramref name="year"/>.</param>
    /// <exception cref="ArgumentNullException">A list or an item is null.</exception>
    /// <exception cref="DomainInvariantException">An invariant is broken; <see cref="FindProblems"/> lists every one.</exception>
    public Portfolio(
        FiscalYear year,
        IEnumerable<Department> departments,
        IEnumerable<BudgetUnit> units,
        IEnumerable<InternalSection> sections,
        IEnumerable<SpendingItem> spendingItems,
        IEnumerable<PerformanceTarget> targets,
        IEnumerable<Evaluation> evaluations)
    {
        Guard.Against.InvalidWhen(year == default, nameof(year), "The fiscal year must be a created FiscalYear.");

        var d = Guard.Against.NullItems(departments);
        var u = Guard.Against.NullItems(units);
        var s = Guard.Against.NullItems(sections);
        var i = Guard.Against.NullItems(spendingItems);
        var t = Guard.Against.NullItems(targets);
        var e = Guard.Against.NullItems(evaluations);
        Guard.Against.Problems(FindProblems(year, d, u, s, i, t, e), problem => problem.ToException(
            problem.Location.Element is { } element ? element[..element.IndexOf('[', StringComparison.Ordinal)] : nameof(departments)));

        Year = year;
        Departments = new ReadOnlyCollection<Department>(d.ToArray());
        Units = new ReadOnlyCollection<BudgetUnit>(u.ToArray());
        Sections = new ReadOnlyCollection<InternalSection>(s.ToArray());
        SpendingItems = new ReadOnlyCollection<SpendingItem>(i.ToArray());
        Targets = new ReadOnlyCollection<PerformanceTarget>(t.ToArray());
        Evaluations = new ReadOnlyCollection<Evaluation>(e.ToArray());
        subjects = d.Cast<Subject>().Concat(u).Concat(s).Concat(i).ToDictionary(x => x.Ref);
    }

    /// <summary>The fiscal year.</summary>
    public FiscalYear Year { get; }

    /// <summary>The departments, in order.</summary>
    public IReadOnlyList<Department> Departments { get; }

    /// <summary>The budget units, in order.</summary>
    public IReadOnlyList<BudgetUnit> Units { get; }

    /// <summary>The internal sections, in order.</summary>
    public IReadOnlyList<InternalSection> Sections { get; }

    /// <summary>The projects and policies, in order.</summary>
    public IReadOnlyList<SpendingItem> SpendingItems { get; }

    /// <summary>The performance targets, in order.</summary>
    public IReadOnlyList<PerformanceTarget> Targets { get; }

    /// <summary>The evaluations, in order.</summary>
    public IReadOnlyList<Evaluation> Evaluations { get; }

    /// <summary>Finds a subject of the portfolio.</summary>
    /// <param name="reference">The reference.</param>
    /// <param name="subject">The subject, when found.</param>
    public bool TryGetSubject(SubjectRef reference, [NotNullWhen(true)] out Subject? subject) => subjects.TryGetValue(reference, out subject);

    /// <summary>
    /// Lists every broken invariant of a candidate portfolio without building it. Each problem's
    /// <see cref="ProblemLocation.Element"/> locates the offending entry as list, index and, where there is one, field,
    /// for example <c>evaluations[3].subject</c> or <c>units[0].departmentCode</c> (the names of the JSON contract).
    /// </summary>
    /// <param name="year">The fiscal year.</param>
    /// <param name="departments">The departments.</param>
    /// <param name="units">The units.</param>
    /// <param name="sections">The internal sections.</param>
    /// <param name="spendingItems">The projects and policies.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="evaluations">The evaluations.</param>
    public static IReadOnlyList<Problem> FindProblems(
        FiscalYear year,
        IEnumerable<Department> departments,
        IEnumerable<BudgetUnit> units,
        IEnumerable<InternalSection> sections,
        IEnumerable<SpendingItem> spendingItems,
        IEnumerable<PerformanceTarget> targets,
        IEnumerable<Evaluation> evaluations)
    {
        var d = Guard.Against.NullItems(departments);
        var u = Guard.Against.NullItems(units);
        var s = Guard.Against.NullItems(sections);
        var i = Guard.Against.NullItems(spendingItems);
        var t = Guard.Against.NullItems(targets);
        var e = Guard.Against.NullItems(evaluations);
        var problems = new List<Problem>();
        var known = new HashSet<SubjectRef>();

        void Subjects<T>(IReadOnlyList<T> list, string name)
            where T : Subject
        {
            for (var k = 0; k < list.Count; k++)
            {
                if (!known.Add(list[k].Ref))
                {
                    problems.Add(Messages.SubjectCodeTwice.At(At(name, k, "code"), Localized.Of(list[k].Type), list[k].Code));
                }
            }
        }

        Subjects(d, "departments");
        Subjects(u, "units");
        Subjects(s, "sections");
        Subjects(i, "spendingItems");

        void Reference(SubjectType type, string? code, ProblemLocation at)
        {
            if (code is not null && !known.Contains(new SubjectRef(type, code)))
            {
                problems.Add(Messages.SubjectNotInPortfolio.At(at, Localized.Of(type), code));
            }
        }

        for (var k = 0; k < u.Count; k++)
        {
            Reference(SubjectType.Department, u[k].DepartmentCode, At("units", k, "departmentCode"));
        }

        for (var k = 0; k < i.Count; k++)
        {
            Reference(SubjectType.Department, i[k].DepartmentCode, At("spendingItems", k, "departmentCode"));
            Reference(SubjectType.Unit, i[k].UnitCode, At("spendingItems", k, "unitCode"));
        }

        for (var k = 0; k < t.Count; k++)
        {
            Reference(t[k].Subject.Type, t[k].Subject.Code, At("targets", k, "subject"));
            if (t[k].Year != year)
            {
                problems.Add(Messages.TargetOfOtherYear.At(At("targets", k, "year"), t[k].Subject, t[k].Year, year));
            }
        }

        // The same object a streaming reader uses, so that a portfolio has one verdict whether it is read whole or streamed.
        var check = new PortfolioEvaluationCheck(year, d.Cast<Subject>().Concat(u).Concat(s).Concat(i));
        for (var k = 0; k < e.Count; k++)
        {
            problems.AddRange(check.Check(e[k], k));
        }

        return problems;
    }

    /// <summary>The year and the counts.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Portfolio {Year}: {SpendingItems.Count} projects and policies, {Targets.Count} targets, {Evaluations.Count} evaluations");

    private static ProblemLocation At(string list, int index, string field) => ProblemLocation.OfElement(string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{field}"));
}
