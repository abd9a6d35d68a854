using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json;
using BudgetPerformance.Json.Output;
using BudgetPerformance.Values;

namespace BudgetPerformance.Cli.Tests;

/// <summary>
/// Issue 17, item 10 at the command line: `bpm score` writes rescaled points at the rule set's precision with the factor
/// named, in the table and in the JSON. The worked example of EXAMPLES.md §1 with 工程验收合格率 (5 of 100 points) not
/// applicable: the rest is rescaled by 100 ÷ 95.
/// </summary>
public sealed class RescaledPointsCommandTests : System.IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private string WriteDropped()
    {
        var source = File.ReadAllBytes(Path.Combine(Bpm.RepositoryRoot, "docs", "json", "examples", "evaluation-agriculture.json"));
        Assert.True(JsonDocuments.Evaluation.TryRead(source, out var e, out var report), report.ToString());
        var records = e.Records.ToList();
        records[2] = IndicatorRecord.NotApplicable(new IndicatorCode("1.2.1"), "本年度未验收");
        var dropped = new Evaluation(e.Id, e.Type, e.Subject, e.Performer, e.CoveredYear, e.ConductedIn, e.Indicators, records, e.BudgetExecution, e.OnSiteVisit, groups: e.Groups);
        var path = dir.File("dropped.json");
        File.WriteAllText(path, JsonDocuments.Evaluation.Write(dropped));
        return path;
    }

    [Fact]
    public async Task ScoreJson_RescaledPoints_AreAtThePrecision_WithTheFactor()
    {
        // The old JSON wrote "points": 15.789473684210526315789473684 and no factor.
        var run = await Bpm.InProcess("score", WriteDropped(), "--rules", "national-2020", "--format", "json", "--explain");

        Assert.Equal(0, run.ExitCode);
        var result = CliJson.Read(run.Out, CliJson.Context.ScoringResultsDocument).Results.Single();
        Assert.Equal((100m, 95m), (result.Rescale!.Available, result.Rescale.Remaining));
        Assert.Equal(15.79m, result.Indicators[0].Points);
        Assert.Equal(10.53m, result.Budget!.Points);
        Assert.Equal(47.37m, result.LevelOne[0].Points);
        Assert.Equal("actual 4600 ÷ target 5000 × points 15.79 (15 × 100 ÷ 95) = 14.53", result.Indicators[0].FormulaEn);
        Assert.Contains("100 ÷ 95", result.Explanation!.RescaleEn, System.StringComparison.Ordinal);
        Assert.DoesNotContain("15.789", run.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreTable_Explain_ShowsThePointsAtThePrecisionAndTheFactor()
    {
        var run = await Bpm.InProcess("score", WriteDropped(), "--rules", "national-2020", "--explain", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rescaled: items that do not apply are dropped: the other points are rescaled by 100 ÷ 95", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("15.79", run.Out, System.StringComparison.Ordinal);
        Assert.DoesNotContain("15.789", run.Out, System.StringComparison.Ordinal);
    }
}
