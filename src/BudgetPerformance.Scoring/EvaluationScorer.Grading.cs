using System.Collections.Immutable;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

public sealed partial class EvaluationScorer
{
    /// <summary>
    /// The last phase: the outcome (invalid when a phase found an error, incomplete when an indicator is missing; a warning
    /// leaves the result as it is),
    /// and for a complete result the total (the level-1 subtotals and the block), its rounding, and the grade, or the
    /// conclusion of an ex-ante assessment.
    /// </summary>
    private ScoringResult Conclude(ref ScoringPass pass)
    {
        var evaluation = pass.Evaluation;
        ScoringOutcome outcome;
        decimal? rawTotal = null;
        decimal? total = null;
        GradeBand? band = null;
        var aboveMaximum = false;
        ExAnteConclusion? conclusion = null;
        if (pass.Invalid)
        {
            outcome = ScoringOutcome.Invalid;
        }
        else if (pass.Missing)
        {
            outcome = ScoringOutcome.Incomplete;
        }
        else
        {
            outcome = ScoringOutcome.Complete;
            var levelOne = pass.LevelOne;
            var sum = 0m;
            for (var a = 0; a < levelOne.Length; a++)
            {
                sum += levelOne[a].Score!.Value;
            }

            if (pass.Budget is { Flags: var bf } b && (bf & ScoreFlags.NotApplicable) == 0)
            {
                sum += aggregation.TotalMode == TotalMode.SumOfRounded ? b.Score!.Value : b.Raw!.Value;
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
            evaluation.ConductedIn,
            RuleSet.Id,
            RuleSet.Version,
            outcome,
            pass.Scores,
            pass.LevelTwo,
            pass.LevelOne,
            pass.GroupScores,
            pass.Budget,
            pass.Factor,
            pass.Rescaled ? pass.Available : null,
            pass.Rescaled ? pass.Remaining : null,
            rawTotal,
            total,
            band,
            aboveMaximum,
            conclusion,
            pass.Issues is null ? NoProblems : ImmutableArray.CreateRange(pass.Issues));
    }
}
