using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;
using BudgetPerformance.Rectification;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Proposals;

/// <summary>
/// Turns scoring results into budget proposals under a rule set's result-application family (结果应用), and its rectification
/// family when the rule set carries one: an overdue rectification then cuts further or makes the proposal conditional.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BudgetProposer : IStageEngine<BudgetProposer>
{
    private readonly ResultApplicationRules rules;
    private readonly RectificationRules? rectification;

    /// <summary>Creates a proposer.</summary>
    /// <param name="ruleSet">The rule set; it must carry the <see cref="RequiredFamilies"/>. Its rectification family, when
    /// present, says what an overdue rectification changes; without it an overdue notice is only listed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="DomainInvariantException">The rule set has no result-application family (<c>rule-family-missing</c>, the
    /// problem <see cref="FindProblems"/> gives; parameter <c>ruleSet</c>).</exception>
    public BudgetProposer(RuleSet ruleSet)
    {
        RuleSet = StageEngine.Require<BudgetProposer>(ruleSet);
        rules = ruleSet.ResultApplication!;
        rectification = ruleSet.Rectification;
    }

    /// <summary>The stage: <see cref="LifecycleStage.Proposals"/>.</summary>
    public static LifecycleStage Stage => LifecycleStage.Proposals;

    /// <summary>The families a proposer reads besides grading: result application (rectification is read when present).</summary>
    public static IReadOnlyList<RuleFamily> RequiredFamilies { get; } = ImmutableArray.Create(RuleFamily.ResultApplication);

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The problem of proposing under <paramref name="ruleSet"/>: one <c>rule-family-missing</c>, or none. The
    /// constructor refuses the same rule sets.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(RuleSet ruleSet) => StageEngine.FindProblems<BudgetProposer>(ruleSet);

    /// <summary>
    /// Proposes the next year's amount for one subject, applying the rectification family's consequence when one of
    /// the subject's notices is overdue on <paramref name="asOf"/> (a further cut of the proposed amount, or funding
    /// only after rectification).
    /// </summary>
    /// <param name="request">The subject, its result, earlier grades and request.</param>
    /// <param name="notices">Rectification notices (those of other subjects are ignored).</param>
    /// <param name="asOf">The date of the proposal (passed in; never read from a clock).</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="notices"/> is null, or a notice is.</exception>
    public BudgetProposal Propose(ProposalRequest request, IEnumerable<RectificationNotice> notices, NodaTime.LocalDate asOf)
    {
        Guard.Against.Null(notices);
        var proposal = Propose(request);
        var overdue = new List<string>();
        foreach (var notice in notices)
        {
            Guard.Against.Null(notice, nameof(notices));
            if (notice.Subject == request.Subject && notice.StatusOn(asOf) == RectificationState.Overdue)
            {
                overdue.Add(notice.Id);
            }
        }

        if (overdue.Count == 0 || rectification is null)
        {
            return overdue.Count == 0 ? proposal : new BudgetProposal(request, proposal.Rule, proposal.Proposed, proposal.Reward, proposal.IsConditional, proposal.ReasonZh, proposal.ReasonEn, overdue, proposal.Problems);
        }

        var ids = string.Join(", ", overdue);
        if (rectification.Consequence == RectificationConsequence.FurtherCut && proposal.Proposed is { } proposed && proposed > Money.Zero)
        {
            var rate = rectification.FurtherCutRate!.Value;
            var cut = rules.MoneyRounding.Apply(proposed.Yuan * rate);
            return new BudgetProposal(request, proposal.Rule, Money.FromYuan(proposed.Yuan - cut), proposal.Reward, proposal.IsConditional,
                proposal.ReasonZh + $"；整改逾期（{ids}），再压减 {Percent(rate)}：{Money.FromYuan(cut).Format(MoneyUnit.WanYuan)}（依据 {rectification.Source.Reference}）",
                proposal.ReasonEn + $"; rectification overdue ({ids}): a further cut of {Percent(rate)}, {Yuan(Money.FromYuan(cut))} ({rectification.Source.Reference})",
                overdue, proposal.Problems);
        }

        if (rectification.Consequence == RectificationConsequence.FundAfterRectification)
        {
            return new BudgetProposal(request, proposal.Rule, proposal.Proposed, proposal.Reward, true,
                proposal.ReasonZh + $"；整改逾期（{ids}），整改到位后方可安排（依据 {rectification.Source.Reference}）",
                proposal.ReasonEn + $"; rectification overdue ({ids}): funds only after rectification ({rectification.Source.Reference})",
                overdue, proposal.Problems);
        }

        return new BudgetProposal(request, proposal.Rule, proposal.Proposed, proposal.Reward, proposal.IsConditional, proposal.ReasonZh, proposal.ReasonEn, overdue, proposal.Problems);
    }

    /// <summary>Proposes the next year's amount for one subject, from the grade of its result (and earlier grades).</summary>
    /// <param name="request">The subject, its result, earlier grades and request.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public BudgetProposal Propose(ProposalRequest request)
    {
        Guard.Against.Null(request);
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
        return new BudgetProposal(request, rule, proposed, reward, conditional, zh, en, null, InForce(request.Result));
    }

    // The warning when the rule set is not in force in the year the evaluation was conducted (issue 17, item 9), else none.
    private Problem[]? InForce(ScoringResult result) =>
        StageEngine.NotInForce(RuleSet, result.ConductedIn, EffectivePeriodPolicy.Warn, ProblemLocation.OfElement("conductedIn").WithSubject(result.Subject.ToString())) is { } problem
            ? [problem]
            : null;

    private static string Percent(decimal rate) => (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Yuan(Money money) => money.Yuan.ToString("#,0.##", CultureInfo.InvariantCulture) + " yuan";
}
