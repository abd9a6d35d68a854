using System;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Tests;

/// <summary>
/// The one problem type as a value (docs/design.md, "Two kinds of error"): its parts, both messages from one template,
/// equality on every part, the typed location and its text, the exception a constructor throws, and the guards.
/// </summary>
public class ProblemTests
{
    private static readonly Problem Sum = Messages.PointsDoNotAddUp.OfIndicator("1.1", "1.1", 25m, 30m);

    [Fact]
    public void Problem_FromATemplate_HasTheRegisteredSeverityAndBothMessages()
    {
        Assert.Equal(
            ("points-sum", ProblemSeverity.Error, "1.1", "The children of 1.1 have 25 points in all, not the 30 of 1.1.", "1.1 的下级指标分值合计 25，不等于 1.1 的分值 30。"),
            (Sum.Code, Sum.Severity, Sum.Location.IndicatorCode, Sum.MessageEn, Sum.MessageZh));
        Assert.Equal(Sum.MessageZh, Sum.Message(DisplayLanguage.Chinese));
        Assert.Equal(Sum.MessageEn, Sum.Message(DisplayLanguage.English));
        Assert.Null(Sum.Source);
        Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => Sum.Message((DisplayLanguage)2)).ParamName);
    }

    [Fact]
    public void Problem_ArgumentsAreFormattedInTheInvariantCulture_WhateverTheCurrentCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var problem = Messages.PointsDoNotAddUp.OfIndicator("1", "1", 24.5m, 1000.25m);
            Assert.Equal("The children of 1 have 24.5 points in all, not the 1000.25 of 1.", problem.MessageEn);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Problem_LocalizedArguments_ReadInTheirOwnLanguage()
    {
        var problem = Messages.DirectionDoesNotFitKind.OfIndicator("1.1.1", "1.1.1", Localized.Of(IndicatorKind.Quantitative), Localized.Of(Direction.Qualitative));

        Assert.Equal("Indicator 1.1.1 is Quantitative but its direction is Qualitative.", problem.MessageEn);
        Assert.Equal("指标 1.1.1 为定量指标，但其方向为“定性”。", problem.MessageZh);
    }

    [Fact]
    public void Problem_Cited_CarriesTheSource()
    {
        var source = new SourceCitation("财预〔2020〕10号", SourceKind.National);
        var problem = Messages.ZeroBudgetRejected.Cited(ProblemLocation.OfElement("budgetExecution"), source);

        Assert.Same(source, problem.Source);
        Assert.Equal("budgetExecution", problem.Location.Element);
    }

    [Fact]
    public void Problem_Equality_IsOnEveryPart()
    {
        var same = Messages.PointsDoNotAddUp.OfIndicator("1.1", "1.1", 25m, 30m);

        Assert.True(Sum.Equals(same));
        Assert.True(Sum.Equals((object)same));
        Assert.Equal(Sum.GetHashCode(), same.GetHashCode());
        Assert.False(Sum.Equals(null));
        Assert.False(Sum.Equals((object)"points-sum"));
        Assert.False(Sum.Equals(Messages.PointsDoNotAddUp.OfIndicator("1.2", "1.1", 25m, 30m)));
        Assert.False(Sum.Equals(Messages.PointsDoNotAddUp.OfIndicator("1.1", "1.1", 25m, 31m)));
        Assert.False(Sum.Equals(Sum.At(ProblemLocation.InDocument("$.groups[0].points", "1.1"))));
        Assert.False(Sum.Equals(Sum.Map(m => m + ".")));
        Assert.False(Sum.Equals(Messages.ZeroBudgetRejected.Cited(Sum.Location, new SourceCitation("x", SourceKind.National)).At(Sum.Location)));
    }

    [Fact]
    public void Problem_At_KeepsEverythingButTheLocation()
    {
        var placed = Sum.At(ProblemLocation.InDocument("$.groups[0].children[0].points", "1.1"));

        Assert.Equal((Sum.Code, Sum.Severity, Sum.MessageZh, Sum.MessageEn), (placed.Code, placed.Severity, placed.MessageZh, placed.MessageEn));
        Assert.Equal("$.groups[0].children[0].points", placed.Location.JsonPath);
        Assert.Equal("location", Assert.Throws<ArgumentNullException>(() => Sum.At(null!)).ParamName);
    }

    [Fact]
    public void Problem_ToString_IsCodeLocationAndEnglish()
    {
        Assert.Equal("points-sum at 1.1: The children of 1.1 have 25 points in all, not the 30 of 1.1.", Sum.ToString());
        Assert.Equal("children-required: The tree has no level-1 nodes.", Messages.TreeWithoutGroups.Whole().ToString());
    }

    [Fact]
    public void Problem_ToException_NamesTheParameterAndCarriesTheProblem()
    {
        var e = Sum.ToException("groups");

        Assert.Same(Sum, e.Problem);
        Assert.Equal("groups", e.ParamName);
        Assert.StartsWith(Sum.MessageEn, e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(e);
        Assert.Null(Sum.ToException(null).ParamName);
        Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => new DomainInvariantException(null!, "x")).ParamName);
    }

    [Fact]
    public void Location_Parts_AndTheirText()
    {
        Assert.True(ProblemLocation.None.IsNone);
        Assert.Equal(string.Empty, ProblemLocation.None.ToString());
        Assert.Equal("1.1.1 target", ProblemLocation.OfIndicator("1.1.1", "target").ToString());
        Assert.Equal("budgetExecution", ProblemLocation.OfElement("budgetExecution").ToString());
        Assert.Equal("$.records[0] (1.1.1)", ProblemLocation.InDocument("$.records[0]", "1.1.1").ToString());
        Assert.Equal("E1: $.evaluations[0].id", ProblemLocation.InDocument("$.evaluations[0].id").WithSubject("E1").ToString());
        Assert.Equal("E1: evaluations[0].id", ProblemLocation.OfElement("evaluations[0].id").WithSubject("E1").ToString());
        Assert.False(ProblemLocation.OfElement("x").IsNone);
    }

    [Fact]
    public void Location_WithJsonPath_DropsTheElementAndKeepsTheRest()
    {
        var location = ProblemLocation.OfIndicator("1.1.1", "target").WithSubject("E1").WithJsonPath("$.records[0].target");

        Assert.Equal(("$.records[0].target", "1.1.1", (string?)null, "E1"), (location.JsonPath, location.IndicatorCode, location.Element, location.Subject));
        Assert.Equal("2", ProblemLocation.InDocument("$").WithIndicatorCode("2").IndicatorCode);
        Assert.Null(ProblemLocation.InDocument("$", "1").WithIndicatorCode(null).IndicatorCode);
    }

    [Fact]
    public void Location_Equality_IsOnEveryPart()
    {
        var a = ProblemLocation.InDocument("$.a", "1").WithSubject("E1");

        Assert.Equal(a, ProblemLocation.InDocument("$.a", "1").WithSubject("E1"));
        Assert.Equal(a.GetHashCode(), ProblemLocation.InDocument("$.a", "1").WithSubject("E1").GetHashCode());
        Assert.NotEqual(a, ProblemLocation.InDocument("$.b", "1").WithSubject("E1"));
        Assert.NotEqual(a, ProblemLocation.InDocument("$.a", "2").WithSubject("E1"));
        Assert.NotEqual(a, ProblemLocation.InDocument("$.a", "1").WithSubject("E2"));
        Assert.NotEqual(ProblemLocation.OfElement("x"), ProblemLocation.OfElement("y"));
        Assert.False(a.Equals((object?)null));
    }

    [Fact]
    public void Location_Guards_NameTheirParameters()
    {
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => ProblemLocation.OfIndicator(null!)).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => ProblemLocation.OfIndicator(" ")).ParamName);
        Assert.Equal("element", Assert.Throws<ArgumentException>(() => ProblemLocation.OfElement("")).ParamName);
        Assert.Equal("jsonPath", Assert.Throws<ArgumentNullException>(() => ProblemLocation.InDocument(null!)).ParamName);
        Assert.Equal("jsonPath", Assert.Throws<ArgumentException>(() => ProblemLocation.None.WithJsonPath(" ")).ParamName);
    }

    [Fact]
    public void Registry_FindsEveryCodeOnceAndRefusesOthers()
    {
        Assert.Equal(ProblemRegistry.All.Count, ProblemRegistry.All.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.True(ProblemRegistry.TryGet("points-sum", out var sum));
        Assert.Equal((ProblemArea.Model, ProblemSeverity.Error, "points-sum"), (sum.Area, sum.Severity, sum.ToString()));
        Assert.False(ProblemRegistry.TryGet("Points-Sum", out var none));
        Assert.Null(none);
        Assert.Equal("The problem code 'nope' is not registered.", Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => ProblemRegistry.Get("nope")).Message);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => ProblemRegistry.TryGet(null!, out _)).ParamName);
    }
}
