using System;
using System.IO;
using System.Linq;
using BudgetPerformance.Indicators;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Tests;

/// <summary>Runs the README's quick start and checks that the README shows exactly this code.</summary>
public class ReadmeTests
{
    [Fact]
    public void QuickStart_PrintsTheTargetRow()
    {
        var output = new StringWriter();
        var console = output;

        // begin-snippet: quickstart
        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 50m,
            [
                new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 50m,
                    [LevelThreeIndicator.Quantitative(new IndicatorCode("1.1.1"), "高标准农田建设面积", Direction.AtLeast, 5000m, "亩", 50m)]),
            ]),
        ]);
        var target = new PerformanceTarget(new SubjectRef(SubjectType.Project, "P001"), new FiscalYear(2021), "建设高标准农田5000亩", tree, "U01");
        foreach (var row in target.Indicators.ToRows())
            console.WriteLine($"{row.LevelOne.Name} / {row.LevelTwo.Name} / {row.Indicator}");
        // end-snippet

        Assert.Equal("产出指标 / 数量指标 / 1.1.1 高标准农田建设面积 >= 5000 亩 (50)" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Readme_ShowsTheQuickStartThatTheTestRuns()
    {
        var source = File.ReadAllLines(ThisFile());
        var start = Array.FindIndex(source, l => l.Trim() == "// begin-snippet: quickstart") + 1;
        var end = Array.FindIndex(source, l => l.Trim() == "// end-snippet");
        var snippet = source[start..end].Select(l => l.Trim().Replace("console.WriteLine", "Console.WriteLine", StringComparison.Ordinal)).ToArray();

        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var marker = Array.FindIndex(readme, l => l.Trim() == "<!-- snippet: quickstart -->");
        Assert.True(marker >= 0, "README.md lost its quick-start marker.");
        var open = Array.FindIndex(readme, marker, l => l.StartsWith("```csharp", StringComparison.Ordinal)) + 1;
        var close = Array.FindIndex(readme, open, l => l.StartsWith("```", StringComparison.Ordinal));
        var shown = readme[open..close].Select(l => l.Trim()).ToArray();

        Assert.Equal(snippet, shown);
    }

    internal static string RepositoryRoot()
    {
        // From the test assembly's folder, never from [CallerFilePath]: continuous-integration builds
        // map source paths to /_/, so a compile-time path does not exist on the machine running the tests.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetPerformance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    private static string ThisFile() => Path.Combine(RepositoryRoot(), "tests", "BudgetPerformance.Domain.Tests", "ReadmeTests.cs");
}
