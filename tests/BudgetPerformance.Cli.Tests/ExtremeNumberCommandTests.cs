using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace BudgetPerformance.Cli.Tests;

/// <summary>
/// Issue 17, item 8, at the command line: "the largest decimal as spent on a budget of 0.01, an actual of 1e28, a target of
/// 1e-28 with a huge actual, two budgets of 5e28 added in a portfolio — validate accepts them, then score, reconcile,
/// propose and compare die with OverflowException and a stack trace". Now the reader bounds every magnitude: each command
/// stops with exit 1 and <c>number-out-of-range</c> at the number's JSON path, and never shows an exception.
/// </summary>
public sealed class ExtremeNumberCommandTests : IDisposable
{
    private const string Largest = "79228162514264337593543950335";

    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var mutation in new[] { "spent", "actual", "target", "budgets" })
        {
            foreach (var command in new[] { "validate", "score", "reconcile", "propose", "compare" })
            {
                data.Add(mutation, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ExtremeNumber_EveryCommand_StopsWithNumberOutOfRangeAtItsPath_NoException(string mutation, string command)
    {
        var run = await Bpm.InDir(dir.Path, "sample", "--county", "--out", "county.json", "--requests-out", "requests.json");
        Assert.Equal(0, run.ExitCode);
        var county = JsonNode.Parse(File.ReadAllText(dir.File("county.json")))!;
        var evaluations = county["evaluations"]!.AsArray();
        var (i, withBudget) = evaluations.Select((e, k) => (k, e!)).First(p => p.Item2["budgetExecution"] is JsonObject);
        string[] paths;
        switch (mutation)
        {
            case "spent":
                withBudget["budgetExecution"]!["adjustedBudget"] = JsonValue.Create(0.01m);
                withBudget["budgetExecution"]!["spent"] = JsonNode.Parse(Largest);
                paths = [$"$.evaluations[{i}].budgetExecution.spent"];
                break;
            case "actual":
                withBudget["records"]![0]!["actual"] = JsonNode.Parse("1e28");
                paths = [$"$.evaluations[{i}].records[0].actual"];
                break;
            case "target":
                withBudget["indicators"]![0]!["children"]![0]!["indicators"]![0]!["target"] = JsonNode.Parse("1e-28");
                withBudget["records"]![0]!["actual"] = JsonNode.Parse("1e15");
                paths = [$"$.evaluations[{i}].indicators[0].children[0].indicators[0].target"];
                break;
            default:
                county["spendingItems"]![0]!["budget"] = JsonNode.Parse("5e28");
                county["spendingItems"]![1]!["budget"] = JsonNode.Parse("5e28");
                paths = ["$.spendingItems[0].budget", "$.spendingItems[1].budget"];
                break;
        }

        File.WriteAllText(dir.File("county.json"), county.ToJsonString());
        string[] args = command switch
        {
            "validate" => ["validate", "county.json"],
            "propose" => ["propose", "county.json", "--rules", "linqu-county-2021", "--requests", "requests.json"],
            "compare" => ["compare", "county.json", "--rules", "linqu-county-2021", "--against", "example-uncapped-1dp"],
            _ => [command, "county.json", "--rules", "linqu-county-2021"],
        };

        // JSON output, where a path is never wrapped as it may be in a table.
        var result = await Bpm.InDir(dir.Path, [.. args, "--format", "json"]);

        var all = result.Out + result.Err;
        Assert.Equal(1, result.ExitCode);
        foreach (var path in paths)
        {
            Assert.Contains("number-out-of-range", all, StringComparison.Ordinal);
            Assert.Contains(path, all, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
    }
}
