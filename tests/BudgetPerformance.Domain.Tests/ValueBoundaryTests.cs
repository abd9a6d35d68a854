using System;
using System.Linq;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// Boundaries, field-by-field equality, ordering and texts of the small value types: Money, Ratio, FiscalYear,
/// IndicatorCode and LocalizedName.
/// </summary>
public class ValueBoundaryTests
{
    [Fact]
    public void Money_IsNegative_AtZeroAndJustBelow()
    {
        Assert.False(Money.Zero.IsNegative);
        Assert.False(Money.FromYuan(0.00m).IsNegative);
        Assert.False(Money.FromYuan(0.01m).IsNegative);
        Assert.True(Money.FromYuan(-0.01m).IsNegative);
        Assert.Equal(Money.Zero, Money.FromYuan(0m));
    }

    [Fact]
    public void Money_Comparisons_AreStrictOrInclusiveExactlyAtEquality()
    {
        var a = Money.FromYuan(100m);
        var same = Money.FromYuan(100.00m);
        var more = Money.FromYuan(100.01m);

        Assert.False(a < same);
        Assert.False(a > same);
        Assert.True(a <= same);
        Assert.True(a >= same);
        Assert.True(a < more);
        Assert.False(more < a);
        Assert.True(more > a);
        Assert.False(a > more);
        Assert.True(a <= more);
        Assert.False(more <= a);
        Assert.True(more >= a);
        Assert.False(a >= more);
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a != more);
        Assert.False(a == more);
        Assert.Equal(0, a.CompareTo(same));
        Assert.True(a.CompareTo(more) < 0);
        Assert.True(more.CompareTo(a) > 0);
    }

    [Fact]
    public void Money_Format_EveryUnit_KeepsEverySignificantDigitAndTheSign()
    {
        // 万元 and 亿元 drop trailing zeros; 元 keeps the scale the amount was created with.
        Assert.Equal("-39 万元", Money.FromYuan(-390_000m).Format(MoneyUnit.WanYuan));
        Assert.Equal("15 万元", Money.FromYuan(150_000.00m).Format(MoneyUnit.WanYuan));
        Assert.Equal("1.23456789 亿元", Money.FromYuan(123_456_789m).Format(MoneyUnit.YiYuan));
        Assert.Equal("0 亿元", Money.Zero.Format(MoneyUnit.YiYuan));
        Assert.Equal("-0.50 元", Money.FromYuan(-0.50m).Format(MoneyUnit.Yuan));
        Assert.Equal("390000 元", Money.FromWanYuan(39m).ToString());
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Zero.Format((MoneyUnit)3)).ParamName);
    }

    [Fact]
    public void Money_To_EachUnit_IsExact()
    {
        var amount = Money.FromYuan(390_000m);

        Assert.Equal(390_000m, amount.To(MoneyUnit.Yuan));
        Assert.Equal(39m, amount.To(MoneyUnit.WanYuan));
        Assert.Equal(0.0039m, amount.To(MoneyUnit.YiYuan));
        Assert.Equal(0.0002m, Money.From(2m, MoneyUnit.WanYuan).To(MoneyUnit.YiYuan));
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => amount.To((MoneyUnit)(-1))).ParamName);
    }

    [Fact]
    public void Money_Arithmetic_IsExactAndSigned()
    {
        var a = Money.FromYuan(3_900_000m);
        var b = Money.FromYuan(390_000m);

        Assert.Equal(4_290_000m, (a + b).Yuan);
        Assert.Equal(3_510_000m, (a - b).Yuan);
        Assert.Equal(-3_510_000m, (b - a).Yuan);
        Assert.Equal(-390_000m, (-b).Yuan);
        Assert.Equal(390_000m, (-(-b)).Yuan);
        Assert.Equal(1_170_000m, (b * 3m).Yuan);
        Assert.Equal(1_170_000m, (3m * b).Yuan);
        Assert.Equal(-39_000m, (b * -0.1m).Yuan);
    }

    [Fact]
    public void Money_HashOfEqualAmountsAtDifferentScales_IsEqual()
    {
        Assert.Equal(Money.FromYuan(1m).GetHashCode(), Money.FromYuan(1.000m).GetHashCode());
        Assert.True(Money.FromYuan(1m).Equals(Money.FromYuan(1.000m)));
        Assert.False(Money.FromYuan(1m).Equals(Money.FromYuan(1.001m)));
    }

    [Property(MaxTest = 300)]
    public Property Money_UnitConversions_AreReversibleForEveryUnit() =>
        Prop.ForAll(
            Gen.Choose(-1_000_000_000, 1_000_000_000).Select(i => i / 1000m).ToArbitrary(),
            Gen.Elements(MoneyUnit.Yuan, MoneyUnit.WanYuan, MoneyUnit.YiYuan).ToArbitrary(),
            (amount, unit) => Money.From(amount, unit).To(unit) == amount
                && Money.From(amount, unit).Yuan == amount * (unit == MoneyUnit.Yuan ? 1m : unit == MoneyUnit.WanYuan ? 10_000m : 100_000_000m));

    [Property(MaxTest = 300)]
    public Property Money_Ordering_AgreesWithTheYuanAmount() =>
        Prop.ForAll(
            Gen.Choose(-100_000, 100_000).Select(i => i / 100m).ToArbitrary(),
            Gen.Choose(-100_000, 100_000).Select(i => i / 100m).ToArbitrary(),
            (x, y) =>
            {
                var a = Money.FromYuan(x);
                var b = Money.FromYuan(y);
                return (a < b) == (x < y) && (a > b) == (x > y) && (a <= b) == (x <= y) && (a >= b) == (x >= y)
                    && (a == b) == (x == y) && Math.Sign(a.CompareTo(b)) == Math.Sign(x.CompareTo(y));
            });

    [Fact]
    public void Ratio_Comparisons_AtEqualityAndEitherSide()
    {
        var a = Ratio.FromPercent(85m);
        var same = Ratio.FromFraction(0.850m);
        var more = Ratio.FromFraction(0.8501m);

        Assert.True(a <= same && a >= same);
        Assert.False(a < same || a > same);
        Assert.True(a < more && more > a && a <= more && more >= a);
        Assert.False(more < a || a > more || more <= a || a >= more);
        Assert.True(a.Equals((object)same));
        Assert.False(a.Equals((object)more));
        Assert.False(a.Equals((object)0.85m));
    }

    [Fact]
    public void Ratio_OfAndPercent_AreExactWithTheSign()
    {
        Assert.Equal(-0.25m, Ratio.Of(-1m, 4m).Value);
        Assert.Equal(1.5m, Ratio.Of(3m, 2m).Value);
        Assert.Equal(0.125m, Ratio.FromPercent(12.5m).Value);
        Assert.Equal(150m, Ratio.FromFraction(1.5m).Percent);
        Assert.Equal("150.0%", Ratio.FromFraction(1.5m).ToString());
        Assert.Equal("-25.00%", Ratio.Of(-1m, 4m).ToString());
        Assert.Equal("0%", Ratio.Zero.ToString());
        Assert.Equal(0m, Ratio.Of(0m, -3m).Value);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(0m, 0m));
        Assert.Equal("denominator", e.ParamName);
        Assert.StartsWith("The denominator must not be zero.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiscalYear_OrderingOperators_AtEqualityAndEitherSide()
    {
        var y2020 = new FiscalYear(2020);
        var same = new FiscalYear(2020);
        var y2021 = new FiscalYear(2021);

        Assert.True(y2020 <= same && y2020 >= same);
        Assert.False(y2020 < same || y2020 > same);
        Assert.True(y2020 < y2021 && y2020 <= y2021);
        Assert.False(y2021 < y2020 || y2021 <= y2020);
        Assert.True(y2021 >= y2020);
        Assert.False(y2020 >= y2021);
        Assert.True(y2020 == same && y2020 != y2021);
        Assert.False(y2020 != same || y2020 == y2021);
        Assert.Equal(y2020.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(y2020.GetHashCode(), y2021.GetHashCode());
    }

    [Fact]
    public void FiscalYear_TextAndDates()
    {
        var y = new FiscalYear(2021);

        Assert.Equal("2021", y.ToString());
        Assert.Equal(new LocalDate(2021, 1, 1), y.Start);
        Assert.Equal(new LocalDate(2021, 12, 31), y.End);
        Assert.Equal(365, y.Dates.Length);
        Assert.True(y.Contains(new LocalDate(2021, 1, 1)));
        Assert.False(y.Contains(new LocalDate(2020, 12, 31)));
        Assert.False(y.Contains(new LocalDate(2022, 1, 1)));
        // The same year number in another calendar is not this fiscal year (the fiscal year is an ISO calendar year).
        Assert.False(y.Contains(new LocalDate(2021, 6, 1, CalendarSystem.Julian)));
    }

    [Fact]
    public void FiscalYear_OutOfRange_ReportsTheRangeAndTheValue()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(1899));

        Assert.Equal("year", e.ParamName);
        Assert.Equal(1899, e.ActualValue);
        Assert.StartsWith("The value must lie in [1900, 9998].", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(1900).Previous);
        Assert.Equal(new FiscalYear(1900), new FiscalYear(1901).Previous);
        Assert.Equal(new FiscalYear(9998), new FiscalYear(9997).Next);
    }

    [Fact]
    public void FiscalYear_DefaultValue_ThrowsWithAMessage()
    {
        var e = Assert.Throws<InvalidOperationException>(() => default(FiscalYear).Start);

        Assert.Equal("The default FiscalYear is not a year; create one with a year number.", e.Message);
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("Z", true)]
    [InlineData("0", true)]
    [InlineData("9", true)]
    [InlineData(".", true)]
    [InlineData("-", true)]
    [InlineData("_", true)]
    [InlineData("a.B-9_z", true)]
    [InlineData("", false)]
    [InlineData(" ", false)]
    [InlineData("a+b", false)]
    [InlineData("a,b", false)]
    [InlineData("é", false)]
    [InlineData("１", false)]
    [InlineData("a\n", false)]
    public void IndicatorCode_IsValid_AllowsAsciiLettersDigitsDotDashAndUnderscoreOnly(string text, bool valid) =>
        Assert.Equal(valid, IndicatorCode.IsValid(text));

    [Fact]
    public void IndicatorCode_IsValid_LengthBoundaryAndNull()
    {
        Assert.False(IndicatorCode.IsValid(null));
        Assert.True(IndicatorCode.IsValid(new string('x', IndicatorCode.MaxLength)));
        Assert.False(IndicatorCode.IsValid(new string('x', IndicatorCode.MaxLength + 1)));
        Assert.Equal(64, IndicatorCode.MaxLength);
    }

    [Fact]
    public void IndicatorCode_Constructor_NullAndInvalidText()
    {
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new IndicatorCode(null!)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => new IndicatorCode("a b"));
        Assert.StartsWith("'a b' is not a valid indicator code: use 1 to 64 ASCII letters, digits, '.', '-' or '_'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorCode_OrderIsOrdinal()
    {
        // Ordinal: '1' (0x31) sorts before '9', and upper case before lower case.
        Assert.True(new IndicatorCode("1.10").CompareTo(new IndicatorCode("1.9")) < 0);
        Assert.True(new IndicatorCode("1.9").CompareTo(new IndicatorCode("1.10")) > 0);
        Assert.True(new IndicatorCode("B").CompareTo(new IndicatorCode("a")) < 0);
        Assert.Equal(0, new IndicatorCode("1.1").CompareTo(new IndicatorCode("1.1")));
    }

    [Fact]
    public void IndicatorCode_DefaultValue_HasNoTextAndEqualsOnlyItself()
    {
        IndicatorCode none = default;

        Assert.Equal(string.Empty, none.ToString());
        Assert.Equal("The default IndicatorCode has no value.", Assert.Throws<InvalidOperationException>(() => none.Value).Message);
        Assert.True(none == default(IndicatorCode));
        Assert.False(none == new IndicatorCode("a"));
        Assert.True(none != new IndicatorCode("a"));
        Assert.Equal(default(IndicatorCode).GetHashCode(), none.GetHashCode());
        Assert.True(new IndicatorCode("a").CompareTo(none) > 0);
    }

    [Fact]
    public void IndicatorCode_ObjectEqualityHashAndText()
    {
        var code = new IndicatorCode("1.1.1");

        Assert.True(code.Equals((object)new IndicatorCode("1.1.1")));
        Assert.False(code.Equals((object)new IndicatorCode("1.1.2")));
        Assert.False(code.Equals((object)"1.1.1"));
        Assert.Equal(code.GetHashCode(), new IndicatorCode("1.1.1").GetHashCode());
        Assert.NotEqual(code.GetHashCode(), new IndicatorCode("1.1.2").GetHashCode());
        Assert.Equal("1.1.1", code.ToString());
    }

    [Fact]
    public void LocalizedName_BlankOrNullNames_NameTheParameter()
    {
        Assert.Equal("chinese", Assert.Throws<ArgumentException>(() => new LocalizedName(" ", "Excellent")).ParamName);
        Assert.Equal("english", Assert.Throws<ArgumentException>(() => new LocalizedName("优", "")).ParamName);
        Assert.Equal("chinese", Assert.Throws<ArgumentNullException>(() => new LocalizedName(null!, "Excellent")).ParamName);
        Assert.Equal("english", Assert.Throws<ArgumentNullException>(() => new LocalizedName("优", null!)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => new LocalizedName("\t", "x"));
        Assert.StartsWith("The value must not be empty or white space.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalizedName_DifferingInOneName_AreNotEqual()
    {
        var name = new LocalizedName("优", "Excellent");

        Assert.True(name == new LocalizedName("优", "Excellent"));
        Assert.False(name == new LocalizedName("良", "Excellent"));
        Assert.False(name == new LocalizedName("优", "Good"));
        Assert.True(name != new LocalizedName("良", "Excellent"));
        Assert.False(name.Equals(new LocalizedName("优", "excellent")));
        Assert.NotEqual(name.GetHashCode(), new LocalizedName("良", "Excellent").GetHashCode());
    }
}
