using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Proposals;

/// <summary>
/// What a result-to-budget proposal is about: a subject, the scoring result that grades it this year (never a grade typed
/// by hand), the grades of earlier years when a rule looks at a run of years, and its next-year request.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProposalRequest
{
    /// <summary>Creates a request for a proposal.</summary>
    /// <param name="subject">The project or policy (<see cref="SpendingItem"/>, whose <see cref="SpendingItem.Kind"/> the rules
    /// match) or the department (<see cref="Department"/>, matched as <see cref="ProjectKind.WholeDepartment"/>).</param>
    /// <param name="result">This year's scoring result of <paramref name="subject"/>: complete and graded; its grade is the one
    /// the rules apply.</param>
    /// <param name="request">The next year's requested amount; not negative.</param>
    /// <param name="evaluatedAmount">The amount evaluated (the basis of a reward), not negative.</param>
    /// <param name="earlierGrades">The grades of the previous years, most recent first, for rules over consecutive years;
    /// null or empty when there are none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> or <paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">The subject is neither a project or policy nor a department; the result is about
    /// another subject; or the result has no grade (it is incomplete or invalid, or an ex-ante assessment's conclusion).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An earlier grade is not a defined value, or an amount is negative.</exception>
    public ProposalRequest(Subject subject, ScoringResult result, Money request, Money evaluatedAmount, IEnumerable<Grade>? earlierGrades = null)
    {
        Guard.Against.Null(subject);
        Guard.Against.InvalidWhen(subject is not (SpendingItem or Department), nameof(subject), $"A proposal is for a project, policy or department, not for {subject.Ref}.");
        var kind = subject is SpendingItem item ? item.Kind : ProjectKind.WholeDepartment;

        Guard.Against.Null(result);
        Guard.Against.InvalidWhen(result.Subject != subject.Ref, nameof(result), $"The result {result.EvaluationId} is about {result.Subject}, not {subject.Ref}.");

        Guard.Against.InvalidWhen(result.Grade is null, nameof(result), $"The result {result.EvaluationId} has no grade ({result.Outcome}): a proposal needs a complete, graded result.");
        var grade = result.Grade.Value;

        List<Grade> grades = [grade];
        if (earlierGrades is not null)
        {
            var i = 0;
            foreach (var earlier in earlierGrades)
            {
                Guard.Against.OutOfRangeWhen(!Enum.IsDefined(earlier), earlier, nameof(earlierGrades), string.Create(CultureInfo.InvariantCulture, $"Earlier grade {i} is not a defined Grade."));

                grades.Add(earlier);
                i++;
            }
        }

        Guard.Against.OutOfRangeWhen(request.IsNegative, request, nameof(request), "The request must not be negative.");

        Guard.Against.OutOfRangeWhen(evaluatedAmount.IsNegative, evaluatedAmount, nameof(evaluatedAmount), "The evaluated amount must not be negative.");

        Subject = subject.Ref;
        Name = subject.Name;
        Kind = kind;
        Result = result;
        Grades = grades.AsReadOnly();
        Request = request;
        EvaluatedAmount = evaluatedAmount;
    }

    /// <summary>The subject.</summary>
    public SubjectRef Subject { get; }

    /// <summary>The subject's name.</summary>
    public string Name { get; }

    /// <summary>The kind the rules match: the project's or policy's kind, or <see cref="ProjectKind.WholeDepartment"/> for a department.</summary>
    public ProjectKind Kind { get; }

    /// <summary>This year's scoring result, whose grade is <see cref="Grades"/>[0].</summary>
    public ScoringResult Result { get; }

    /// <summary>This year's grade (the result's), then the earlier years' grades, most recent first.</summary>
    public IReadOnlyList<Grade> Grades { get; }

    /// <summary>The next year's request.</summary>
    public Money Request { get; }

    /// <summary>The amount evaluated.</summary>
    public Money EvaluatedAmount { get; }
}
