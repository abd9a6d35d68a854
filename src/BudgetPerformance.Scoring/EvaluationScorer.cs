using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

/// <summary>
/// Scores evaluations under one rule set: every indicator, the subtotals per level, the budget block, the total
/// and the grade (or the conclusion of an ex-ante assessment), exactly as the rule set says. Explanations are made
/// only on request (<see cref="Explain"/>), so bulk scoring does not pay for them.
/// </summary>
/// <remarks>
/// A scorer is immutable and thread-safe: one instance may score many evaluations on many threads at once, and
/// the same input always gives the same result.
/// </remarks>
public sealed class EvaluationScorer : IStageEngine<EvaluationScorer>
{
    private static readonly IReadOnlyList<Problem> NoProblems = ImmutableArray<Problem>.Empty;
    private static readonly ReadOnlyCollection<Subtotal> NoGroups = new([]);

    private readonly IndicatorScoringRules scoring;
    private readonly AggregationRules aggregation;

    // Looked up once here rather than per indicator or per evaluation (the rule set is immutable).
    private readonly bool[] budgetAppliesTo;
    private readonly bool[] weightCheckAppliesTo;
    private readonly ScoringStrategy?[] defaultByDirection;
    private readonly FrozenDictionary<string, ScoringStrategy> strategiesById;

    /// <summary>Creates a scorer for a rule set.</summary>
    /// <param name="ruleSet">The rule set; it must carry the <see cref="RequiredFamilies"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="DomainInvariantException">The rule set lacks a family the scorer needs (<c>rule-family-missing</c>, the
    /// problem <see cref="FindProblems"/> gives; parameter <c>ruleSet</c>).</exception>
    public EvaluationScorer(RuleSet ruleSet)
    {
        RuleSet = StageEngine.Require<EvaluationScorer>(ruleSet);
        scoring = ruleSet.IndicatorScoring!;
        aggregation = ruleSet.Aggregation!;
        budgetAppliesTo = TypeSet(ruleSet.BudgetExecution?.AppliesTo);
        weightCheckAppliesTo = TypeSet(ruleSet.WeightCheck?.AppliesTo);
        var directions = Enum.GetValues<Direction>();
        var maxDirection = 0;
        foreach (var direction in directions)
        {
            maxDirection = Math.Max(maxDirection, (int)direction);
        }

        defaultByDirection = new ScoringStrategy?[maxDirection + 1];
        foreach (var direction in directions)
        {
            defaultByDirection[(int)direction] = scoring.DefaultFor(direction);
        }

        var byId = new Dictionary<string, ScoringStrategy>(StringComparer.Ordinal);
        foreach (var strategy in scoring.Strategies)
        {
            byId[strategy.Id] = strategy;
        }

        strategiesById = byId.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The stage: <see cref="LifecycleStage.Scoring"/>.</summary>
    public static LifecycleStage Stage => LifecycleStage.Scoring;

    /// <summary>The families a scorer reads besides grading: indicator scoring and aggregation (budget execution, weight check
    /// and ex-ante are read when present).</summary>
    public static IReadOnlyList<RuleFamily> RequiredFamilies { get; } = ImmutableArray.Create(RuleFamily.IndicatorScoring, RuleFamily.Aggregation);

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The problem of scoring under <paramref name="ruleSet"/>: one <c>rule-family-missing</c> naming every family of
    /// <see cref="RequiredFamilies"/> it lacks, or none. The constructor refuses the same rule sets.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(RuleSet ruleSet) => StageEngine.FindProblems<EvaluationScorer>(ruleSet);

    /// <summary>Scores one evaluation, without explanations.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public ScoringResult Score(Evaluation evaluation) => Run(Guard.Against.Null(evaluation), null);

    /// <summary>Scores one evaluation and explains every number.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public ScoringExplanation Explain(Evaluation evaluation)
    {
        Guard.Against.Null(evaluation);
        var builder = new ExplanationBuilder(evaluation.Indicators.Indicators.Count);
        var result = Run(evaluation, builder);
        return builder.Build(RuleSet, evaluation, result);
    }

    /// <summary>Scores evaluations one after another, lazily, in order (suitable for streams).</summary>
    /// <param name="evaluations">The evaluations.</param>
    public IEnumerable<ScoringResult> ScoreAll(IEnumerable<Evaluation> evaluations)
    {
        Guard.Against.Null(evaluations);
        return Iterate(evaluations);

        IEnumerable<ScoringResult> Iterate(IEnumerable<Evaluation> source)
        {
            foreach (var evaluation in source)
            {
                yield return Score(evaluation);
            }
        }
    }

    /// <summary>
    /// Scores a list of evaluations on several threads. The results are in the input order and are identical to
    /// those of <see cref="Score"/> one by one.
    /// </summary>
    /// <param name="evaluations">The evaluations.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use, at least 1 (for example <see cref="Environment.ProcessorCount"/>).</param>
    public IReadOnlyList<ScoringResult> ScoreAllParallel(IReadOnlyList<Evaluation> evaluations, int maxDegreeOfParallelism)
    {
        Guard.Against.Null(evaluations);
        Guard.Against.NotBetween(maxDegreeOfParallelism, 1, int.MaxValue);
        var results = new ScoringResult[evaluations.Count];
        if (results.Length == 0)
        {
            return results; // Partitioner.Create refuses an empty range
        }

        // Checked here rather than on the threads, where the exception would reach the caller wrapped in an AggregateException.
        for (var i = 0; i < results.Length; i++)
        {
            Guard.Against.InvalidWhen(evaluations[i] is null, nameof(evaluations), FormattableString.Invariant($"Evaluation {i} is null."));
        }

        // Ranges rather than single items: one delegate call per range, not per evaluation.
        var rangeSize = Math.Max(64, results.Length / (maxDegreeOfParallelism * 8));
        Parallel.ForEach(
            Partitioner.Create(0, results.Length, rangeSize),
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    results[i] = Run(evaluations[i], null);
                }
            });
        return results;
    }

    private ScoringResult Run(Evaluation evaluation, ExplanationBuilder? explain)
    {
        // The hot path of bulk scoring. Allocation is bounded by the result (its arrays and object); issues, the group
        // map and the explanation are allocated only when there is something to put in them. No closures, no LINQ, no
        // enumerators over interfaces: index loops only.
        var tree = evaluation.Indicators;
        var indicators = tree.Indicators;
        var records = evaluation.Records;
        var count = indicators.Count;
        List<Problem>? issues = null;

        // The budget-execution block.
        var budgetRules = RuleSet.BudgetExecution;
        var blockApplies = budgetRules is not null && Applies(budgetAppliesTo, evaluation.Type);
        var blockPoints = blockApplies ? budgetRules!.Points : 0m;
        var blockDropped = false;
        var execution = evaluation.BudgetExecution;
        if (blockApplies)
        {
            if (execution is null)
            {
                AddIssue(ref issues, Messages.BudgetExecutionNotRecorded.Cited(BudgetLocation, budgetRules!.Source, Localized.Of(evaluation.Type), RuleSet.ToString()));
            }
            else if (execution.AdjustedBudget == Money.Zero)
            {
                if (execution.Spent != Money.Zero)
                {
                    AddIssue(ref issues, Messages.SpentAgainstZeroBudget.Cited(BudgetLocation, budgetRules!.Source, execution.Spent));
                }
                else if (budgetRules!.ZeroBudget == ZeroBudgetPolicy.Reject)
                {
                    AddIssue(ref issues, Messages.ZeroBudgetRejected.Cited(BudgetLocation, budgetRules!.Source));
                }
                else
                {
                    blockDropped = true;
                }
            }
        }

        // Framework checks.
        var treePoints = tree.TotalPoints;
        var available = treePoints + blockPoints;
        if (aggregation.RequiredTotalPoints is { } required && available != required)
        {
            AddIssue(ref issues, Messages.TotalPointsNotRequired.Cited(ProblemLocation.None, aggregation.Source, treePoints, blockPoints, available, required));
        }

        if (RuleSet.WeightCheck is { } weightCheck && Applies(weightCheckAppliesTo, evaluation.Type))
        {
            var outputBenefit = 0m;
            var groups = tree.Groups;
            for (var g = 0; g < groups.Count; g++)
            {
                var group = groups[g];
                if (group.Class == IndicatorClass.Output || group.Class == IndicatorClass.Benefit)
                {
                    outputBenefit += group.Points;
                }
            }

            if (treePoints == 0m || outputBenefit / treePoints < weightCheck.MinimumOutputBenefitShare)
            {
                AddIssue(ref issues, Messages.OutputBenefitBelowShare.Cited(ProblemLocation.None, weightCheck.Source, outputBenefit, treePoints, weightCheck.MinimumOutputBenefitShare));
            }
        }

        // Not-applicable items are dropped and the rest rescaled, when the rule set says so.
        var droppedPoints = blockDropped ? blockPoints : 0m;
        var anyDropped = blockDropped;
        if (aggregation.NotApplicable == NotApplicablePolicy.Rescale)
        {
            for (var i = 0; i < count; i++)
            {
                if (records[i].State == RecordState.NotApplicable)
                {
                    droppedPoints += indicators[i].Points;
                    anyDropped = true;
                }
            }
        }

        var factor = 1m;
        var rescaled = false;
        if (anyDropped && droppedPoints > 0m)
        {
            var remaining = available - droppedPoints;
            if (remaining <= 0m)
            {
                AddIssue(ref issues, Messages.NothingLeftToScore.Cited(ProblemLocation.None, aggregation.Source));
            }
            else
            {
                factor = available / remaining;
                rescaled = factor != 1m;
            }
        }

        // Groups (merged score cells).
        var evaluationGroups = evaluation.Groups;
        Dictionary<IndicatorCode, int>? groupOf = null;
        if (evaluationGroups.Count > 0)
        {
            groupOf = [];
            for (var g = 0; g < evaluationGroups.Count; g++)
            {
                var members = evaluationGroups[g].Members;
                for (var m = 0; m < members.Count; m++)
                {
                    groupOf[members[m]] = g;
                }
            }
        }

        // Level 3.
        var scores = new IndicatorScore[count];
        var missing = false;
        for (var i = 0; i < count; i++)
        {
            scores[i] = ScoreIndicator(indicators[i], records[i], factor, rescaled, ref missing, ref issues, explain, i);
        }

        // Groups.
        var sumOfRounded = aggregation.TotalMode == TotalMode.SumOfRounded;
        var groupScores = NoGroups as IReadOnlyList<Subtotal>;
        if (groupOf is not null)
        {
            var list = new Subtotal[evaluationGroups.Count];
            for (var g = 0; g < list.Length; g++)
            {
                var group = evaluationGroups[g];
                var members = group.Members;
                var points = 0m;
                decimal? sum = 0m;
                for (var m = 0; m < members.Count; m++)
                {
                    var index = IndexOf(indicators, members[m]);
                    points += scores[index].Points;
                    var value = sumOfRounded ? scores[index].Score : scores[index].Raw;
                    sum = sum is null || value is null ? null : sum + value;
                }

                if (group.AssessorScore is { } assessed)
                {
                    var original = points / factor;
                    if (assessed > original)
                    {
                        AddIssue(ref issues, Messages.GroupScoreAbovePoints.At(ProblemLocation.OfElement(Evaluation.Group(group.Id)), assessed, group.Id, original));
                        sum = null;
                    }
                    else
                    {
                        var raw = assessed * factor;
                        sum = sumOfRounded ? Round(scoring.IndicatorRounding, raw) : raw;
                    }
                }

                list[g] = new Subtotal(group.Id, 3, points, sum);
            }

            groupScores = list;
        }

        // Level 2 and level 1. In a weighted tree where nothing was dropped or rescaled, the points of a node are its own
        // points (the tree's invariant: children add up to their parent); otherwise they are added up from the scores.
        var ones = tree.Groups;
        var twoCount = 0;
        for (var a = 0; a < ones.Count; a++)
        {
            twoCount += ones[a].Children.Count;
        }

        var ownPoints = !anyDropped && !rescaled && tree.Weighting == IndicatorWeighting.Weighted;
        var levelTwo = new Subtotal[twoCount];
        var levelOne = new Subtotal[ones.Count];
        var k = 0;
        var t2 = 0;
        for (var a = 0; a < ones.Count; a++)
        {
            var one = ones[a];
            var twos = one.Children;
            var onePoints = 0m;
            var oneSum = 0m;
            var oneMissing = false;
            for (var b = 0; b < twos.Count; b++)
            {
                var two = twos[b];
                var childCount = two.Children.Count;
                var twoPoints = 0m;
                var twoSum = 0m;
                var twoMissing = false;
                List<int>? countedGroups = null;
                for (var c = 0; c < childCount; c++, k++)
                {
                    ref readonly var s = ref scores[k];
                    var flags = s.Flags;
                    if ((flags & ScoreFlags.Grouped) != 0)
                    {
                        var g = groupOf![s.Code];
                        if (!ownPoints)
                        {
                            twoPoints += s.Points;
                        }

                        if ((countedGroups ??= []).Contains(g))
                        {
                            continue;
                        }

                        countedGroups.Add(g);
                        if (groupScores[g].Score is { } gs)
                        {
                            twoSum += gs;
                        }
                        else
                        {
                            twoMissing = true;
                        }

                        continue;
                    }

                    if ((flags & ScoreFlags.NotApplicable) != 0 && s.Score is null)
                    {
                        continue;
                    }

                    if (!ownPoints)
                    {
                        twoPoints += s.Points;
                    }

                    if ((sumOfRounded ? s.Score : s.Raw) is { } value)
                    {
                        twoSum += value;
                    }
                    else
                    {
                        twoMissing = true;
                    }
                }

                if (ownPoints)
                {
                    twoPoints = two.Points;
                }

                levelTwo[t2++] = new Subtotal(two.Code.Value, 2, twoPoints, twoMissing ? null : twoSum);
                onePoints += twoPoints;
                oneSum += twoSum;
                oneMissing |= twoMissing;
            }

            levelOne[a] = new Subtotal(one.Code.Value, 1, onePoints, oneMissing ? null : oneSum);
        }

        // The budget block.
        BudgetScore? budget = null;
        if (blockApplies)
        {
            budget = ScoreBudget(budgetRules!, execution, blockDropped, factor, explain);
        }

        // Total and grade.
        ScoringOutcome outcome;
        decimal? rawTotal = null;
        decimal? total = null;
        GradeBand? band = null;
        var aboveMaximum = false;
        ExAnteConclusion? conclusion = null;
        if (issues is not null)
        {
            outcome = ScoringOutcome.Invalid;
        }
        else if (missing)
        {
            outcome = ScoringOutcome.Incomplete;
        }
        else
        {
            outcome = ScoringOutcome.Complete;
            var sum = 0m;
            for (var a = 0; a < levelOne.Length; a++)
            {
                sum += levelOne[a].Score!.Value;
            }

            if (budget is { Flags: var bf } b && (bf & ScoreFlags.NotApplicable) == 0)
            {
                sum += sumOfRounded ? b.Score!.Value : b.Raw!.Value;
            }

            rawTotal = sum;
            var rounded = Round(RuleSet.Grading.TotalRounding, sum);
            total = rounded;
            if (evaluation.Type == EvaluationType.ExAnteAssessment && RuleSet.ExAnte is { } exAnte)
            {
                conclusion = exAnte.Conclude(rounded);
            }
            else
            {
                aboveMaximum = rounded > GradeScale.Maximum;
                band = RuleSet.Grading.Scale.BandOf(aboveMaximum ? GradeScale.Maximum : rounded);
            }
        }

        return new ScoringResult(
            evaluation.Id,
            evaluation.Type,
            evaluation.Subject,
            evaluation.CoveredYear,
            RuleSet.Id,
            RuleSet.Version,
            outcome,
            scores,
            levelTwo,
            levelOne,
            groupScores,
            budget,
            factor,
            rawTotal,
            total,
            band,
            aboveMaximum,
            conclusion,
            issues is null ? NoProblems : ImmutableArray.CreateRange(issues));
    }

    private static readonly ProblemLocation BudgetLocation = ProblemLocation.OfElement("budgetExecution");

    private static void AddIssue(ref List<Problem>? issues, Problem problem) => (issues ??= []).Add(problem);

    private static bool Applies(bool[] appliesTo, EvaluationType type) => (uint)type < (uint)appliesTo.Length && appliesTo[(int)type];

    private static bool[] TypeSet(IReadOnlyList<EvaluationType>? types)
    {
        var set = new bool[Enum.GetValues<EvaluationType>().Length + 1];
        if (types is not null)
        {
            for (var i = 0; i < types.Count; i++)
            {
                if ((uint)types[i] < (uint)set.Length)
                {
                    set[(int)types[i]] = true;
                }
            }
        }

        return set;
    }

    /// <summary>
    /// <see cref="Rounding.Apply"/>, without its scale-raising addition when the rounded value already has the scale
    /// (the common case): the same value with the same scale, cheaper.
    /// </summary>
    private static decimal Round(Rounding rounding, decimal value)
    {
        if (rounding.Mode == RoundingMode.HalfAwayFromZero)
        {
            var rounded = decimal.Round(value, rounding.Decimals, MidpointRounding.AwayFromZero);
            if (rounded.Scale == rounding.Decimals && !decimal.IsNegative(rounded))
            {
                return rounded;
            }
        }

        return rounding.Apply(value);
    }

    private static int IndexOf(IReadOnlyList<LevelThreeIndicator> indicators, IndicatorCode code)
    {
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i].Code == code)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{code} is not in the tree.");
    }

    private IndicatorScore ScoreIndicator(
        LevelThreeIndicator indicator, IndicatorRecord record, decimal factor, bool rescaled, ref bool missing,
        ref List<Problem>? issues, ExplanationBuilder? explain, int index)
    {
        var w = indicator.Points;
        var effective = rescaled ? w * factor : w;
        var flags = rescaled ? ScoreFlags.Rescaled : ScoreFlags.None;
        var at = indicator.Code.Value;
        FormulaSink? formula = explain is null ? null : new FormulaSink();
        ScoringStrategy? strategy = null;
        decimal? raw = null;

        switch (record.State)
        {
            case RecordState.NotApplicable:
                flags |= ScoreFlags.NotApplicable;
                if (aggregation.NotApplicable == NotApplicablePolicy.ScoreZero)
                {
                    flags |= ScoreFlags.ZeroByPolicy;
                    raw = 0m;
                    formula?.Set($"不适用（{record.Reason}），按规则计 0 分", $"not applicable ({record.Reason}): scored 0 by the rule set");
                }
                else
                {
                    flags &= ~ScoreFlags.Rescaled;
                    effective = 0m;
                    formula?.Set($"不适用（{record.Reason}），剔除后其余分值按比例折算", $"not applicable ({record.Reason}): dropped, the other points rescaled");
                }

                break;

            case RecordState.NoData:
            case RecordState.NotYetDue:
                flags |= record.State == RecordState.NoData ? ScoreFlags.NoData : ScoreFlags.NotYetDue;
                if (aggregation.MissingData == MissingDataPolicy.ScoreZero)
                {
                    flags |= ScoreFlags.ZeroByPolicy;
                    raw = 0m;
                    formula?.Set("无数据或未到期，按规则计 0 分", "no data or not yet due: scored 0 by the rule set");
                }
                else
                {
                    missing = true;
                    formula?.Set("无数据或未到期：结果不完整", "no data or not yet due: the result is incomplete");
                }

                break;

            case RecordState.Grouped:
                flags |= ScoreFlags.Grouped;
                formula?.Set("与同组指标合并打分，见分组得分", "scored with its group: see the group score");
                break;

            case RecordState.Judgement:
                {
                    flags |= ScoreFlags.Judgement;
                    var s = record.AssessorScore!.Value;
                    if (s > w)
                    {
                        AddIssue(ref issues, Messages.JudgedScoreOutsidePoints.OfIndicator(at, s, at, w));
                        flags |= ScoreFlags.Invalid;
                    }
                    else
                    {
                        raw = s * factor;
                        formula?.Set($"评价人打分 {FormulaSink.N(s)}（区间 [0, {FormulaSink.N(w)}]）", $"assessor's score {FormulaSink.N(s)} (within [0, {FormulaSink.N(w)}])");
                    }

                    break;
                }

            case RecordState.Achievement:
                {
                    flags |= ScoreFlags.Judgement;
                    strategy = Resolve(indicator, ref issues);
                    var s = record.AssessorScore!.Value;
                    if (strategy is null)
                    {
                        flags |= ScoreFlags.Invalid;
                    }
                    else if (strategy is not QualitativeBandsStrategy bands)
                    {
                        AddIssue(ref issues, Messages.StrategyCannotScoreLevel.Cited(ProblemLocation.OfIndicator(at), strategy.Source, strategy.Id, Localized.Of(strategy.Kind)));
                        flags |= ScoreFlags.Invalid;
                    }
                    else
                    {
                        // The band is written out as text only for an issue or an explanation, never on the bulk path.
                        var level = record.Achievement!.Value;
                        if (!bands.InBand(level, w, s))
                        {
                            var (lower, upper) = bands.BandOf(level, w);
                            var interval = Interval(bands, level, lower, upper);
                            AddIssue(ref issues, Messages.AssessorScoreOutOfBand.Cited(ProblemLocation.OfIndicator(at), bands.Source, s, at, interval, Localized.Of(level)));
                            flags |= ScoreFlags.Invalid;
                        }
                        else
                        {
                            raw = s * factor;
                            if (formula is not null)
                            {
                                var (lower, upper) = bands.BandOf(level, w);
                                var interval = Interval(bands, level, lower, upper);
                                var name = DisplayNames.Of(level);
                                formula.Set($"评价人打分 {FormulaSink.N(s)}，在“{name.Chinese}”区间 {interval} 内", $"assessor's score {FormulaSink.N(s)} lies in {interval}, the band of '{name.English}'");
                            }
                        }
                    }

                    break;
                }

            default:
                {
                    strategy = Resolve(indicator, ref issues);
                    if (strategy is null)
                    {
                        flags |= ScoreFlags.Invalid;
                        break;
                    }

                    if (strategy.Kind is StrategyKind.Judgement or StrategyKind.QualitativeBands || !strategy.Accepts(indicator.Direction))
                    {
                        AddIssue(ref issues, Messages.StrategyCannotScoreDirection.Cited(ProblemLocation.OfIndicator(at), strategy.Source, strategy.Id, Localized.Of(strategy.Kind), DirectionSymbols.Of(indicator.Direction)));
                        flags |= ScoreFlags.Invalid;
                        break;
                    }

                    var a = record.Actual!.Value;
                    var t = indicator.Target!.Value;
                    if (a < 0m && IndicatorCalculator.NeedsNonNegativeActual(strategy, t))
                    {
                        if (scoring.NegativeActuals == NegativeActualPolicy.Reject)
                        {
                            AddIssue(ref issues, Messages.ActualNegative.Cited(ProblemLocation.OfIndicator(at), strategy.Source, a, at));
                            flags |= ScoreFlags.Invalid;
                            break;
                        }

                        explain?.Clamped(index, a);
                        flags |= ScoreFlags.Clamped;
                        a = 0m;
                    }

                    raw = IndicatorCalculator.Measured(strategy, indicator.Direction, t, effective, a, scoring, ref flags, out var problem, formula);
                    if (raw is null)
                    {
                        AddIssue(ref issues, (problem == ProblemCodes.UnusableTarget ? Messages.TargetUnusable : Messages.StrategyCannotUseTarget).Cited(ProblemLocation.OfIndicator(at), strategy.Source, strategy.Id, t, at));
                        flags |= ScoreFlags.Invalid;
                        break;
                    }

                    if (scoring.OverCompletion is { } over && indicator.Direction is Direction.AtLeast or Direction.GreaterThan && t > 0m && (a / t) - 1m > over.FlagAbove)
                    {
                        flags |= ScoreFlags.OverCompletion;
                        if (over.DeductShare > 0m)
                        {
                            flags |= ScoreFlags.OverCompletionDeducted;
                        }
                    }

                    break;
                }
        }

        if (raw is { } r && (flags & ScoreFlags.Judgement) == 0)
        {
            if (scoring.CapAtPoints && r > effective)
            {
                r = effective;
                flags |= ScoreFlags.Capped;
            }

            if ((flags & ScoreFlags.OverCompletionDeducted) != 0)
            {
                r -= effective * scoring.OverCompletion!.DeductShare;
                if (r < 0m)
                {
                    r = 0m;
                }
            }

            raw = r;
        }

        var rounding = strategy?.Rounding ?? scoring.IndicatorRounding;
        decimal? score = raw is { } v ? Round(rounding, v) : null;
        explain?.Indicator(index, indicator, record, strategy, effective, raw, score, flags, formula!);
        return new IndicatorScore(indicator.Code, effective, strategy?.Id, raw, score, flags);
    }

    private static string Interval(QualitativeBandsStrategy bands, AchievementLevel level, decimal lower, decimal upper)
    {
        var lowerInclusive = bands.LowerEdgesInclusive || level == AchievementLevel.NotAchieved;
        var upperInclusive = !bands.LowerEdgesInclusive || level == AchievementLevel.Achieved;
        return (lowerInclusive ? "[" : "(") + FormulaSink.N(lower) + ", " + FormulaSink.N(upper) + (upperInclusive ? "]" : ")");
    }

    private ScoringStrategy? Resolve(LevelThreeIndicator indicator, ref List<Problem>? issues)
    {
        if (indicator.ScoringRule is not { } rule)
        {
            var direction = (int)indicator.Direction;
            return (uint)direction < (uint)defaultByDirection.Length && defaultByDirection[direction] is { } byDirection
                ? byDirection
                : scoring.DefaultFor(indicator.Direction);
        }

        if (strategiesById.TryGetValue(rule, out var strategy))
        {
            return strategy;
        }

        AddIssue(ref issues, Messages.ScoringRuleUnknown.OfIndicator(indicator.Code.Value, indicator.Code, indicator.ScoringRule, RuleSet.ToString()));
        return null;
    }

    private BudgetScore ScoreBudget(BudgetExecutionRules rules, BudgetExecution? execution, bool dropped, decimal factor, ExplanationBuilder? explain)
    {
        if (dropped)
        {
            explain?.Budget("调整后预算数为 0 且未支出：预算执行不适用，其余分值按比例折算", "adjusted budget 0 and nothing spent: the block does not apply, the other points are rescaled");
            return new BudgetScore(0m, null, null, null, ScoreFlags.NotApplicable);
        }

        var points = rules.Points * factor;
        var flags = factor == 1m ? ScoreFlags.None : ScoreFlags.Rescaled;
        if (execution is null || execution.AdjustedBudget == Money.Zero)
        {
            return new BudgetScore(points, null, null, null, flags | ScoreFlags.Invalid);
        }

        var rate = execution.Spent.Yuan / execution.AdjustedBudget.Yuan;
        if (rules.RatePercentRounding is { } percentRounding)
        {
            rate = percentRounding.Apply(rate * 100m) / 100m;
        }

        var used = rate;
        if (rate > 1m)
        {
            used = 1m;
            flags |= ScoreFlags.Capped;
        }

        var raw = used * points;
        var score = Round(scoring.IndicatorRounding, raw);
        explain?.Budget(
            $"执行率 {FormulaSink.N(execution.Spent.Yuan)} ÷ {FormulaSink.N(execution.AdjustedBudget.Yuan)} = {FormulaSink.R4(rate)}{(rate > 1m ? "（超过 1，按 1 计）" : string.Empty)} × 分值 {FormulaSink.N(points)} = {score.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            $"rate {FormulaSink.N(execution.Spent.Yuan)} ÷ {FormulaSink.N(execution.AdjustedBudget.Yuan)} = {FormulaSink.R4(rate)}{(rate > 1m ? " (above 1, counted as 1)" : string.Empty)} × points {FormulaSink.N(points)} = {score.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return new BudgetScore(points, Ratio.FromFraction(rate), raw, score, flags);
    }
}
