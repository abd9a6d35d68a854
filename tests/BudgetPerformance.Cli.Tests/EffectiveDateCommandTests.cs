using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BudgetPerformance.Cli.Sample;
using BudgetPerformance.Json;
using BudgetPerformance.Json.Output;

namespace BudgetPerformance.Cli.Tests;

/// <summary>
/// Issue 17, item 9, at the command line: a rule set not in force in the year an evaluation was conducted is named on
/// standard error (a warning), or with --strict-dates refused (exit 1). The sample county's evaluations were conducted in
/// 2020; example-uncapped-1dp is in force from 2022, linqu-county-2021 and national-2020 in 2020. Before the fix no command
/// said anything.
/// </summary>
public sealed class EffectiveDateCommandTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private async Task<(string County, string Requests)> County()
    {
        var run = await Bpm.InDir(dir.Path, "sample", "--county", "--out", "county.json", "--requests-out", "requests.json");
        Assert.Equal(0, run.ExitCode);
        return (dir.File("county.json"), dir.File("requests.json"));
    }

    private string OneEvaluation()
    {
        var path = dir.File("one.json");
        File.WriteAllText(path, JsonDocuments.Evaluation.Write(SampleCounty.Data.Portfolio.Evaluations.First(e => e.Type == Evaluations.EvaluationType.SelfEvaluation)));
        return path;
    }

    [Fact]
    public async Task Score_OutsideThePeriod_WarnsOnStandardError_ExitAsBefore()
    {
        var file = OneEvaluation();

        var run = await Bpm.InProcess("score", file, "--rules", "example-uncapped-1dp", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("bpm: warning rule-set-not-in-force: the rule set example-uncapped-1dp v1 is in force from 2022-01-01 to 9999-12-31; 1 evaluation(s) were conducted outside that period", run.Err, StringComparison.Ordinal);
        Assert.Contains("rule-set-not-in-force", run.Out, StringComparison.Ordinal); // among the evaluation's problems in the table output
    }

    [Fact]
    public async Task Score_InThePeriod_SaysNothing()
    {
        var run = await Bpm.InProcess("score", OneEvaluation(), "--rules", "national-2020");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("rule-set-not-in-force", run.Out + run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_StrictDates_InvalidResult_Exit1()
    {
        var run = await Bpm.InProcess("score", OneEvaluation(), "--rules", "example-uncapped-1dp", "--strict-dates", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var result = Assert.Single(CliJson.Read(run.Out, CliJson.Context.ScoringResultsDocument).Results);
        Assert.Equal("invalid", result.Outcome);
        Assert.Contains("rule-set-not-in-force-refused", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_StrictDates_DoesNotReconcile_Exit1()
    {
        var file = OneEvaluation();

        var warned = await Bpm.InProcess("reconcile", file, "--rules", "example-uncapped-1dp", "--format", "json");
        var strict = await Bpm.InProcess("reconcile", file, "--rules", "example-uncapped-1dp", "--format", "json", "--strict-dates");

        Assert.Single(CliJson.Read(warned.Out, CliJson.Context.ReconciliationResultsDocument).Reports);
        Assert.Contains("rule-set-not-in-force", warned.Err, StringComparison.Ordinal);
        Assert.Empty(CliJson.Read(strict.Out, CliJson.Context.ReconciliationResultsDocument).Reports);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("rule-set-not-in-force-refused", strict.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_WarnsForTheRuleSetOutOfForce_StrictRefusesBeforeAnyWork()
    {
        var (county, _) = await County();

        var warned = await Bpm.InProcess("compare", county, "--rules", "linqu-county-2021", "--against", "example-uncapped-1dp", "--lang", "en");
        var strict = await Bpm.InProcess("compare", county, "--rules", "linqu-county-2021", "--against", "example-uncapped-1dp", "--strict-dates", "--lang", "en");

        Assert.Equal(0, warned.ExitCode);
        Assert.Contains("warning rule-set-not-in-force: the rule set example-uncapped-1dp v1", warned.Err, StringComparison.Ordinal);
        Assert.Contains("584 evaluation(s)", warned.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("linqu-county-2021 v1 is in force", warned.Err, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(string.Empty, strict.Out);
        Assert.Contains("rule-set-not-in-force-refused", strict.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_InForce_Silent_StrictUnderAnOutOfForceRuleSet_Refused()
    {
        var (county, requests) = await County();

        var fine = await Bpm.InProcess("propose", county, "--rules", "linqu-county-2021", "--requests", requests, "--strict-dates", "--format", "json");
        var refused = await Bpm.InProcess("propose", county, "--rules", "example-budget20-ratio", "--requests", requests, "--strict-dates");

        Assert.Equal(0, fine.ExitCode);
        Assert.DoesNotContain("rule-set-not-in-force", fine.Err, StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("rule-set-not-in-force-refused", refused.Err, StringComparison.Ordinal);
    }
}
