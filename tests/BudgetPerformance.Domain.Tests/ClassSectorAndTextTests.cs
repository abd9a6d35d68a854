using System;
using System.Linq;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Tests;

/// <summary>
/// The built-in indicator classes and sectors (docs/concepts.md, docs/json/indicator-framework.md), custom ones, the
/// kebab-case enumeration texts and the direction symbols.
/// </summary>
public class ClassSectorAndTextTests
{
    private static readonly LocalizedName LocalName = new("地方指标", "Local indicator");

    [Fact]
    public void BuiltInClasses_AreTheFortyOneOfTheGlossary_LevelOneFirstInOrder()
    {
        // docs/concepts.md: 8 level-1 classes, then 33 level-2 classes.
        var builtIn = IndicatorClass.BuiltIn;

        Assert.Equal(41, builtIn.Count);
        Assert.Equal(
            ["output", "benefit", "satisfaction", "cost", "decision", "process", "input", "effect"],
            builtIn.Take(8).Select(c => c.Code));
        Assert.All(builtIn.Take(8), c => Assert.Equal(1, c.Level));
        Assert.All(builtIn.Skip(8), c => Assert.Equal(2, c.Level));
        Assert.Equal("quantity", builtIn[8].Code);
        Assert.Equal("unspecified", builtIn[^1].Code);
        Assert.All(builtIn, c => Assert.False(c.IsCustom));
    }

    [Fact]
    public void BuiltInClasses_LevelTwoCodes_AreTheGlossaryCodesInOrder()
    {
        // docs/concepts.md, "The built-in classes and their codes", level 2 row by row.
        Assert.Equal(
        [
            "quantity", "quality", "timeliness", "output-cost",
            "economic", "social", "ecological", "sustainable-impact",
            "beneficiary-satisfaction",
            "economic-cost", "social-cost", "ecological-cost",
            "project-approval", "performance-targets", "funding-input",
            "fund-management", "implementation",
            "project-benefit", "satisfaction",
            "funds-in-place", "business-management", "financial-management", "project-output",
            "target-setting", "budget-allocation", "budget-execution", "budget-management", "asset-management", "duty-performance", "duty-benefit",
            "budget-preparation", "fiscal-results",
            "unspecified",
        ], IndicatorClass.BuiltIn.Skip(8).Select(c => c.Code));
        Assert.All(IndicatorClass.BuiltIn, c => Assert.True(IndicatorClass.TryGetBuiltIn(c.Level, c.Code, out var same) && ReferenceEquals(same, c)));
    }

    [Fact]
    public void BuiltInClass_NamesAreTheGlossaryNames()
    {
        Assert.Equal(new LocalizedName("产出指标", "Output"), IndicatorClass.Output.Name);
        Assert.Equal(new LocalizedName("服务对象满意度指标", "Beneficiary satisfaction"), IndicatorClass.BeneficiarySatisfaction.Name);
        Assert.Equal(new LocalizedName("待定二级指标", "Unspecified (placeholder)"), IndicatorClass.Unspecified.Name);
        Assert.Equal((1, "satisfaction"), (IndicatorClass.Satisfaction.Level, IndicatorClass.Satisfaction.Code));
        Assert.Equal((2, "satisfaction"), (IndicatorClass.SatisfactionLevel2.Level, IndicatorClass.SatisfactionLevel2.Code));
    }

    [Fact]
    public void TryGetBuiltIn_IsByLevelAndCode()
    {
        Assert.True(IndicatorClass.TryGetBuiltIn(2, "satisfaction", out var two));
        Assert.Same(IndicatorClass.SatisfactionLevel2, two);
        Assert.True(IndicatorClass.TryGetBuiltIn(1, "satisfaction", out var one));
        Assert.Same(IndicatorClass.Satisfaction, one);
        Assert.True(IndicatorClass.TryGetBuiltIn(2, "output-cost", out var cost));
        Assert.Same(IndicatorClass.OutputCost, cost);
        Assert.False(IndicatorClass.TryGetBuiltIn(1, "quantity", out var none));
        Assert.Null(none);
        Assert.False(IndicatorClass.TryGetBuiltIn(2, "Quantity", out _));
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => IndicatorClass.TryGetBuiltIn(1, null!, out _)).ParamName);
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("local-output-2", true)]
    [InlineData("0", true)]
    [InlineData("-", true)]
    [InlineData("", false)]
    [InlineData("Local", false)]
    [InlineData("local_output", false)]
    [InlineData("local.output", false)]
    [InlineData("local output", false)]
    [InlineData("产出", false)]
    public void IsValidCode_LowerCaseLettersDigitsAndDashOnly(string code, bool valid) =>
        Assert.Equal(valid, IndicatorClass.IsValidCode(code));

    [Fact]
    public void IsValidCode_LengthBoundaryAndNull()
    {
        Assert.True(IndicatorClass.IsValidCode(new string('a', 64)));
        Assert.False(IndicatorClass.IsValidCode(new string('a', 65)));
        Assert.False(IndicatorClass.IsValidCode(null));
    }

    [Fact]
    public void Custom_LevelOutOfRange_NamesTheLevel()
    {
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorClass.Custom(0, "local", LocalName)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorClass.Custom(3, "local", LocalName)).ParamName);
        Assert.Equal(1, IndicatorClass.Custom(1, "local", LocalName).Level);
        Assert.Equal(2, IndicatorClass.Custom(2, "local", LocalName).Level);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => IndicatorClass.Custom(1, null!, LocalName)).ParamName);
    }

    [Fact]
    public void Custom_BuiltInCodeOfTheSameLevelOnly_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => IndicatorClass.Custom(1, "output", LocalName));
        Assert.Equal("code", e.ParamName);
        Assert.StartsWith("'output' is a built-in level-1 class; use the built-in class.", e.Message, StringComparison.Ordinal);

        // "output" is a level-1 code only: at level 2 a jurisdiction may use it.
        var own = IndicatorClass.Custom(2, "output", LocalName);
        Assert.True(own.IsCustom);
        Assert.Equal(LocalName, own.Name);
        Assert.NotEqual(IndicatorClass.Output, own);

        var malformed = Assert.Throws<ArgumentException>(() => IndicatorClass.Custom(2, "Local", LocalName));
        Assert.StartsWith("'Local' is not a valid class code: use 1 to 64 lower-case ASCII letters, digits and '-'.", malformed.Message, StringComparison.Ordinal);
        Assert.StartsWith("A custom class needs a Chinese and an English name.", Assert.Throws<ArgumentException>(() => IndicatorClass.Custom(2, "local", default)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClassEquality_IsByLevelAndCode_AndNullSafe()
    {
        var one = IndicatorClass.Custom(1, "local", LocalName);
        var two = IndicatorClass.Custom(2, "local", LocalName);
        IndicatorClass? none = null;

        Assert.False(one == two);
        Assert.True(one != two);
        Assert.False(one.Equals((object)two));
        Assert.True(one.Equals((object)IndicatorClass.Custom(1, "local", new LocalizedName("另一个", "Another"))));
        Assert.False(one.Equals((object)"local"));
        Assert.False(one.Equals((IndicatorClass?)null));
        Assert.True(none == null);
        Assert.False(none != null);
        Assert.False(none == IndicatorClass.Output);
        Assert.False(IndicatorClass.Output == none);
        Assert.True(IndicatorClass.Output != none);
        Assert.Equal(one.GetHashCode(), IndicatorClass.Custom(1, "local", LocalName).GetHashCode());
        Assert.NotEqual(one.GetHashCode(), two.GetHashCode());
        Assert.Equal("local", two.ToString());
    }

    [Fact]
    public void BuiltInSectors_AreTheDocumentedCodesInOrder()
    {
        // docs/json/indicator-framework.md lists the sector codes.
        Assert.Equal(
            ["agriculture", "livelihood", "science", "transport", "environment", "education", "water", "public-services", "health"],
            Sector.BuiltIn.Select(s => s.Code));
        Assert.Equal(new LocalizedName("农业", "Agriculture"), Sector.Agriculture.Name);
        Assert.Equal("public-services", Sector.PublicServices.ToString());
    }

    [Fact]
    public void Sector_TryGetBuiltIn_IsOrdinal()
    {
        Assert.True(Sector.TryGetBuiltIn("water", out var water));
        Assert.Equal(Sector.Water, water);
        Assert.False(Sector.TryGetBuiltIn("Water", out var none));
        Assert.Equal(default, none);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => Sector.TryGetBuiltIn(null!, out _)).ParamName);
    }

    [Fact]
    public void Sector_Custom_ChecksAndMessages()
    {
        var name = new LocalizedName("地方矿业", "Local mining");

        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => Sector.Custom(null!, name)).ParamName);
        Assert.StartsWith("'Mining' is not a valid sector code.", Assert.Throws<ArgumentException>(() => Sector.Custom("Mining", name)).Message, StringComparison.Ordinal);
        var builtIn = Assert.Throws<ArgumentException>(() => Sector.Custom("health", name));
        Assert.Equal("code", builtIn.ParamName);
        Assert.StartsWith("'health' is a built-in sector; use the built-in value.", builtIn.Message, StringComparison.Ordinal);
        Assert.StartsWith("A custom sector needs a Chinese and an English name.", Assert.Throws<ArgumentException>(() => Sector.Custom("mining", default)).Message, StringComparison.Ordinal);
        var custom = Sector.Custom("mining", name);
        Assert.Equal(name, custom.Name);
        Assert.DoesNotContain(custom, Sector.BuiltIn);
    }

    [Fact]
    public void Sector_EqualityIsByCode_DefaultHasNoCode()
    {
        var a = Sector.Custom("mining", new LocalizedName("矿业", "Mining"));
        var b = Sector.Custom("mining", new LocalizedName("采矿", "Mining industry"));
        Sector none = default;

        Assert.True(a == b);
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals((object)"mining"));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a.GetHashCode(), Sector.Health.GetHashCode());
        Assert.False(a == Sector.Health);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Equal(0, none.GetHashCode());
        Assert.True(none == default(Sector));
        Assert.False(none == Sector.Health);
    }

    [Theory]
    [InlineData(RoundingMode.Up, "up")]
    [InlineData(Grade.Poor, "poor")]
    [InlineData(MoneyUnit.WanYuan, "wan-yuan")]
    [InlineData(Direction.AtLeast, "at-least")]
    [InlineData(FrameworkScope.WholeBudget, "whole-budget")]
    [InlineData(EvaluationType.ExAnteAssessment, "ex-ante-assessment")]
    public void EnumText_Format_IsKebabCase(object value, string expected)
    {
        var format = typeof(EnumText).GetMethod(nameof(EnumText.Format))!.MakeGenericMethod(value.GetType());

        Assert.Equal(expected, format.Invoke(null, [value]));
    }

    [Fact]
    public void EnumText_Format_UndefinedValue_Message()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => EnumText.Format((MoneyUnit)7));

        Assert.Equal("value", e.ParamName);
        Assert.StartsWith("Not a defined MoneyUnit.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnumText_TryParse_ExactTextOnly()
    {
        Assert.True(EnumText.TryParse<MoneyUnit>("yi-yuan", out var yi));
        Assert.Equal(MoneyUnit.YiYuan, yi);
        Assert.True(EnumText.TryParse<MoneyUnit>("yuan", out var yuan));
        Assert.Equal(MoneyUnit.Yuan, yuan);
        Assert.False(EnumText.TryParse<MoneyUnit>("wan-yuan ", out var none));
        Assert.Equal(default, none);
        Assert.False(EnumText.TryParse<RoundingMode>("Down", out var down));
        Assert.Equal(default, down);
        Assert.False(EnumText.TryParse<Grade>(null, out _));
        Assert.False(EnumText.TryParse<Grade>("", out _));
    }

    [Fact]
    public void EnumText_All_ListsEveryValueInDeclarationOrder()
    {
        Assert.Equal(["poor", "fair", "good", "excellent"], EnumText.All<Grade>());
        Assert.Equal(["half-away-from-zero", "half-to-even", "up", "down"], EnumText.All<RoundingMode>());
        Assert.Equal(["draft", "submitted", "approved", "returned"], EnumText.All<TargetStatus>());
    }

    [Theory]
    [InlineData(Direction.AtLeast, ">=")]
    [InlineData(Direction.GreaterThan, ">")]
    [InlineData(Direction.EqualTo, "=")]
    [InlineData(Direction.AtMost, "<=")]
    [InlineData(Direction.LessThan, "<")]
    [InlineData(Direction.Qualitative, "qualitative")]
    public void DirectionSymbols_Of_EachDirection(Direction direction, string symbol) =>
        Assert.Equal(symbol, DirectionSymbols.Of(direction));

    [Theory]
    [InlineData("≥", Direction.AtLeast)]
    [InlineData("≤", Direction.AtMost)]
    [InlineData(">", Direction.GreaterThan)]
    [InlineData("<", Direction.LessThan)]
    [InlineData("=", Direction.EqualTo)]
    public void DirectionSymbols_TryParse_AcceptsTheMathematicalSigns(string symbol, Direction direction)
    {
        Assert.True(DirectionSymbols.TryParse(symbol, out var parsed));
        Assert.Equal(direction, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Qualitative")]
    [InlineData("==")]
    [InlineData(" >=")]
    public void DirectionSymbols_TryParse_RejectsAnythingElse(string? symbol)
    {
        Assert.False(DirectionSymbols.TryParse(symbol, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void DirectionSymbols_Of_Undefined_Message()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DirectionSymbols.Of((Direction)(-1)));
        Assert.Equal(("direction", (object?)(Direction)(-1)), (e.ParamName, e.ActualValue));
        Assert.StartsWith("The value is not a defined Direction.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DisplayNames_OfGradesLanguagesAndUnits()
    {
        Assert.Equal("优 (Excellent)", Grade.Excellent.GetDisplayName().ToString());
        Assert.Equal("差 (Poor)", DisplayNames.Of(Grade.Poor).ToString());
        Assert.Equal("万元", DisplayNames.Of(MoneyUnit.WanYuan).Chinese);
        Assert.Equal("Half away from zero", DisplayNames.Of(RoundingMode.HalfAwayFromZero).English);
        Assert.Equal("四舍五入", DisplayNames.Of(RoundingMode.HalfAwayFromZero).Chinese);
        Assert.True(DisplayNames.TryGet(EvaluationType.SelfEvaluation, out var self));
        Assert.Equal(new LocalizedName("单位自评", "Self-evaluation"), self);
        Assert.False(DisplayNames.TryGet((Grade)9, out var none));
        Assert.Equal(default, none);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DisplayNames.Of((Grade)9));
        Assert.Equal("value", e.ParamName);
        Assert.StartsWith("No display name for Grade.9.", e.Message, StringComparison.Ordinal);
        Assert.False(DisplayNames.TryGet(DayOfWeek.Monday, out _));
    }
}
