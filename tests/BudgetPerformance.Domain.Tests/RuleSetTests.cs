using System;
using BudgetPerformance.Grades;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

public class RuleSetTests
{
    private static readonly SourceCitation Ten = new("财预〔2020〕10号", SourceKind.National);

    private static RuleSet Make(string id = "national-2020", int version = 1) => new(
        id, version, new DateInterval(new LocalDate(2020, 2, 25), new LocalDate(9999, 12, 31)),
        new LocalizedName("全国默认规则", "National defaults"), [Ten],
        new GradingRules(GradeScale.National2020, Rounding.TwoDecimalsHalfAwayFromZero, Ten));

    [Fact]
    public void IsEffectiveOn_BothEndsInclusive()
    {
        var rules = Make();
        Assert.False(rules.IsEffectiveOn(new LocalDate(2020, 2, 24)));
        Assert.True(rules.IsEffectiveOn(new LocalDate(2020, 2, 25)));
        Assert.True(rules.IsEffectiveOn(new LocalDate(9999, 12, 31)));
    }

    [Fact]
    public void Grading_RoundsTheTotalBeforeGrading_89Point995IsExcellent()
    {
        var (rounded, band) = Make().Grading.Grade(89.995m);
        Assert.Equal(90.00m, rounded);
        Assert.Equal(Grade.Excellent, band.Grade);
        Assert.Equal(Grade.Good, Make().Grading.Grade(89.994m).Band.Grade);
    }

    [Theory]
    [InlineData("National-2020")]
    [InlineData("")]
    [InlineData("a b")]
    public void Constructor_BadId_Throws(string id) => Assert.Equal("id", Assert.ThrowsAny<ArgumentException>(() => Make(id)).ParamName);

    [Fact]
    public void Constructor_VersionZero_Throws() => Assert.Equal("version", Assert.Throws<ArgumentOutOfRangeException>(() => Make(version: 0)).ParamName);

    [Fact]
    public void Constructor_NoSources_Throws() =>
        Assert.Equal("sources", Assert.Throws<ArgumentException>(() => new RuleSet("x", 1, new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)),
            new LocalizedName("甲", "A"), [], new GradingRules(GradeScale.National2020, Rounding.TwoDecimalsHalfAwayFromZero, Ten))).ParamName);

    [Fact]
    public void ToString_IsIdAndVersion() => Assert.Equal("national-2020 v1", Make().ToString());
}
