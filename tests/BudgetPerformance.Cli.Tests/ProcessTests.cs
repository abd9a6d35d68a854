using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Json.Output;

namespace BudgetPerformance.Cli.Tests;

/// <summary>bpm as a process: dotnet bpm.dll (the built output of the Cli project), and the packed tool installed from a folder feed.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task Version_Is010()
    {
        var run = await Bpm.Process("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0.1.0", run.Out.Trim());
    }

    [Fact]
    public async Task Demo_Redirected_HasNoColourCodes()
    {
        var run = await Bpm.Process(null, [("NO_COLOR", "1")], "demo");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("39 万元", run.Out);
        Assert.Contains("1.28 亿元", run.Out);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain('\u001b', run.Err);
        var plain = await Bpm.Process("demo");
        Assert.DoesNotContain('\u001b', plain.Out);
        Assert.Equal(run.Out, plain.Out);
    }

    [Fact]
    public async Task BadInput_AsProcess_NoStackTrace()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("bad.json"), "[1, 2");
        var run = await Bpm.Process("score", dir.File("bad.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(" at ", run.Err.Replace("at $", "", System.StringComparison.Ordinal));
        Assert.Single(run.Err.TrimEnd().Split('\n'));
        Assert.Equal(2, (await Bpm.Process("score")).ExitCode);
    }

    [Fact]
    public async Task Score_LargePortfolio_RunsInBoundedMemory()
    {
        // 40,000 evaluations are about 90 MB of JSON; a 64 MiB GC heap limit makes reading the whole file fail, so
        // passing proves that scoring streams (1,000,000 evaluations work the same way: bpm sample --evaluations 1000000).
        using var dir = new TempDir();
        var sample = await Bpm.Process(dir.Path, [("DOTNET_CLI_TELEMETRY_OPTOUT", "1")], "sample", "--evaluations", "40000", "--out", "large.json");
        Assert.Equal(0, sample.ExitCode);
        Assert.True(new FileInfo(dir.File("large.json")).Length > 64L * 1024 * 1024);
        var run = await Bpm.Process(dir.Path, [("DOTNET_GCHeapHardLimit", "0x4000000")], "score", "large.json", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Err);
        var summary = run.Out[run.Out.LastIndexOf("\"summary\"", System.StringComparison.Ordinal)..];
        Assert.Contains("\"count\": 40000", summary);
        Assert.Contains("\"complete\": 40000", summary);
    }

    [Fact]
    public async Task PackedTool_InstalledFromAFolderFeed_RunsDemo()
    {
        using var dir = new TempDir();
        var feed = Directory.CreateDirectory(dir.File("feed")).FullName;
        var tools = dir.File("tools");
        var pack = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Bpm.RepositoryRoot };
        foreach (var a in new[] { "pack", Path.Combine("src", "BudgetPerformance.Cli", "BudgetPerformance.Cli.csproj"), "-c", Bpm.Configuration, "--no-build", "-o", feed })
        {
            pack.ArgumentList.Add(a);
        }

        var packed = await Bpm.Start(pack);
        Assert.True(packed.ExitCode == 0, packed.Out + packed.Err);
        Assert.True(File.Exists(Path.Combine(feed, "BudgetPerformance.Cli.0.1.0.nupkg")));

        // A nuget.config that lists only the local folder: the tool package carries its dependencies.
        var config = dir.File("nuget.config");
        File.WriteAllText(config, $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n    <add key=\"local\" value=\"{feed}\" />\n  </packageSources>\n</configuration>\n");
        var install = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir.Path };
        foreach (var a in new[] { "tool", "install", "BudgetPerformance.Cli", "--tool-path", tools, "--add-source", feed, "--configfile", config, "--version", "0.1.0" })
        {
            install.ArgumentList.Add(a);
        }

        install.Environment["NUGET_PACKAGES"] = dir.File("packages");
        var installed = await Bpm.Start(install);
        Assert.True(installed.ExitCode == 0, installed.Out + installed.Err);

        var demo = new ProcessStartInfo(Path.Combine(tools, "bpm")) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        demo.ArgumentList.Add("demo");
        var run = await Bpm.Start(demo);
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("39 万元", run.Out);
        Assert.Contains("合成样本县", run.Out);
    }

    [Fact]
    public void CliJson_Kebab_MatchesTheLibrarysSpelling()
    {
        Assert.Equal("self-evaluation", CliJson.Kebab(EvaluationType.SelfEvaluation));
        Assert.Equal("excellent", CliJson.Kebab(Grade.Excellent));
        Assert.Equal("whole-department-evaluation", CliJson.Kebab(EvaluationType.WholeDepartmentEvaluation));
    }
}
