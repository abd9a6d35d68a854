using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BudgetPerformance.Cli.Sample;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json;
using BudgetPerformance.Json.Output;
using BudgetPerformance.Scoring;

namespace BudgetPerformance.Cli.Tests;

/// <summary>Issue 17 at the command line: reconcile follows the rule set's cap switch; judged rows name their strategy.</summary>
public sealed class ExactScoringCommandTests : System.IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private string Write(Evaluation evaluation)
    {
        var path = dir.File(evaluation.Id + ".json");
        File.WriteAllText(path, JsonDocuments.Evaluation.Write(evaluation));
        return path;
    }

    private static IndicatorRecord Recorded(IndicatorRecord r, decimal? score) => r.State switch
    {
        RecordState.Measured => IndicatorRecord.Measured(r.Code, r.Actual!.Value, r.Evidence, score),
        RecordState.Achievement => IndicatorRecord.Achieved(r.Code, r.Achievement!.Value, r.AssessorScore!.Value, r.Evidence, score),
        RecordState.Judgement => IndicatorRecord.Judged(r.Code, r.AssessorScore!.Value, r.Evidence, score),
        _ => r,
    };

    [Fact]
    public async Task Reconcile_UncappedPreset_FormRecordingWhatScoreGives_IsCleanExit0()
    {
        // A sample self-evaluation with an over-completed positive indicator, its form filled in with exactly the numbers
        // `bpm score` gives under example-uncapped-1dp (a row above its points among them): nothing to reconcile.
        var rules = RuleSetPresets.Get("example-uncapped-1dp");
        var scorer = new EvaluationScorer(rules);
        var (evaluation, result) = SampleCounty.Data.Portfolio.Evaluations
            .Where(e => e.Type == EvaluationType.SelfEvaluation)
            .Select(e => (Evaluation: e, Result: scorer.Score(e)))
            .First(p => p.Result.Outcome == ScoringOutcome.Complete && p.Result.Indicators.Any(s => s.Score > s.Points));
        var e = evaluation;
        var records = e.Records.Select((r, i) => Recorded(r, result.Indicators[i].Score)).ToList();
        var budget = e.BudgetExecution is { } b ? new BudgetExecution(b.AdjustedBudget, b.Spent, result.Budget?.Score) : null;
        var form = new Evaluation(e.Id, e.Type, e.Subject, e.Performer, e.CoveredYear, e.ConductedIn, e.Indicators, records, budget, e.OnSiteVisit, result.Total, result.Grade, e.Groups);

        var run = await Bpm.InProcess("reconcile", Write(form), "--rules", "example-uncapped-1dp", "--format", "json");

        var document = CliJson.Read(run.Out, CliJson.Context.ReconciliationResultsDocument);
        var discrepancies = Assert.Single(document.Reports).Discrepancies;
        Assert.True(discrepancies.Count == 0, string.Join("; ", discrepancies.Select(d => d.Kind + " " + d.At)));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Score_JudgedRow_NamesTheStrategyThatCheckedIt()
    {
        var e = SampleCounty.Data.Portfolio.Evaluations.First(x => x.Type == EvaluationType.SelfEvaluation && x.Records[0].State == RecordState.Measured);
        var judged = IndicatorRecord.Judged(e.Records[0].Code, e.Indicators.Indicators[0].Points);
        var form = new Evaluation(e.Id, e.Type, e.Subject, e.Performer, e.CoveredYear, e.ConductedIn, e.Indicators, [judged, .. e.Records.Skip(1)], e.BudgetExecution, e.OnSiteVisit, groups: e.Groups);

        var run = await Bpm.InProcess("score", Write(form), "--rules", "national-2020", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var row = CliJson.Read(run.Out, CliJson.Context.ScoringResultsDocument).Results.Single().Indicators[0];
        Assert.Equal("judgement", row.Strategy);
        Assert.Contains("judgement", row.Flags);
    }
}
