using System;
using System.Text.Json;
using BudgetPerformance.Rules;

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
        Assert.Equal(JsonErrorCodes.UnsupportedSchemaVersion, Assert.Single(e.Report.Entries).Code);
        Assert.Throws<InvalidOperationException>(() => BudgetPerformanceJson.Options.ConfigureForBudgetPerformance());
        Assert.Throws<ArgumentNullException>(() => BudgetPerformanceJson.ConfigureForBudgetPerformance(null!));
    }

    [Fact]
    public void ReadyMadeOptions_WriteTheSameDocumentAsTheFormat()
    {
        var viaOptions = JsonSerializer.Serialize(Documents.National2020(), BudgetPerformanceJson.Options);
        Assert.Equal(JsonDocuments.RuleSet.Write(Documents.National2020()).TrimEnd('\n'), viaOptions);
    }
}
