using System;
using System.Collections.Generic;
using System.Globalization;
using BudgetPerformance.Grades;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Proposals;

/// <summary>What a result-to-budget proposal is about: a subject, its evaluated result and its next-year request.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProposalRequest
{
    /// <summary>Creates a request for a proposal.</summary>
    /// <param name="subject">The project, policy or department.</param>
    /// <param name="name">Its name, for people.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="grades">This year's grade, then the previous years' grades, most recent first (at least one).</param>
    /// <param name="request">The next year's requested amount; not negative.</param>
    /// <param name="evaluatedAmount">The amount evaluated (the basis of a reward), not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind or a grade is not a defined value, or an amount is negative.</exception>
    public ProposalRequest(SubjectRef subject, string name, ProjectKind kind, IReadOnlyList<Grade> grades, Money request, Money evaluatedAmount)
    {
        if (subject == default)
        {
            throw new ArgumentException("The subject must be a created SubjectRef.", nameof(subject));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(grades);
        if (grades.Count == 0)
        {
            throw new ArgumentException("At least this year's grade is needed.", nameof(grades));
        }

        for (var i = 0; i < grades.Count; i++)
        {
            if (!Enum.IsDefined(grades[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(grades), grades[i], string.Create(CultureInfo.InvariantCulture, $"Grade {i} is not a defined Grade."));
            }
        }

        if (request.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request, "The request must not be negative.");
        }

        if (evaluatedAmount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(evaluatedAmount), evaluatedAmount, "The evaluated amount must not be negative.");
        }

        Subject = subject;
        Name = name;
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Undefined kind.");
        Grades = [.. grades];
        Request = request;
        EvaluatedAmount = evaluatedAmount;
    }

    /// <summary>The subject.</summary>
    public SubjectRef Subject { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The kind.</summary>
    public ProjectKind Kind { get; }

    /// <summary>This year's grade, then earlier years', most recent first.</summary>
    public IReadOnlyList<Grade> Grades { get; }

    /// <summary>The next year's request.</summary>
    public Money Request { get; }

    /// <summary>The amount evaluated.</summary>
    public Money EvaluatedAmount { get; }
}
