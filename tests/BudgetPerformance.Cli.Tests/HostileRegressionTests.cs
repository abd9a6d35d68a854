using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;

namespace BudgetPerformance.Cli.Tests;

/// <summary>Bugs the hostile-input suite found (issue 18 item 8), each with the outcome the old code gave.</summary>
public sealed class HostileRegressionTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData("3800000.12345678901234567890123456789")]
    [InlineData("0.1e-400")]
    [InlineData("1.5e-30")]
    public async Task Propose_RequestDecimalCannotHold_IsRefusedNotRounded(string number)
    {
        // Before: TryGetDecimal rounded the request (36 significant digits to 28; 0.1e-400 to 0) and propose exited 0 with
        // the rounded amount as the request: the number was silently changed, where docs/quality.md promises a refusal.
        var requests = dir.File("requests.json");
        await File.WriteAllTextAsync(requests, "{ \"P001\": " + number + " }");
        var run = await Bpm.InDir(CliInputs.SideFolder, "propose", "portfolio.json", "--rules", "linqu-county-2021", "--requests", requests, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("number-out-of-range", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_RequestDecimalHoldsExactly_IsAccepted()
    {
        // The other side of the edge: 28 significant digits and trailing zeros are held exactly.
        var requests = dir.File("requests.json");
        await File.WriteAllTextAsync(requests, "{ \"P001\": 3800000.000000000000000000000, \"P002\": 1e6 }");
        var run = await Bpm.InDir(CliInputs.SideFolder, "propose", "portfolio.json", "--rules", "linqu-county-2021", "--requests", requests, "--lang", "en");
        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("\0\0\0")]
    public async Task Validate_UnreadableFile_JsonIsTheReportWithItsCode(string content)
    {
        // Before: the kind sniffer's JsonException became one line on standard error, without a code, and
        // validate --format json wrote nothing to standard output (the output guarantee is one JSON document).
        var path = dir.File("bad.json");
        await File.WriteAllTextAsync(path, content);
        var run = await Bpm.InProcess("validate", path, "--format", "json", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        Assert.False(report.RootElement.GetProperty("valid").GetBoolean());
        var problem = report.RootElement.GetProperty("problems")[0];
        Assert.Equal("malformed-json", problem.GetProperty("code").GetString());
        Assert.Equal("$", problem.GetProperty("path").GetString());
    }
}
