using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Json;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>Looking presets up by id (docs/rules/presets.md): ordinal, null rejected, an unknown id named in the error.</summary>
public class PresetLookupTests
{
    /// <summary>The ids of the table in docs/rules/presets.md, in its order.</summary>
    private static readonly string[] Shipped = ["national-2020", "linqu-county-2021", "sichuan-2025", "korea-sabp", "example-budget20-ratio", "example-uncapped-1dp"];

    [Fact]
    public void TryGet_EveryShippedId_FindsThatPreset()
    {
        foreach (var id in Shipped)
        {
            Assert.True(RuleSetPresets.TryGet(id, out var ruleSet), id);
            Assert.Equal(id, ruleSet.Id);
            Assert.Same(ruleSet, RuleSetPresets.Get(id));
        }

        Assert.Equal(Shipped.Length, RuleSetPresets.All.Count);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("National-2020")]   // ordinal: case matters
    [InlineData("national-2020 ")]
    [InlineData("")]
    public void TryGet_AnUnknownId_FindsNothing(string id)
    {
        Assert.False(RuleSetPresets.TryGet(id, out var ruleSet));
        Assert.Null(ruleSet);
    }

    [Fact]
    public void Get_AnUnknownId_NamesItAndEveryPreset()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => RuleSetPresets.Get("National-2020"));
        Assert.Equal("There is no rule-set preset 'National-2020'. Presets: " + string.Join(", ", Shipped) + ".", e.Message);
    }

    [Fact]
    public void GetJson_AnUnknownId_NamesIt()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => RuleSetPresets.GetJson("National-2020"));
        Assert.Equal("There is no rule-set preset 'National-2020'.", e.Message);
    }

    [Fact]
    public void GetJson_EveryShippedId_IsTheJsonOfThatPreset()
    {
        foreach (var id in Shipped)
        {
            Assert.Contains($"\"id\": \"{id}\"", RuleSetPresets.GetJson(id), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NullId_IsRejected()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => RuleSetPresets.TryGet(null!, out _)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => RuleSetPresets.Get(null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => RuleSetPresets.GetJson(null!)).ParamName);
    }

    [Fact]
    public void All_IsInTheDocumentedOrder() => Assert.Equal(Shipped, RuleSetPresets.All.Select(r => r.Id));
}
