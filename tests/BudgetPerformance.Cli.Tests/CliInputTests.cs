using System;
using System.IO;
using System.Linq;
using System.Text;
using BudgetPerformance.Json;
using BudgetPerformance.Reliability.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Cli.Tests;

/// <summary>
/// bpm's file inputs (<see cref="CliInputs"/>): the seeds of the fuzzer give the outcome their kind calls for, malformed
/// versions of them (the reliability tests' mutations) only ever give exit code 0 or 1 with a clear message, and every input
/// that once broke a command (Regressions/) gives the outcome recorded beside it.
/// </summary>
public class CliInputTests
{
    private const int Cases = 150;

    [Fact]
    public void Run_ValidExamples_ValidateSucceedsAndEachCommandAcceptsItsOwnKind()
    {
        var evaluation = Outcomes(File.ReadAllBytes(Path.Combine(CliInputs.ExamplesFolder(), "evaluation.json")));
        Assert.Equal("0", evaluation["validate"]);
        Assert.Equal("0", evaluation["validate-json"]);
        Assert.Equal("0", evaluation["score"]);
        Assert.Equal("1", evaluation["review"]); // an evaluation is not a performance target

        var target = Outcomes(File.ReadAllBytes(Path.Combine(CliInputs.ExamplesFolder(), "performance-target.json")));
        Assert.Equal("0", target["validate"]);
        Assert.Equal("1", target["score"]); // a target is neither an evaluation nor a portfolio

        var grading = Outcomes(File.ReadAllBytes(Path.Combine(CliInputs.ExamplesFolder(), "rule-set.json")));
        Assert.Equal("0", grading["validate"]);
        Assert.Equal("1", grading["rules-file"]); // valid, but a rule set of grades only cannot score

        var national = Outcomes(Encoding.UTF8.GetBytes(RuleSetPresets.GetJson("national-2020")));
        Assert.Equal("0", national["validate"]);
        Assert.Equal("0", national["rules-file"]);
    }

    [Fact]
    public void Run_SideFileSeeds_AreTakenAsTheirOption()
    {
        Assert.Equal("0", Outcomes(Seed("requests.json"))["requests-file"]);
        Assert.Equal("0", Outcomes(Seed("calendar.json"))["calendar-file"]);
        Assert.Equal("1", Outcomes("{\"P001\": -1}"u8.ToArray())["requests-file"]); // a negative request is reported
        Assert.Equal("1", Outcomes("{\"kind\": \"working-day-calendar\"}"u8.ToArray())["calendar-file"]);
        Assert.Equal("1", Outcomes("{\"P001\": 3800000, \"P001\": 1}"u8.ToArray())["requests-file"]); // a repeated code: not "the last wins"
    }

    [Fact]
    public void Run_NotJson_EveryScenarioReportsFindings()
    {
        var outcomes = Outcomes("{\"kind\": "u8.ToArray());
        Assert.All(outcomes, o => Assert.Equal("1", o.Value));
        Assert.Equal(CliInputs.Scenarios.Length, outcomes.Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_KindNotValidText_OneLineWithCodeNamingTheByte()
    {
        // Found by the fuzzer: the kind sniffer's GetString threw on invalid UTF-8 and the last-resort handler caught it.
        using var dir = new TempDir();
        var path = dir.File("bad.json");
        File.WriteAllBytes(path, [.. "{\"kind\": \""u8, 0x90, .. "x\"}"u8]);
        var run = await Bpm.InProcess("validate", path, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        // Since the hostile-input suite (issue 18 item 8) the line has the code and path of the reader's report (before: no code).
        Assert.Contains("is not readable JSON (malformed-json at $): The document is not valid UTF-8 (the first invalid byte is at offset 10).", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain(CliInputs.UnexpectedExceptionLine, run.Err, StringComparison.Ordinal);
    }

    [Property(MaxTest = Cases)]
    public Property Run_MutatedDocument_ExitsZeroOrOneWithAMessage() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), seed =>
        {
            var seeds = SeedFiles();
            var (name, bytes) = seeds[(int)((uint)seed % (uint)seeds.Length)];
            var input = Mutations.Mutate(bytes, seed, 1 + (seed % 3));
            try
            {
                CliInputs.Run(input);
            }
            catch (CliInputFailure failure)
            {
                throw new CliInputFailure($"{failure.Message}\n(case: {name}, seed {seed}; input starts {Encoding.UTF8.GetString(input[..Math.Min(input.Length, 400)])})");
            }
        });

    /// <summary>The inputs that once broke a reader (the reliability tests' Regressions/, as readers/KIND/FILE) or a command (Regressions/cli/).</summary>
    public static TheoryData<string> Regressions()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(AppContext.BaseDirectory, "Regressions");
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Run_RegressionInput_GivesTheRecordedOutcome(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Regressions", file);
        var outcome = CliInputs.Run(File.ReadAllBytes(path));
        var expected = File.ReadAllText(path + ".expected").Trim();
        if (file.StartsWith("readers/", StringComparison.Ordinal))
        {
            // A reader's regression: bpm validate agrees with the reader ("valid" or its report's codes).
            Assert.StartsWith(expected == "valid" ? "validate=0 " : "validate=1 ", outcome, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, outcome);
        }
    }

    private static System.Collections.Generic.Dictionary<string, string> Outcomes(byte[] input) =>
        CliInputs.Run(input).Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);

    private static byte[] Seed(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", name));

    private static (string Name, byte[] Bytes)[] SeedFiles() =>
        [.. CliInputs.Seeds(), ("national-2020", Encoding.UTF8.GetBytes(RuleSetPresets.GetJson("national-2020"))), ("requests.json", Seed("requests.json")), ("calendar.json", Seed("calendar.json"))];
}
