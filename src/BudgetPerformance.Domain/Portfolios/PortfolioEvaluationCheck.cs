using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Portfolios;

/// <summary>
/// The checks a portfolio applies to each of its evaluations, one evaluation at a time: its id is not used by an earlier
/// one, its subject is a subject of the portfolio, and it was conducted in the portfolio's year. <see cref="Portfolio"/>
/// runs these for its evaluations, and a streaming reader runs the same object as the evaluations arrive, so that a
/// portfolio gets the same verdict read whole or streamed.
/// </summary>
/// <remarks>Not thread-safe: it remembers the ids it has seen. Use one instance per portfolio, in document order.</remarks>
internal sealed class PortfolioEvaluationCheck
{
    private readonly FiscalYear? year;
    private readonly HashSet<SubjectRef>? subjects;
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    /// <summary>Creates the check for the evaluations of a portfolio.</summary>
    /// <param name="year">The portfolio's fiscal year.</param>
    /// <param name="subjects">The portfolio's subjects: its departments, units, internal sections, projects and policies.</param>
    /// <exception cref="ArgumentException"><paramref name="year"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="subjects"/> or one of its items is null.</exception>
    public PortfolioEvaluationCheck(FiscalYear year, IEnumerable<Subject> subjects)
    {
        Guard.Against.InvalidWhen(year == default, nameof(year), "The fiscal year must be a created FiscalYear.");

        this.year = year;
        this.subjects = [];
        foreach (var subject in Guard.Against.NullItems(subjects))
        {
            this.subjects.Add(subject.Ref);
        }
    }

    /// <summary>
    /// A check for a portfolio some of whose parts could not be read: without a year, no year is checked; without the
    /// subjects, no subject is. (A reader runs it on the evaluations of a portfolio that has other problems, so that
    /// the evaluations' independent problems are reported in the same pass.)
    /// </summary>
    internal PortfolioEvaluationCheck(FiscalYear? year, IEnumerable<Subject>? subjects)
    {
        this.year = year;
        if (subjects is not null)
        {
            this.subjects = [];
            foreach (var subject in Guard.Against.NullItems(subjects))
            {
                this.subjects.Add(subject.Ref);
            }
        }
    }

    /// <summary>
    /// The problems of the next evaluation, which is the portfolio's evaluation number <paramref name="index"/> (from 0):
    /// <c>duplicate-code</c> at <c>evaluations[i].id</c>, <c>reference-unknown</c> at <c>evaluations[i].subject</c> and
    /// <c>year-mismatch</c> at <c>evaluations[i].conductedIn</c>, each with the evaluation's id as its subject.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="index">Its place in the portfolio's list of evaluations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public IReadOnlyList<Problem> Check(Evaluation evaluation, int index)
    {
        Guard.Against.Null(evaluation);
        return Check(evaluation.Id, evaluation.Subject, evaluation.ConductedIn, index);
    }

    /// <summary>
    /// The same problems from an evaluation's parts, for one that could not be built: each part that is null (unreadable,
    /// and reported as such) is not checked; a blank id is not remembered.
    /// </summary>
    internal IReadOnlyList<Problem> Check(string? id, SubjectRef? subject, FiscalYear? conductedIn, int index)
    {
        Guard.Against.OutOfRangeWhen(index < 0, index, nameof(index), "The index must not be negative.");

        var problems = new List<Problem>();
        var name = id ?? string.Empty;
        if (!string.IsNullOrWhiteSpace(id) && !ids.Add(id))
        {
            problems.Add(Messages.EvaluationIdTwice.At(At(index, "id", name), id));
        }

        if (subject is { } s && subjects is not null && !subjects.Contains(s))
        {
            problems.Add(Messages.SubjectNotInPortfolio.At(At(index, "subject", name), Localized.Of(s.Type), s.Code));
        }

        if (conductedIn is { } conducted && year is { } y && conducted != y)
        {
            problems.Add(Messages.EvaluationOfOtherYear.At(At(index, "conductedIn", name), name, conducted, y));
        }

        return problems;
    }

    private static ProblemLocation At(int index, string field, string id) =>
        ProblemLocation.OfElement(string.Create(CultureInfo.InvariantCulture, $"evaluations[{index}].{field}")).WithSubject(id);
}
