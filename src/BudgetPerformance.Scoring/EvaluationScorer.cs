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
public sealed partial class EvaluationScorer : IStageEngine<EvaluationScorer>
{
    // The phases of a pass are in the files EvaluationScorer.<phase>.cs, in the order Run calls them: BudgetBlock (its
    // checks), Points (the framework's checks and the rescaling), Indicators, Groups, Aggregation, BudgetBlock (its
    // score), Grading; they share a ScoringPass (EvaluationScorer.Pass.cs). The text of explanations is written by
    // ExplanationBuilder and FormulaSink, only when one is requested.
    private static readonly IReadOnlyList<Problem> NoProblems = ImmutableArray<Problem>.Empty;
    private static readonly ReadOnlyCollection<Subtotal> NoGroups = new([]);
    private static readonly ProblemLocation ConductedInLocation = ProblemLocation.OfElement("conductedIn");

    private readonly IndicatorScoringRules scoring;
    private readonly AggregationRules aggregation;

    // Looked up once here rather than per indicator or per evaluation (the rule set is immutable).
    private readonly decimal?[] budgetPoints;
    private readonly bool[] budgetRequired;
    private readonly bool[] visitRequired;
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
        budgetPoints = BlockPoints(ruleSet.BudgetExecution);
        budgetRequired = TypeSet(ruleSet.RecordRequirements?.BudgetExecution);
        visitRequired = TypeSet(ruleSet.RecordRequirements?.OnSiteVisit);
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

    // A scorer like other with another policy for evaluations outside the rule set's effective period.
    private EvaluationScorer(EvaluationScorer other, EffectivePeriodPolicy effectivePeriod)
    {
        RuleSet = other.RuleSet;
        scoring = other.scoring;
        aggregation = other.aggregation;
        budgetPoints = other.budgetPoints;
        budgetRequired = other.budgetRequired;
        visitRequired = other.visitRequired;
        weightCheckAppliesTo = other.weightCheckAppliesTo;
        defaultByDirection = other.defaultByDirection;
        strategiesById = other.strategiesById;
        EffectivePeriod = effectivePeriod;
    }

    /// <summary>The stage: <see cref="LifecycleStage.Scoring"/>.</summary>
    public static LifecycleStage Stage => LifecycleStage.Scoring;

    /// <summary>The families a scorer reads besides grading: indicator scoring and aggregation (budget execution, record requirements, weight check
    /// and ex-ante are read when present).</summary>
    public static IReadOnlyList<RuleFamily> RequiredFamilies { get; } = ImmutableArray.Create(RuleFamily.IndicatorScoring, RuleFamily.Aggregation);

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>What this scorer does with an evaluation conducted in a year in which the rule set is not in force:
    /// <see cref="EffectivePeriodPolicy.Warn"/> for a scorer made by the constructor (the warning <c>rule-set-not-in-force</c>,
    /// the result otherwise as the rule set gives it), <see cref="EffectivePeriodPolicy.Refuse"/> when asked for
    /// (<see cref="WithEffectivePeriod"/>: the error <c>rule-set-not-in-force-refused</c>, the result invalid).</summary>
    public EffectivePeriodPolicy EffectivePeriod { get; }

    /// <summary>A scorer for the same rule set that treats evaluations outside its effective period by <paramref name="policy"/>.</summary>
    /// <param name="policy">Warn (score and flag) or refuse (strict mode).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not a defined value.</exception>
    public EvaluationScorer WithEffectivePeriod(EffectivePeriodPolicy policy) =>
        new(this, Guard.Against.Undefined(policy));

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
        // enumerators over interfaces: index loops only. The phases share one pass on the stack, by reference; each
        // adds its problems in the order of the phases, which is the order of the result's problems.
        var pass = new ScoringPass(evaluation, explain);
        try
        {
            CheckInForce(ref pass);
            pass.Phase = ScoringPhase.BudgetCheck;
            CheckBudgetBlock(ref pass);
            pass.Phase = ScoringPhase.Points;
            CheckPoints(ref pass);
            Rescale(ref pass);
            pass.Phase = ScoringPhase.Indicators;
            ScoreIndicators(ref pass);
            pass.Phase = ScoringPhase.Groups;
            ScoreGroups(ref pass);
            pass.Phase = ScoringPhase.Aggregation;
            Aggregate(ref pass);
            pass.Phase = ScoringPhase.BudgetBlock;
            ScoreBudgetBlock(ref pass);
            pass.Phase = ScoringPhase.Total;
            return Conclude(ref pass);
        }
        catch (OverflowException)
        {
            // Numbers a document cannot hold (the readers bound them: docs/quality.md, "Limits") but a caller may build in C#.
            // This evaluation alone is invalid, with the place where the arithmetic left the range of decimal; ScoreAll and
            // ScoreAllParallel go on with the next.
            return Overflowed(ref pass);
        }
    }

    /// <summary>
    /// The first check: whether the rule set is in force in the year the evaluation was conducted; a warning when it is not,
    /// or under <see cref="EffectivePeriodPolicy.Refuse"/> an error (the result is then invalid; the rest is still scored, so
    /// that every problem is reported at once).
    /// </summary>
    private void CheckInForce(ref ScoringPass pass)
    {
        if (StageEngine.NotInForce(RuleSet, pass.Evaluation.ConductedIn, EffectivePeriod, ConductedInLocation) is { } problem)
        {
            pass.AddIssue(problem);
        }
    }

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

    private static decimal?[] BlockPoints(BudgetExecutionRules? rules)
    {
        var types = Enum.GetValues<EvaluationType>();
        var points = new decimal?[types.Length + 1];
        foreach (var type in types)
        {
            if ((uint)type < (uint)points.Length)
            {
                points[(int)type] = rules?.PointsFor(type);
            }
        }

        return points;
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
}
