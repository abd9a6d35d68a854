using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace BudgetPerformance.Cli.Tests;

/// <summary>
/// The hostile-input suite (issue 18 item 8), committed part: every case of Hostile/manifest.tsv (made by
/// make_hostile.py from the documented examples: truncations, encodings, duplicate names, non-finite, huge and too
/// precise numbers, deep nesting, control and bidi characters, wrong kinds, empty and non-JSON files) is read by the
/// library reader of its kind and run through <c>bpm</c> in the role it plays (the document, <c>--rules</c>,
/// <c>--calendar</c> or <c>--requests</c>), and must give the outcome written down for it: "ok" or exactly the codes and
/// JSON paths listed, and the exit code listed. The generated part (huge, endless and large inputs) is
/// <see cref="HostileGeneratedTests"/>.
/// </summary>
public sealed class HostileSuiteTests
{
    private static readonly object RecordLock = new();

    public static TheoryData<HostileCase> Cases()
    {
        var data = new TheoryData<HostileCase>();
        foreach (var c in HostileCases.Manifest)
        {
            data.Add(c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_GivesItsWrittenDownOutcome(HostileCase c)
    {
        var path = Path.Combine(HostileCases.Folder, c.File);
        var input = await File.ReadAllBytesAsync(path);

        var library = await HostileCases.ReadWithLibrary(c.Reader, input);
        var (exit, json) = await HostileCases.RunBpm(c.Role, c.Reader, path);

        var record = Environment.GetEnvironmentVariable("HOSTILE_RECORD");
        if (!string.IsNullOrEmpty(record))
        {
            lock (RecordLock)
            {
                File.AppendAllText(record, $"{c.File}\t{c.Reader}\t{c.Role}\t{library}\t{exit}\n");
            }

            return;
        }

        Assert.Equal(c.Expected, library);
        Assert.Equal(c.ExitCode, exit);
        if (c.Expected != "ok")
        {
            // Every code the library reports is named by bpm too (in its JSON report or on standard error).
            foreach (var code in (c.BpmCodes ?? c.Expected).Split(';').Select(p => p.Split('@')[0]).Distinct())
            {
                Assert.Contains(code, json, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Manifest_HasAtLeastAHundredCases_CoveringEveryKindAndSideFile()
    {
        var cases = HostileCases.Manifest;
        Assert.True(cases.Count >= 100, $"{cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.File).Distinct().Count());
        foreach (var reader in new[] { "evaluation", "portfolio", "rule-set", "performance-target", "indicator-framework", "calendar", "requests" })
        {
            Assert.Contains(cases, c => c.Reader == reader);
        }

        foreach (var role in new[] { "doc", "rules", "calendar", "requests" })
        {
            Assert.Contains(cases, c => c.Role == role);
        }

        Assert.Contains(cases, c => c.File.StartsWith("evaluation-form-rows.", StringComparison.Ordinal));
        Assert.All(cases, c => Assert.True(File.Exists(Path.Combine(HostileCases.Folder, c.File)), c.File));
    }
}
