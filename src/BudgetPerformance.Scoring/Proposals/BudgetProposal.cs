using System.Collections.Generic;
using System.Collections.Immutable;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Proposals;

/// <summary>
/// A proposal for the next year's budget of one subject: it proposes, it never changes a budget. When the rule
/// says "may be reduced" or "redesign", no number is invented: <see cref="Proposed"/> is null and
/// <see cref="NeedsDecision"/> is true.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BudgetProposal
{
    internal BudgetProposal(ProposalRequest request, ResultRule rule, Money? proposed, Money? reward, bool conditional, string reasonZh, string reasonEn, IReadOnlyList<string>? overdue = null, IReadOnlyList<Problem>? problems = null)
    {
        Problems = problems is null ? ImmutableArray<Problem>.Empty : ImmutableArray.CreateRange(problems);
        OverdueNotices = overdue is null ? ImmutableArray<string>.Empty : ImmutableArray.CreateRange(overdue);
        Subject = request.Subject;
        Name = request.Name;
        Grade = request.Grades[0];
        Result = request.Result;
        Request = request.Request;
        Rule = rule;
        Proposed = proposed;
        Reward = reward;
        IsConditional = conditional;
        ReasonZh = reasonZh;
        ReasonEn = reasonEn;
    }

    /// <summary>The subject.</summary>
    public SubjectRef Subject { get; }

    /// <summary>What the proposer has to say about the proposal besides its reason: the warning <c>rule-set-not-in-force</c>
    /// when the proposer's rule set is not in force in the year the evaluation was conducted (the proposal is otherwise as the
    /// rule set gives it); empty otherwise.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The subject's name.</summary>
    public string Name { get; }

    /// <summary>This year's grade: the grade of <see cref="Result"/>.</summary>
    public Grade Grade { get; }

    /// <summary>The scoring result the proposal is based on.</summary>
    public ScoringResult Result { get; }

    /// <summary>The id of the evaluation the proposal is based on (that of <see cref="Result"/>).</summary>
    public string EvaluationId => Result.EvaluationId;

    /// <summary>The requested amount.</summary>
    public Money Request { get; }

    /// <summary>The proposed amount, or null when a decision is needed.</summary>
    public Money? Proposed { get; }

    /// <summary>Proposed minus requested (negative for a cut), or null when a decision is needed.</summary>
    public Money? Difference => Proposed is { } p ? p - Request : null;

    /// <summary>The reward the bureau's reward share gives an 优 result (on top of the proposal), or null.</summary>
    public Money? Reward { get; }

    /// <summary>The action.</summary>
    public BudgetAction Action => Rule.Action;

    /// <summary>The rule that decided, with its source.</summary>
    public ResultRule Rule { get; }

    /// <summary>Whether a person must decide the amount.</summary>
    public bool NeedsDecision => Proposed is null;

    /// <summary>Whether the amount is proposed only on a condition (rectification, an improvement plan).</summary>
    public bool IsConditional { get; }

    /// <summary>Whether the result blocks a similar new project next year.</summary>
    public bool BlocksSimilarProject => Rule.BlocksSimilarProject;

    /// <summary>The ids of the rectification notices that were overdue on the date of the proposal (possibly none).</summary>
    public IReadOnlyList<string> OverdueNotices { get; }

    /// <summary>The reason, in Chinese.</summary>
    public string ReasonZh { get; }

    /// <summary>The reason, in English.</summary>
    public string ReasonEn { get; }
}
