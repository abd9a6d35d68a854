using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Text.Json.Nodes;
using BudgetPerformance.Json.Output;

namespace BudgetPerformance.Cli.Tests;

/// <summary>
/// Issue 17, item 7 at the command line: a zero target on a positive indicator (the issue's ≥ 亩 indicator with the target 0
/// and the actual 4,600) is a warning `bpm score` shows in its table and its JSON, with a complete result and exit 0, and that
/// `bpm reconcile` does not treat as an error.
/// </summary>
public sealed class DataQualityCommandTests : System.IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    // The worked example of EXAMPLES.md §1 with 高标准农田建设面积 (15 points) given the target 0; optionally its form's scores.
    private string WriteZeroTarget(bool recorded = false)
    {
        var document = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Bpm.RepositoryRoot, "docs", "json", "examples", "evaluation-agriculture.json")))!;
        document["indicators"]![0]!["children"]![0]!["indicators"]![0]!["target"] = 0;
        if (recorded)
        {
            decimal[] scores = [15m, 10m, 5m, 9.47m, 9m, 12.6m, 5m, 7m, 10m]; // 83.07 with the budget's 8.50: 91.57
            var records = document["records"]!.AsArray();
            for (var i = 0; i < records.Count; i++)
            {
                records[i]!["recordedScore"] = scores[i];
            }

            document["budgetExecution"]!["recordedScore"] = 8.5m;
            document["recordedTotal"] = 91.57m;
        }

        var path = dir.File("zero-target.json");
        File.WriteAllText(path, document.ToJsonString());
        return path;
    }

    [Fact]
    public async Task ScoreJson_ZeroTarget_IsAWarningWithItsCodeAndIndicator_AndTheResultIsComplete()
    {
        // The old output scored the row 15 with no flag and no problem.
        var run = await Bpm.InProcess("score", WriteZeroTarget(), "--rules", "national-2020", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var result = CliJson.Read(run.Out, CliJson.Context.ScoringResultsDocument).Results.Single();
        Assert.Equal("complete", result.Outcome);
        Assert.Equal(91.57m, result.Total); // 15 in place of 13.80: 90.37 + 1.20
        Assert.Equal(15.00m, result.Indicators[0].Score);
        Assert.Contains("zero-target", result.Indicators[0].Flags);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("zero-target", "warning", "1.1.1"), (problem.Code, problem.Severity, problem.IndicatorCode));
        Assert.StartsWith("The positive indicator 1.1.1 has a target of 0 (actual 4600)", problem.Message.En, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreTable_ZeroTarget_PrintsTheWarningMarkedAsOne()
    {
        var run = await Bpm.InProcess("score", WriteZeroTarget(), "--rules", "national-2020", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        // The old table printed no line for the evaluation at all (a result without problems lists none).
        Assert.Contains("E-2019-P001: zero-target 1.1.1 (warning): The positive indicator 1.1.1 has a target of 0 (actual 4600)", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("1 complete, 0 incomplete, 0 invalid", run.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_ZeroTargetForm_RecordingWhatScoreGives_IsCleanExit0()
    {
        var run = await Bpm.InProcess("reconcile", WriteZeroTarget(recorded: true), "--rules", "national-2020", "--format", "json");

        var discrepancies = Assert.Single(CliJson.Read(run.Out, CliJson.Context.ReconciliationResultsDocument).Reports).Discrepancies;
        Assert.True(discrepancies.Count == 0, string.Join("; ", discrepancies.Select(d => d.Kind + " " + d.At)));
        Assert.Equal(0, run.ExitCode);
    }
}
