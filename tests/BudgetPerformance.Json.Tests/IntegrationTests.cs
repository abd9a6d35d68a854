using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Targets;

namespace BudgetPerformance.Json.Tests;

/// <summary>The integrator's entry point, and proof that nothing falls back to reflection.</summary>
public class IntegrationTests
{
    [Fact]
    public void TestProcess_HasReflectionBasedSerializationDisabled() =>
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault, "The test project must set JsonSerializerIsReflectionEnabledByDefault=false.");

    [Fact]
    public void ReflectionFallback_IsReallyOff_AnUnknownTypeCannotBeSerialized() =>
        Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(new { A = 1 }, new JsonSerializerOptions()));

    [Fact]
    public void ConfigureForBudgetPerformance_DomainTypes_RoundTripThroughJsonSerializer()
    {
        var options = new JsonSerializerOptions().ConfigureForBudgetPerformance();

        var json = JsonSerializer.Serialize(Documents.SelfEvaluation(), options);
        var evaluation = JsonSerializer.Deserialize<Evaluation>(json, options)!;
        var ruleSet = JsonSerializer.Deserialize<RuleSet>(JsonSerializer.Serialize(Documents.National2020(), options), options)!;
        var portfolio = JsonSerializer.Deserialize<Portfolio>(JsonSerializer.Serialize(Documents.Portfolio(), options), options)!;
        var target = JsonSerializer.Deserialize<PerformanceTarget>(JsonSerializer.Serialize(Documents.Target(), options), options)!;

        Assert.Equal("E2021-001", evaluation.Id);
        Assert.Equal("national-2020", ruleSet.Id);
        Assert.Equal(2, portfolio.Evaluations.Count);
        Assert.Equal(TargetStatus.Approved, target.Status);
    }

    [Fact]
    public void ReadyMadeOptions_AreReadOnlyAndThrowTheContractExceptionForBadInput()
    {
        Assert.True(BudgetPerformanceJson.Options.IsReadOnly);
        var e = Assert.Throws<JsonContractException>(() => JsonSerializer.Deserialize<RuleSet>("{\"kind\":\"rule-set\",\"schemaVersion\":3}", BudgetPerformanceJson.Options));
        Assert.Equal(ProblemCodes.UnsupportedSchemaVersion, Assert.Single(e.Report.Problems).Code);
        Assert.Throws<InvalidOperationException>(() => BudgetPerformanceJson.Options.ConfigureForBudgetPerformance());
        Assert.Throws<ArgumentNullException>(() => BudgetPerformanceJson.ConfigureForBudgetPerformance(null!));
    }

    [Fact]
    public void ReadyMadeOptions_WriteTheSameDocumentAsTheFormat()
    {
        var viaOptions = JsonSerializer.Serialize(Documents.National2020(), BudgetPerformanceJson.Options);
        Assert.Equal(JsonDocuments.RuleSet.Write(Documents.National2020()).TrimEnd('\n'), viaOptions);
    }

    /// <summary>
    /// The JsonSerializer path (ConfigureForBudgetPerformance) reports bad bytes as TryRead does: every regression input
    /// the fuzzing issue collected gives the same codes on both paths, never internal-error. An escaped lone surrogate
    /// used to give internal-error on this path because it skipped the syntax scan.
    /// </summary>
    [Theory]
    [InlineData("performance-target")]
    [InlineData("evaluation")]
    [InlineData("portfolio")]
    [InlineData("indicator-framework")]
    [InlineData("rule-set")]
    public void SerializerPath_ReportsWhatTryReadReports_ForEveryRegressionInput(string kind)
    {
        var folder = Path.Combine(Documents.RepositoryRoot(), "tests", "BudgetPerformance.Reliability.Tests", "Regressions", kind);
        var inputs = Directory.Exists(folder) ? Directory.GetFiles(folder).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray() : [];
        var extra = kind == "performance-target" ? "{\"kind\":\"performance-target\",\"schemaVersion\":1,\"id\":\"\\ud800\"}"u8.ToArray() : null;
        var documents = inputs.Select(File.ReadAllBytes).Concat(extra is null ? [] : [extra]).ToArray();
        if (kind == "performance-target")
        {
            Assert.NotEmpty(inputs);
        }

        foreach (var bytes in documents)
        {
            var expected = TryReadCodes(kind, bytes);
            string[] actual;
            try
            {
                Deserialize(kind, bytes);
                actual = [];
            }
            catch (JsonContractException e)
            {
                actual = e.Report.Problems.Select(x => x.Code).Distinct().Order(StringComparer.Ordinal).ToArray();
            }
            catch (JsonException)
            {
                // System.Text.Json rejected the bytes before the converter saw them (invalid UTF-8 in the reader itself).
                actual = [ProblemCodes.MalformedJson];
            }

            Assert.DoesNotContain(ProblemCodes.InternalError, actual);
            Assert.Equal(expected, actual);
        }
    }

    private static string[] TryReadCodes(string kind, byte[] bytes)
    {
        ValidationReport report = kind switch
        {
            "performance-target" => JsonDocuments.PerformanceTarget.TryRead(bytes, out _, out var r) ? ValidationReport.Valid : r,
            "evaluation" => JsonDocuments.Evaluation.TryRead(bytes, out _, out var r) ? ValidationReport.Valid : r,
            "portfolio" => JsonDocuments.Portfolio.TryRead(bytes, out _, out var r) ? ValidationReport.Valid : r,
            "indicator-framework" => JsonDocuments.IndicatorFramework.TryRead(bytes, out _, out var r) ? ValidationReport.Valid : r,
            _ => JsonDocuments.RuleSet.TryRead(bytes, out _, out var r) ? ValidationReport.Valid : r,
        };
        return report.Problems.Select(x => x.Code).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    private static void Deserialize(string kind, byte[] bytes)
    {
        _ = kind switch
        {
            "performance-target" => (object?)JsonSerializer.Deserialize<PerformanceTarget>(bytes, BudgetPerformanceJson.Options),
            "evaluation" => JsonSerializer.Deserialize<Evaluation>(bytes, BudgetPerformanceJson.Options),
            "portfolio" => JsonSerializer.Deserialize<Portfolio>(bytes, BudgetPerformanceJson.Options),
            "indicator-framework" => JsonSerializer.Deserialize<Catalog.IndicatorFramework>(bytes, BudgetPerformanceJson.Options),
            _ => JsonSerializer.Deserialize<RuleSet>(bytes, BudgetPerformanceJson.Options),
        };
    }
}
