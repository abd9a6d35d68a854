using System;
using System.IO;
using System.Linq;
using System.Text;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Runs the corpus of bad documents (Corpus/NN-name.json; make_corpus.py generates them). Each has an .expected file:
/// the kind on the first line, then one "code path" line per entry the report must hold; the report holds exactly these.
/// </summary>
public class CorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAtLeastThirtyBadDocuments() => Assert.True(Cases().Count >= 30);

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryRead_BadDocument_ReportsExactlyTheExpectedCodesAndPaths(string name)
    {
        var expectedLines = File.ReadAllLines(Path.Combine(CorpusDirectory, name + ".expected"), Encoding.UTF8);
        var kind = expectedLines[0]["kind ".Length..];
        var expected = expectedLines.Skip(1).Where(l => l.Length > 0).Select(l => l.Trim()).Order(StringComparer.Ordinal).ToArray();
        var bytes = File.ReadAllBytes(Path.Combine(CorpusDirectory, name + ".json"));

        var (valid, report) = Read(kind, bytes);

        Assert.False(valid);
        var actual = report.Problems.Select(e => e.Code + " " + e.Location.JsonPath).Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.SequenceEqual(actual), $"Expected:\n{string.Join("\n", expected)}\nActual report:\n{report}");
        Assert.All(report.Problems, e => Assert.False(string.IsNullOrWhiteSpace(e.MessageEn)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BadDocument_ThrowsTheDocumentedExceptionWithTheSameReport(string name)
    {
        var kind = File.ReadAllLines(Path.Combine(CorpusDirectory, name + ".expected"))[0]["kind ".Length..];
        var bytes = File.ReadAllBytes(Path.Combine(CorpusDirectory, name + ".json"));
        var (_, report) = Read(kind, bytes);

        var e = Assert.Throws<JsonContractException>(() => ReadThrowing(kind, bytes));

        Assert.Equal(report.Problems, e.Report.Problems);
    }

    internal static (bool Valid, ValidationReport Report) Read(string kind, byte[] bytes)
    {
        ValidationReport report;
        var valid = kind switch
        {
            DocumentKinds.Evaluation => JsonDocuments.Evaluation.TryRead(bytes, out _, out report),
            DocumentKinds.RuleSet => JsonDocuments.RuleSet.TryRead(bytes, out _, out report),
            DocumentKinds.PerformanceTarget => JsonDocuments.PerformanceTarget.TryRead(bytes, out _, out report),
            DocumentKinds.Portfolio => JsonDocuments.Portfolio.TryRead(bytes, out _, out report),
            DocumentKinds.IndicatorFramework => JsonDocuments.IndicatorFramework.TryRead(bytes, out _, out report),
            DocumentKinds.WorkingDayCalendar => JsonDocuments.WorkingDayCalendar.TryRead(bytes, out _, out report),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind."),
        };
        return (valid, report);
    }

    private static object ReadThrowing(string kind, byte[] bytes) => kind switch
    {
        DocumentKinds.Evaluation => JsonDocuments.Evaluation.Read(bytes),
        DocumentKinds.RuleSet => JsonDocuments.RuleSet.Read(bytes),
        DocumentKinds.PerformanceTarget => JsonDocuments.PerformanceTarget.Read(bytes),
        DocumentKinds.Portfolio => JsonDocuments.Portfolio.Read(bytes),
        _ => JsonDocuments.IndicatorFramework.Read(bytes),
    };

    private static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");
}
