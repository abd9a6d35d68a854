using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace BudgetPerformance.Docs.Tests;

/// <summary>Every <c>&lt;!-- snippet: NAME --&gt;</c> in README.md and docs/ shows exactly the code a test runs.</summary>
public class DocsSnippetTests
{
    public static IEnumerable<object[]> Markers()
    {
        var root = RepositoryRoot();
        var files = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith("<!-- snippet: ", StringComparison.Ordinal) && line.EndsWith("-->", StringComparison.Ordinal))
                {
                    yield return [Path.GetRelativePath(root, file), line["<!-- snippet: ".Length..^3].Trim()];
                }
            }
        }
    }

    [Fact]
    public void Docs_ShowEverySnippetAtLeastOnce()
    {
        var shown = Markers().Select(m => (string)m[1]).ToHashSet(StringComparer.Ordinal);
        foreach (var name in Regions().Keys)
        {
            Assert.Contains(name, shown);
        }
    }

    [Theory]
    [MemberData(nameof(Markers))]
    public void Marker_ShowsTheCodeTheTestRuns(string file, string name)
    {
        var regions = Regions();
        Assert.True(regions.TryGetValue(name, out var expected), $"{file}: no test region '{name}'");
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), file));
        var marker = Array.FindIndex(lines, l => l.Trim() == $"<!-- snippet: {name} -->");
        var open = Array.FindIndex(lines, marker, l => l.StartsWith("```csharp", StringComparison.Ordinal)) + 1;
        var close = Array.FindIndex(lines, open, l => l.StartsWith("```", StringComparison.Ordinal));
        Assert.Equal(expected, lines[open..close].Select(l => l.Trim()).ToArray());
    }

    private static Dictionary<string, string[]> Regions()
    {
        var regions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var tests = Path.Combine(RepositoryRoot(), "tests");
        foreach (var source in Directory.GetFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(source);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith("// begin-snippet: ", StringComparison.Ordinal))
                {
                    var end = Array.FindIndex(lines, i, l => l.Trim() == "// end-snippet");
                    regions[line["// begin-snippet: ".Length..]] = lines[(i + 1)..end].Select(l => l.Trim().Replace("console.", "Console.", StringComparison.Ordinal)).ToArray();
                }
            }
        }

        return regions;
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

}
