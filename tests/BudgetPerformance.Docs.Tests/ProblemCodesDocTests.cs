using System;
using System.IO;
using System.Linq;
using System.Text;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Docs.Tests;

/// <summary>
/// docs/json/errors.md is the registry of problem codes (<see cref="ProblemRegistry"/>) written out: one table per area,
/// one row per code, in the registry's order, with the English and Chinese meanings. A code added, removed or reworded
/// in one place and not the other fails here, and the message shows the table the page should hold.
/// </summary>
public class ProblemCodesDocTests
{
    [Theory]
    [InlineData(ProblemArea.Document, "## Form of a document")]
    [InlineData(ProblemArea.Model, "## Invariants of the model")]
    [InlineData(ProblemArea.Scoring, "## Scoring")]
    public void ErrorsMd_HoldsTheRegistryOfEachArea(ProblemArea area, string heading)
    {
        var page = File.ReadAllText(Path.Combine(DocsSnippetTests.RepositoryRoot(), "docs", "json", "errors.md")).ReplaceLineEndings("\n");
        var start = page.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/json/errors.md has no section '{heading}'");
        var end = page.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        var section = page[start..(end < 0 ? page.Length : end)];
        var expected = Table(area);

        Assert.True(section.Contains(expected, StringComparison.Ordinal), $"The section '{heading}' of docs/json/errors.md should hold:\n{expected}");
    }

    [Fact]
    public void ErrorsMd_ListsEveryCodeExactlyOnce()
    {
        var page = File.ReadAllText(Path.Combine(DocsSnippetTests.RepositoryRoot(), "docs", "json", "errors.md"));
        var rows = page.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('`')[1]).ToList();

        Assert.Equal(ProblemRegistry.All.Select(d => d.Code), rows);
    }

    private static string Table(ProblemArea area)
    {
        var text = new StringBuilder("| code | meaning | 含义 |\n|---|---|---|\n");
        foreach (var definition in ProblemRegistry.All.Where(d => d.Area == area))
        {
            text.Append("| `").Append(definition.Code).Append("` | ").Append(definition.Meaning.English).Append(" | ").Append(definition.Meaning.Chinese).Append(" |\n");
        }

        return text.ToString();
    }
}
