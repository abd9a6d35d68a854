using System;
using System.Globalization;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace BudgetPerformance.Tests;

public class MoneyTests
{
    [Fact]
    public void FromWanYuan_39_Is390000Yuan() => Assert.Equal(390_000m, Money.FromWanYuan(39m).Yuan);

    [Fact]
    public void ToYiYuan_128Million_Is1Point28() => Assert.Equal(1.28m, Money.FromYuan(128_000_000m).ToYiYuan());

    [Fact]
    public void FromYiYuan_3Point72_Is372MillionYuan() => Assert.Equal(372_000_000m, Money.FromYiYuan(3.72m).Yuan);

    [Fact]
    public void Format_WanYuan_DropsTrailingZerosWithoutRounding()
    {
        Assert.Equal("39 万元", Money.FromYuan(390_000.00m).Format(MoneyUnit.WanYuan));
        Assert.Equal("0.0001 万元", Money.FromYuan(1m).Format(MoneyUnit.WanYuan));
        Assert.Equal("1.28 亿元", Money.FromYuan(128_000_000m).Format(MoneyUnit.YiYuan));
    }

    [Fact]
    public void ToString_UnderGermanAndTurkishCultures_UsesInvariantDecimalPoint()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "de-DE", "tr-TR", "zh-CN", "en-US" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(name);
                Assert.Equal("3900000.50 元", Money.FromYuan(3_900_000.50m).ToString());
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Operators_AddSubtractMultiply_AreExact()
    {
        var a = Money.FromYuan(3_900_000m);
        var cut = a * 0.10m;
        Assert.Equal(390_000m, cut.Yuan);
        Assert.Equal(3_510_000m, (a - cut).Yuan);
        Assert.True((cut - a).IsNegative);
        var same = Money.FromYuan(3_900_000.00m);
        Assert.True(a > cut && cut < a && a >= same && a <= same);
        Assert.Equal(Money.FromYuan(1.0m), Money.FromYuan(1.00m));
    }

    [Fact]
    public void From_UndefinedUnit_ThrowsWithParameterName()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Money.From(1m, (MoneyUnit)9));
        Assert.Equal("unit", e.ParamName);
    }

    [Property(MaxTest = 500)]
    public Property WanYuanConversion_RoundTrips_Exactly() =>
        Prop.ForAll(
            Gen.Choose(-1_000_000_000, 1_000_000_000).Select(i => i / 100m).ToArbitrary(),
            wan => Money.FromWanYuan(wan).ToWanYuan() == wan && Money.FromWanYuan(wan).Yuan == wan * 10_000m);

    [Property(MaxTest = 500)]
    public Property YiYuanConversion_RoundTrips_Exactly() =>
        Prop.ForAll(
            Gen.Choose(-1_000_000_000, 1_000_000_000).Select(i => i / 10_000m).ToArbitrary(),
            yi => Money.FromYiYuan(yi).ToYiYuan() == yi && Money.FromYuan(yi * 100_000_000m).ToWanYuan() * 10_000m == yi * 100_000_000m);
}

public class FiscalYearTests
{
    [Fact]
    public void Dates_2020_RunsFrom1JanuaryTo31DecemberInclusive()
    {
        var year = new FiscalYear(2020);
        Assert.Equal(new LocalDate(2020, 1, 1), year.Dates.Start);
        Assert.Equal(new LocalDate(2020, 12, 31), year.Dates.End);
        Assert.Equal(366, year.Dates.Length);
        Assert.True(year.Contains(new LocalDate(2020, 12, 31)));
        Assert.False(year.Contains(new LocalDate(2021, 1, 1)));
    }

    [Fact]
    public void Constructor_YearOutOfRange_ThrowsWithParameterName()
    {
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(1899)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(9999)).ParamName);
        Assert.Equal(1900, new FiscalYear(1900).Year);
        Assert.Equal(9998, new FiscalYear(9998).Year);
    }

    [Fact]
    public void Year_DefaultValue_Throws() => Assert.Throws<InvalidOperationException>(() => default(FiscalYear).Year);

    [Fact]
    public void PreviousAndNext_AreAdjacentYears()
    {
        Assert.Equal(new FiscalYear(2019), new FiscalYear(2020).Previous);
        Assert.Equal(new FiscalYear(2021), new FiscalYear(2020).Next);
        Assert.True(new FiscalYear(2019) < new FiscalYear(2020));
    }

    [Fact]
    public void Containing_Date_GivesItsCalendarYear() =>
        Assert.Equal(new FiscalYear(2020), FiscalYear.Containing(new LocalDate(2020, 7, 31)));
}

public class IndicatorCodeTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("output.quantity.farmland")]
    [InlineData("A-1_b")]
    public void Constructor_ValidText_KeepsIt(string text) => Assert.Equal(text, new IndicatorCode(text).Value);

    [Theory]
    [InlineData("")]
    [InlineData("产出")]
    [InlineData("a b")]
    [InlineData("a/b")]
    public void Constructor_InvalidText_ThrowsArgumentException(string text) =>
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new IndicatorCode(text)).ParamName);

    [Fact]
    public void Constructor_65Characters_Throws_64Accepted()
    {
        Assert.Throws<ArgumentException>(() => new IndicatorCode(new string('a', 65)));
        Assert.Equal(64, new IndicatorCode(new string('a', 64)).Value.Length);
    }

    [Fact]
    public void Equality_IsOrdinalAndCaseSensitive()
    {
        Assert.Equal(new IndicatorCode("abc"), new IndicatorCode("abc"));
        Assert.NotEqual(new IndicatorCode("abc"), new IndicatorCode("ABC"));
    }
}

public class RatioTests
{
    [Fact]
    public void Of_ZeroDenominator_ThrowsWithParameterName() =>
        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(1m, 0m)).ParamName);

    [Fact]
    public void FromPercent_85_IsFraction0Point85()
    {
        Assert.Equal(0.85m, Ratio.FromPercent(85m).Value);
        Assert.Equal(85m, Ratio.Of(850_000m, 1_000_000m).Percent);
        Assert.Equal("85.00%", Ratio.FromFraction(0.85m).ToString());
    }
}
