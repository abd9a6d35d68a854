using System;
using System.Collections.Generic;
using System.Globalization;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

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

/// <summary>
/// A proposal for the next year's budget of one subject: it proposes, it never changes a budget. When the rule
/// says "may be reduced" or "redesign", no number is invented: <see cref="Proposed"/> is null and
/// <see cref="NeedsDecision"/> is true.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BudgetProposal
{
    internal BudgetProposal(ProposalRequest request, ResultRule rule, Money? proposed, Money? reward, bool conditional, string reasonZh, string reasonEn, IReadOnlyList<string>? overdue = null)
    {
        OverdueNotices = overdue ?? [];
        Subject = request.Subject;
        Name = request.Name;
        Grade = request.Grades[0];
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

    /// <summary>The subject's name.</summary>
    public string Name { get; }

    /// <summary>This year's grade.</summary>
    public Grade Grade { get; }

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

/// <summary>Turns results into budget proposals under a rule set's result-application family.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BudgetProposer
{
    private readonly ResultApplicationRules rules;
    private readonly RectificationRules? rectification;

    /// <summary>Creates a proposer.</summary>
    /// <param name="rules">The result-application family.</param>
    /// <param name="rectification">The rectification family, or null when overdue rectifications have no consequence.</param>
    public BudgetProposer(ResultApplicationRules rules, RectificationRules? rectification = null)
    {
        this.rules = rules ?? throw new ArgumentNullException(nameof(rules));
        this.rectification = rectification;
    }

    /// <summary>
    /// Proposes the next year's amount for one subject, applying the rectification family's consequence when one of
    /// the subject's notices is overdue on <paramref name="asOf"/> (a further cut of the proposed amount, or funding
    /// only after rectification).
    /// </summary>
    /// <param name="request">The subject, its grades and its request.</param>
    /// <param name="notices">Rectification notices (those of other subjects are ignored).</param>
    /// <param name="asOf">The date of the proposal (passed in; never read from a clock).</param>
    public BudgetProposal Propose(ProposalRequest request, IEnumerable<RectificationNotice> notices, NodaTime.LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var proposal = Propose(request);
        var overdue = new List<string>();
        foreach (var notice in notices)
        {
            ArgumentNullException.ThrowIfNull(notice, nameof(notices));
            if (notice.Subject == request.Subject && notice.StatusOn(asOf) == RectificationState.Overdue)
            {
                overdue.Add(notice.Id);
            }
        }

        if (overdue.Count == 0 || rectification is null)
        {
            return overdue.Count == 0 ? proposal : new BudgetProposal(request, proposal.Rule, proposal.Proposed, proposal.Reward, proposal.IsConditional, proposal.ReasonZh, proposal.ReasonEn, overdue);
        }

        var ids = string.Join(", ", overdue);
        if (rectification.Consequence == RectificationConsequence.FurtherCut && proposal.Proposed is { } proposed && proposed > Money.Zero)
        {
            var rate = rectification.FurtherCutRate!.Value;
            var cut = rules.MoneyRounding.Apply(proposed.Yuan * rate);
            return new BudgetProposal(request, proposal.Rule, Money.FromYuan(proposed.Yuan - cut), proposal.Reward, proposal.IsConditional,
                proposal.ReasonZh + $"；整改逾期（{ids}），再压减 {Percent(rate)}：{Money.FromYuan(cut).Format(MoneyUnit.WanYuan)}（依据 {rectification.Source.Reference}）",
                proposal.ReasonEn + $"; rectification overdue ({ids}): a further cut of {Percent(rate)}, {Yuan(Money.FromYuan(cut))} ({rectification.Source.Reference})",
                overdue);
        }

        if (rectification.Consequence == RectificationConsequence.FundAfterRectification)
        {
            return new BudgetProposal(request, proposal.Rule, proposal.Proposed, proposal.Reward, true,
                proposal.ReasonZh + $"；整改逾期（{ids}），整改到位后方可安排（依据 {rectification.Source.Reference}）",
                proposal.ReasonEn + $"; rectification overdue ({ids}): funds only after rectification ({rectification.Source.Reference})",
                overdue);
        }

        return new BudgetProposal(request, proposal.Rule, proposal.Proposed, proposal.Reward, proposal.IsConditional, proposal.ReasonZh, proposal.ReasonEn, overdue);
    }

    /// <summary>Proposes the next year's amount for one subject.</summary>
    /// <param name="request">The subject, its grades and its request.</param>
    public BudgetProposal Propose(ProposalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rule = rules.Match(request.Grades, request.Kind);
        var grade = request.Grades[0].GetDisplayName();
        var years = rule.ConsecutiveYears > 1 ? string.Create(CultureInfo.InvariantCulture, $"连续 {rule.ConsecutiveYears} 年") : string.Empty;
        var yearsEn = rule.ConsecutiveYears > 1 ? string.Create(CultureInfo.InvariantCulture, $" for {rule.ConsecutiveYears} years in a row") : string.Empty;
        var action = DisplayNames.Of(rule.Action);
        Money? proposed;
        var conditional = false;
        string detailZh;
        string detailEn;
        switch (rule.Action)
        {
            case BudgetAction.Prioritise:
            case BudgetAction.Keep:
                proposed = request.Request;
                detailZh = "按申请数安排";
                detailEn = "the request is proposed";
                break;
            case BudgetAction.FundAfterRectification:
            case BudgetAction.RequireImprovementPlan:
                proposed = request.Request;
                conditional = true;
                detailZh = "按申请数安排，以整改或改进方案为前提";
                detailEn = "the request is proposed on condition";
                break;
            case BudgetAction.Cut when rule.CutRate is { } rate:
                {
                    var cut = rules.MoneyRounding.Apply(request.Request.Yuan * rate);
                    proposed = Money.FromYuan(request.Request.Yuan - cut);
                    var cutMoney = Money.FromYuan(cut);
                    detailZh = $"压减不低于 {Percent(rate)}：{request.Request.Format(MoneyUnit.WanYuan)} × {Percent(rate)} = {cutMoney.Format(MoneyUnit.WanYuan)}";
                    detailEn = $"cut by at least {Percent(rate)}: {Yuan(request.Request)} × {Percent(rate)} = {Yuan(cutMoney)}";
                    break;
                }

            case BudgetAction.Cancel:
            case BudgetAction.Suspend:
            case BudgetAction.Abolish:
                proposed = Money.Zero;
                detailZh = "不安排资金";
                detailEn = "no funds are proposed";
                break;
            default:
                proposed = null;
                detailZh = "金额由财政部门决定，规则未给出比例";
                detailEn = "the amount is for the bureau to decide; the rule gives no rate";
                break;
        }

        Money? reward = null;
        if (request.Grades[0] == Grade.Excellent && rules.RewardShare is { } share)
        {
            reward = Money.FromYuan(rules.MoneyRounding.Apply(request.EvaluatedAmount.Yuan * share));
        }

        var zh = $"评价等级{years}为“{grade.Chinese}”，{action.Chinese}：{detailZh}（规则 {rule.Id}，依据 {rule.Source.Reference}）";
        var en = $"graded {grade.English}{yearsEn}: {action.English}; {detailEn} (rule {rule.Id}, {rule.Source.Reference})";
        return new BudgetProposal(request, rule, proposed, reward, conditional, zh, en);
    }

    private static string Percent(decimal rate) => (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Yuan(Money money) => money.Yuan.ToString("#,0.##", CultureInfo.InvariantCulture) + " yuan";
}
