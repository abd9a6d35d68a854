using System;
using System.IO;
using System.Linq;

namespace BudgetPerformance.Reliability.Tests;

/// <summary>
/// Every input that once crashed a reader (found by fuzzing or by the malformed-document generators), kept under
/// Regressions/&lt;reader&gt;/: each must now give a value or a report. Each file's companion .expected file holds the outcome
/// ("valid" or the report's codes, sorted).
/// </summary>
public class RegressionTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var root = Path.Combine(AppContext.BaseDirectory, "Regressions");
        foreach (var kind in Readers.Kinds.Where(k => Directory.Exists(Path.Combine(root, k))))
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, kind)).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                data.Add(kind, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_RegressionInput_GivesTheExpectedOutcome(string kind, string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Regressions", kind, file);
        var actual = Readers.Read(kind, File.ReadAllBytes(path));
        if (Environment.GetEnvironmentVariable("BP_REGENERATE") == "1")
        {
            // After a deliberate change: rewrite the expected outcome in the source tree, then review the diff.
            File.WriteAllText(Path.Combine(ConventionTests.RepositoryRoot(), "tests", "BudgetPerformance.Reliability.Tests", "Regressions", kind, file + ".expected"), actual + "\n");
        }

        Assert.Equal(File.ReadAllText(path + ".expected").Trim(), actual);
    }
}
