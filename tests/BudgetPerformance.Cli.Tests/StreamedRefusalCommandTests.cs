using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BudgetPerformance.Json.Output;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Cli.Tests;

/// <summary>
/// Issue 18, items 1 and 2: <c>score</c> and <c>reconcile</c> refuse a bad evaluation with its code, path and id and go
/// on with the next one; their JSON is one document that parses in every case (a <c>refused</c> list, closed even when
/// the reading fails half-way); they refuse what <c>validate</c> refuses. Before this, the first bad evaluation stopped
/// the command: the evaluations after it were never read, <c>--format json</c> left an unterminated document (results
/// array open) on standard output, and the table output printed nothing but the rule set's line.
/// </summary>
public sealed class StreamedRefusalCommandTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private static JsonNode Example() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Bpm.RepositoryRoot, "docs", "json", "examples", "portfolio.json")))!;

    // The example portfolio with n copies of its finance evaluation F2021-007 (ids X000…), subject lists first.
    private static JsonNode Portfolio(int n)
    {
        var node = Example();
        var finance = node["evaluations"]!.AsArray().Single(e => (string?)e!["id"] == "F2021-007")!;
        var list = new JsonArray();
        for (var i = 0; i < n; i++)
        {
            var copy = finance.DeepClone();
            copy["id"] = $"X{i:000}";
            list.Add(copy);
        }

        node["evaluations"] = list;
        return node;
    }

    private string Write(JsonNode node, string name = "portfolio.json")
    {
        var path = dir.File(name);
        File.WriteAllText(path, node.ToJsonString());
        return path;
    }

    private static ScoringResultsDocument Scoring(Run run)
    {
        var document = CliJson.Read(run.Out, CliJson.Context.ScoringResultsDocument);
        Assert.Equal(run.Out, CliJson.Write(document, CliJson.Context.ScoringResultsDocument)); // one whole document, nothing after it
        return document;
    }

    private static ReconciliationResultsDocument Reconciliation(Run run)
    {
        var document = CliJson.Read(run.Out, CliJson.Context.ReconciliationResultsDocument);
        Assert.Equal(run.Out, CliJson.Write(document, CliJson.Context.ReconciliationResultsDocument));
        return document;
    }

    [Fact]
    public async Task Score_MalformedValueInTheMiddle_ScoresTheRestJsonParsesExit1()
    {
        var node = Portfolio(5);
        node["evaluations"]![2]!["records"]![1]!["actual"] = "abc";
        var path = Write(node);

        var run = await Bpm.InProcess("score", path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var document = Scoring(run);
        Assert.Equal(["X000", "X001", "X003", "X004"], document.Results.Select(r => r.EvaluationId));
        var refused = Assert.Single(document.Refused);
        Assert.Equal(2, refused.Index);
        Assert.Equal("X002", refused.EvaluationId);
        Assert.False(refused.StopsReading);
        Assert.Equal(ProblemCodes.WrongType, Assert.Single(refused.Problems).Code);
        Assert.Equal("$.evaluations[2].records[1].actual", refused.Problems[0].Path);
        Assert.Equal(4, document.Summary.Count);
        Assert.Equal(1, document.Summary.Refused);
        Assert.Contains("$.evaluations[2].records[1].actual", run.Err);
    }

    [Fact]
    public async Task Score_ThousandEvaluationsOneBadInTheMiddle_EveryOtherOneScored()
    {
        // The case in small: 100,000 evaluations with one bad value in number 50,001 lost the 49,999 after it.
        var node = Portfolio(1001);
        node["evaluations"]![500]!["coveredYear"] = 2020.5m;
        var path = Write(node);

        var run = await Bpm.InProcess("score", path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var document = Scoring(run);
        Assert.Equal(1000, document.Results.Count);
        Assert.Equal(1000, document.Summary.Complete);
        Assert.Equal("X999", document.Results[^2].EvaluationId);
        Assert.Equal("X1000", document.Results[^1].EvaluationId);
        var refused = Assert.Single(document.Refused);
        Assert.Equal((500, "X500"), (refused.Index!.Value, refused.EvaluationId!));
    }

    [Fact]
    public async Task Score_MalformedValueInTheMiddle_TableShowsTheScoredAndTheRefused()
    {
        var node = Portfolio(4);
        node["evaluations"]![1]!["records"]![1]!["actual"] = "abc";

        var run = await Bpm.InProcess("score", Write(node), "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        foreach (var id in new[] { "X000", "X002", "X003" })
        {
            Assert.Contains(id, run.Out);
        }

        Assert.Contains("Refused (invalid input, not processed): 1", run.Out);
        Assert.Contains("evaluations[1] (X001)", run.Out);
        Assert.Contains("wrong-type", run.Out);
        Assert.Contains("3 evaluation(s): 3 complete, 0 incomplete, 0 invalid; 1 refused (not scored).", run.Out);
    }

    [Fact]
    public async Task Score_TruncatedPortfolio_JsonStillParsesAndSaysWhereReadingStopped()
    {
        var text = Portfolio(4).ToJsonString();
        var path = dir.File("truncated.json");
        File.WriteAllText(path, text[..(text.IndexOf("\"X002\"", StringComparison.Ordinal) + 200)]);

        var run = await Bpm.InProcess("score", path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var document = Scoring(run);
        Assert.Equal(["X000", "X001"], document.Results.Select(r => r.EvaluationId));
        var refused = Assert.Single(document.Refused);
        Assert.True(refused.StopsReading);
        Assert.Equal(2, refused.Index);
        Assert.Equal(ProblemCodes.MalformedJson, Assert.Single(refused.Problems).Code);

        var table = await Bpm.InProcess("reconcile", path, "--lang", "en");
        Assert.Equal(1, table.ExitCode);
        Assert.Contains("Reading stopped at the last of them", table.Out);
        Assert.Contains("2 evaluation(s): 2 clean, 0 with discrepancies; 1 refused (not reconciled)", table.Out);
    }

    [Fact]
    public async Task Score_InvalidSingleEvaluation_OneWholeJsonDocumentWithTheRefusal()
    {
        var evaluation = Portfolio(1)["evaluations"]![0]!.AsObject().DeepClone().AsObject();
        evaluation.Insert(0, "kind", "evaluation");
        evaluation.Insert(1, "schemaVersion", 1);
        evaluation["records"]![1]!["actual"] = "abc";

        var run = await Bpm.InProcess("score", Write(evaluation, "evaluation.json"), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var document = Scoring(run);
        Assert.Empty(document.Results);
        var refused = Assert.Single(document.Refused);
        Assert.Null(refused.Index);
        Assert.Equal("$.records[1].actual", Assert.Single(refused.Problems).Path);
    }

    [Fact]
    public async Task Score_DuplicatedEvaluationId_RefusedWithTheCodeAndPathValidateGivesExit1()
    {
        var node = Portfolio(3);
        node["evaluations"]![2]!["id"] = "X001";
        var path = Write(node);

        var run = await Bpm.InProcess("score", path, "--format", "json");
        var validate = await Bpm.InProcess("validate", path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var document = Scoring(run);
        Assert.Equal(["X000", "X001"], document.Results.Select(r => r.EvaluationId)); // the first X001 only: never scored twice
        var problem = Assert.Single(Assert.Single(document.Refused).Problems);
        Assert.Equal(1, validate.ExitCode);
        using var report = JsonDocument.Parse(validate.Out);
        var expected = Assert.Single(report.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal(expected.GetProperty("code").GetString(), problem.Code);
        Assert.Equal(ProblemCodes.DuplicateCode, problem.Code);
        Assert.Equal(expected.GetProperty("path").GetString(), problem.Path);
    }

    [Fact]
    public async Task Score_UnknownSubjectWithEvaluationsBeforeTheSubjectLists_RefusedWithACodeNeverScored()
    {
        // Before issue 18 (and the check of "One house"), this evaluation was scored "complete, 优" with exit 0.
        var node = Portfolio(2);
        node["evaluations"]![1]!["subject"]!["code"] = "NOPE";
        var reordered = new JsonObject { ["kind"] = "portfolio", ["schemaVersion"] = 1, ["evaluations"] = node["evaluations"]!.DeepClone() };
        foreach (var name in new[] { "year", "departments", "units", "sections", "spendingItems", "targets" })
        {
            reordered[name] = node[name]!.DeepClone();
        }

        var run = await Bpm.InProcess("score", Write(reordered), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var document = Scoring(run);
        Assert.Empty(document.Results);
        var refused = Assert.Single(document.Refused);
        Assert.True(refused.StopsReading);
        Assert.Equal(ProblemCodes.RequiredMissing, Assert.Single(refused.Problems).Code);
        Assert.Equal("$.evaluations", refused.Problems[0].Path);
    }

    [Fact]
    public async Task Reconcile_DuplicateIdUnknownSubjectOtherYear_MentionsEachAndReconcilesTheRest()
    {
        var node = Portfolio(5);
        node["evaluations"]![1]!["id"] = "X000";
        node["evaluations"]![2]!["subject"]!["code"] = "NOPE";
        node["evaluations"]![4]!["conductedIn"] = 2022;
        var path = Write(node);

        var json = await Bpm.InProcess("reconcile", path, "--format", "json");
        var table = await Bpm.InProcess("reconcile", path, "--lang", "en");

        Assert.Equal(1, json.ExitCode);
        var document = Reconciliation(json);
        Assert.Equal(["X000", "X003"], document.Reports.Select(r => r.EvaluationId));
        Assert.Equal(3, document.RefusedCount);
        Assert.Equal(
            [(1, ProblemCodes.DuplicateCode, "$.evaluations[1].id"), (2, ProblemCodes.ReferenceUnknown, "$.evaluations[2].subject"), (4, ProblemCodes.YearMismatch, "$.evaluations[4].conductedIn")],
            document.Refused.Select(r => (r.Index!.Value, Assert.Single(r.Problems).Code, r.Problems[0].Path!)));
        Assert.Equal(1, table.ExitCode);
        Assert.Contains(ProblemCodes.DuplicateCode, table.Out);
        Assert.Contains(ProblemCodes.ReferenceUnknown, table.Out);
        Assert.Contains(ProblemCodes.DuplicateCode, table.Err);
        Assert.Contains(ProblemCodes.ReferenceUnknown, table.Err);
        Assert.Contains(ProblemCodes.YearMismatch, table.Out);
    }

    [Fact]
    public async Task Score_MoreRefusalsThanTheListKeeps_CountsTheRestAndStillScoresTheLastOne()
    {
        // 10,001 null evaluations (each refused with null-not-allowed) and one valid one after them: the list keeps the
        // first 10,000 refusals, the rest are counted, and the valid evaluation at the end is scored.
        var node = Portfolio(1);
        var evaluations = new JsonArray();
        for (var i = 0; i < Infrastructure.Refusals.MaxListed + 1; i++)
        {
            evaluations.Add(null);
        }

        evaluations.Add(node["evaluations"]![0]!.DeepClone());
        node["evaluations"] = evaluations;

        var run = await Bpm.InProcess("score", Write(node), "--format", "json");
        var reconcile = await Bpm.InProcess("reconcile", Write(node), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var document = Scoring(run);
        Assert.Equal("X000", Assert.Single(document.Results).EvaluationId);
        Assert.Equal(Infrastructure.Refusals.MaxListed, document.Refused.Count);
        Assert.Equal(Infrastructure.Refusals.MaxListed + 1, document.Summary.Refused);
        Assert.Equal(1, document.Summary.RefusedNotListed);
        Assert.All(document.Refused, r => Assert.Equal(ProblemCodes.NullNotAllowed, Assert.Single(r.Problems).Code));
        var reconciled = Reconciliation(reconcile);
        Assert.Equal((Infrastructure.Refusals.MaxListed + 1L, 1L), (reconciled.RefusedCount, reconciled.RefusedNotListed!.Value));
    }

    [Fact]
    public async Task Score_ValidPortfolio_EmptyRefusedListExit0()
    {
        var run = await Bpm.InProcess("score", Write(Portfolio(2)), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var document = Scoring(run);
        Assert.Empty(document.Refused);
        Assert.Equal(0, document.Summary.Refused);
        Assert.Null(document.Summary.RefusedNotListed);
        Assert.Equal(string.Empty, run.Err);
    }
}
