using System.Collections.Generic;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

public sealed partial class EvaluationScorer
{
    /// <summary>
    /// What one scoring pass knows so far, handed from phase to phase by reference. A ref struct: it lives on the
    /// stack of <see cref="Run"/>, so the phases cost no allocation of their own; what it points to is the result's
    /// (the scores and subtotals), or allocated only when there is something to put in it (the problems, the group map).
    /// </summary>
    private ref struct ScoringPass
    {
        /// <summary>The evaluation scored.</summary>
        public readonly Evaluation Evaluation;

        /// <summary>The explanation being built, or null when none was requested (bulk scoring).</summary>
        public readonly ExplanationBuilder? Explain;

        /// <summary>The problems, in the order the phases find them; null until the first.</summary>
        public List<Problem>? Issues;

        /// <summary>Whether a problem of error severity was found (a warning leaves the result complete).</summary>
        public bool Invalid;

        /// <summary>The phase running, and in <see cref="ScoringPhase.Indicators"/> the index of the indicator being scored: where an
        /// arithmetic overflow is reported (<see cref="Overflowed"/>). One store per phase and per indicator.</summary>
        public ScoringPhase Phase;

        /// <summary>The index of the indicator being scored (in <see cref="ScoringPhase.Indicators"/>).</summary>
        public int Current;

        /// <summary>Whether the rule set's budget block applies to the evaluation's type.</summary>
        public bool BlockApplies;

        /// <summary>The block's points under the rule set (0 when it does not apply), before rescaling.</summary>
        public decimal BlockPoints;

        /// <summary>Whether the block was dropped as not applicable (a zero budget, nothing spent).</summary>
        public bool BlockDropped;

        /// <summary>Whether any item (the block, an indicator) was dropped as not applicable.</summary>
        public bool AnyDropped;

        /// <summary>The factor by which points are rescaled (1 when none are).</summary>
        public decimal Factor;

        /// <summary>Whether points are rescaled (the factor is not 1).</summary>
        public bool Rescaled;

        /// <summary>The factor as an exact fraction, points available ÷ points remaining (1 ÷ 1 when none are rescaled): rescaled
        /// points and scores multiply by its numerator before they divide.</summary>
        public Quotient Scale;

        /// <summary>The points available and remaining of <see cref="Scale"/>, as the explanation and the result name them.</summary>
        public decimal Available;

        /// <summary>The points remaining (see <see cref="Available"/>).</summary>
        public decimal Remaining;

        /// <summary>The indicator scores, in tree order (the result's array).</summary>
        public IndicatorScore[] Scores;

        /// <summary>Whether an indicator has no data or is not yet due, and the rule set makes that incomplete.</summary>
        public bool Missing;

        /// <summary>The index of each grouped indicator's group, or null when the evaluation has no groups.</summary>
        public Dictionary<IndicatorCode, int>? GroupOf;

        /// <summary>The group subtotals (the result's list).</summary>
        public IReadOnlyList<Subtotal> GroupScores;

        /// <summary>The level-2 subtotals, in tree order (the result's array).</summary>
        public Subtotal[] LevelTwo;

        /// <summary>The level-1 subtotals, in tree order (the result's array).</summary>
        public Subtotal[] LevelOne;

        /// <summary>The budget block's score, or null when the block does not apply.</summary>
        public BudgetScore? Budget;

        public ScoringPass(Evaluation evaluation, ExplanationBuilder? explain)
        {
            Evaluation = evaluation;
            Explain = explain;
            Factor = 1m;
            Scale = Quotient.Of(1m);
            Scores = [];
            GroupScores = NoGroups;
            LevelTwo = [];
            LevelOne = [];
        }

        /// <summary>Adds a problem, making the list at the first; an error makes the result invalid.</summary>
        public void AddIssue(Problem problem)
        {
            (Issues ??= []).Add(problem);
            Invalid |= problem.Severity == ProblemSeverity.Error;
        }
    }
}
