using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// The monitoring family (绩效运行监控, double monitoring of money and targets): how time progress is measured, the
/// rounding of progress values, the colour bands of budget execution and of indicators, the execution checkpoints,
/// the gap rule, the response rule, the action for each situation, and the self-evaluation cross-check. A null part
/// is not applied.
/// </summary>
/// <remarks>
/// <para>Indicator colours: positive (≥, &gt;) and equal (=) indicators by <see cref="IndicatorBands"/> on
/// v = actual to date ÷ (annual target × time progress) × 100; reverse indicators (≤, &lt;) green when the actual
/// to date meets the annual target's direction, red otherwise; qualitative indicators green when achieved, yellow
/// when partly achieved, red when not achieved. A target's colour is the worst of its indicators' (red &gt; yellow
/// &gt; green &gt; blue).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class MonitoringRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="timeProgress">How time progress is measured.</param>
    /// <param name="progressRounding">The rounding of progress values v before they are coloured (colours are decided on the rounded value).</param>
    /// <param name="executionBands">The colour bands of budget execution against time, or null for none.</param>
    /// <param name="indicatorBands">The colour bands of positive indicators against time, or null for no indicator colours.</param>
    /// <param name="checkpoints">The execution checkpoints, or null.</param>
    /// <param name="gap">The gap rule, or null.</param>
    /// <param name="response">The response rule, or null when no response date is set.</param>
    /// <param name="actions">The recommended action of every situation (all five must be named).</param>
    /// <param name="actionsSource">The source of the actions.</param>
    /// <param name="crossCheck">The self-evaluation cross-check, or null.</param>
    /// <param name="source">The source of the family as a whole (time progress, likelihood and reasons).</param>
    /// <exception cref="ArgumentNullException"><paramref name="actions"/> or a source is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeProgress"/> or an action is not a defined value.</exception>
    /// <exception cref="ArgumentException">A situation has no action (<see cref="FindProblems"/>).</exception>
    public MonitoringRules(
        TimeProgressBasis timeProgress,
        Rounding progressRounding,
        ColourBands? executionBands,
        ColourBands? indicatorBands,
        CheckpointRules? checkpoints,
        GapRule? gap,
        ResponseRule? response,
        IReadOnlyDictionary<MonitoringSituation, MonitoringAction> actions,
        SourceCitation actionsSource,
        SelfEvaluationCrossCheckRules? crossCheck,
        SourceCitation source)
    {
        TimeProgress = Guard.Against.Undefined(timeProgress);
        Guard.Against.Null(actions);
        var map = new Dictionary<MonitoringSituation, MonitoringAction>();
        foreach (var situation in Enum.GetValues<MonitoringSituation>())
        {
            if (actions.TryGetValue(situation, out var action))
            {
                map[situation] = Guard.Against.Undefined(action, nameof(actions));
            }
        }

        Guard.Against.Problems(FindProblems(actions), nameof(actions));

        ProgressRounding = progressRounding;
        ExecutionBands = executionBands;
        IndicatorBands = indicatorBands;
        Checkpoints = checkpoints;
        Gap = gap;
        Response = response;
        Actions = new ReadOnlyDictionary<MonitoringSituation, MonitoringAction>(map);
        ActionsSource = Guard.Against.Null(actionsSource);
        CrossCheck = crossCheck;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of candidate actions, without building the family: every situation (in the order of
    /// <see cref="MonitoringSituation"/>) has an action. Each situation without one is a problem naming <c>actions</c> as
    /// its <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="actions">The candidate action of each situation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actions"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(IReadOnlyDictionary<MonitoringSituation, MonitoringAction> actions)
    {
        Guard.Against.Null(actions);
        var problems = new List<Problem>();
        foreach (var situation in Enum.GetValues<MonitoringSituation>())
        {
            if (!actions.ContainsKey(situation))
            {
                problems.Add(Messages.MonitoringActionMissing.At(ProblemLocation.OfElement(nameof(actions)), Localized.Of(situation)));
            }
        }

        return problems;
    }

    /// <summary>How time progress is measured.</summary>
    public TimeProgressBasis TimeProgress { get; }

    /// <summary>The rounding of progress values.</summary>
    public Rounding ProgressRounding { get; }

    /// <summary>The colour bands of budget execution, or null.</summary>
    public ColourBands? ExecutionBands { get; }

    /// <summary>The colour bands of positive indicators, or null.</summary>
    public ColourBands? IndicatorBands { get; }

    /// <summary>The execution checkpoints, or null.</summary>
    public CheckpointRules? Checkpoints { get; }

    /// <summary>The gap rule, or null.</summary>
    public GapRule? Gap { get; }

    /// <summary>The response rule, or null.</summary>
    public ResponseRule? Response { get; }

    /// <summary>The recommended action per situation.</summary>
    public IReadOnlyDictionary<MonitoringSituation, MonitoringAction> Actions { get; }

    /// <summary>The source of the actions.</summary>
    public SourceCitation ActionsSource { get; }

    /// <summary>The self-evaluation cross-check, or null.</summary>
    public SelfEvaluationCrossCheckRules? CrossCheck { get; }

    /// <summary>The source of the family.</summary>
    public SourceCitation Source { get; }
}
