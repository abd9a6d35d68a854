using System;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// Equality, ordering, formatting and argument checks of the small value types that other tests only use in passing.
/// </summary>
public class ValueSemanticsTests
{
    [Fact]
    public void Money_From_ConvertsEachUnitExactly()
    {
        Assert.Equal(5m, Money.From(5m, MoneyUnit.Yuan).Yuan);
        Assert.Equal(390_000m, Money.From(39m, MoneyUnit.WanYuan).Yuan);
        Assert.Equal(128_000_000m, Money.From(1.28m, MoneyUnit.YiYuan).Yuan);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => Money.From(1m, (MoneyUnit)3)).ParamName);
    }

    [Fact]
    public void Money_NamedOperations_MatchTheOperators()
    {
        var a = Money.FromYuan(300m);
        var b = Money.FromYuan(120.50m);

        Assert.Equal(420.50m, Money.Add(a, b).Yuan);
        Assert.Equal(179.50m, Money.Subtract(a, b).Yuan);
        Assert.Equal(30m, Money.Multiply(a, 0.1m).Yuan);
        Assert.Equal(30m, (0.1m * a).Yuan);
        Assert.Equal(-300m, Money.Negate(a).Yuan);
    }

    [Fact]
    public void Money_ObjectEqualityAndHash_AreByValue()
    {
        object same = Money.FromYuan(1.00m);

        Assert.True(Money.FromYuan(1.0m).Equals(same));
        Assert.Equal(Money.FromYuan(1.0m).GetHashCode(), same.GetHashCode());
        Assert.False(Money.FromYuan(1m).Equals((object)Money.FromYuan(2m)));
        Assert.False(Money.FromYuan(1m).Equals((object)1m));
        Assert.False(Money.FromYuan(1m).Equals(null));
    }

    [Fact]
    public void Money_CompareToObject_OrdersNullFirstAndRejectsOtherTypes()
    {
        var one = Money.FromYuan(1m);

        Assert.Equal(1, one.CompareTo(null));
        Assert.True(one.CompareTo((object)Money.FromYuan(2m)) < 0);
        Assert.True(one.CompareTo((object)Money.FromYuan(0.5m)) > 0);
        Assert.Equal(0, one.CompareTo((object)Money.FromYuan(1.000m)));
        var wrongType = Assert.Throws<ArgumentException>(() => one.CompareTo((object)1m));
        Assert.Equal("obj", wrongType.ParamName);
        Assert.StartsWith("The object is not Money.", wrongType.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratio_ConstantsOperatorsHashAndOrder()
    {
        var half = Ratio.FromFraction(0.5m);
        var fifty = Ratio.FromPercent(50m);

        Assert.Equal(0m, Ratio.Zero.Value);
        Assert.Equal(1m, Ratio.One.Value);
        Assert.True(half == fifty);
        Assert.False(half != fifty);
        Assert.True(half != Ratio.One);
        Assert.True(Ratio.Zero < half && half > Ratio.Zero);
        Assert.False(half < fifty || half > fifty);
        Assert.True(half <= fifty && half >= fifty && Ratio.Zero <= half && Ratio.One >= half);
        Assert.False(Ratio.One <= half || Ratio.Zero >= half);
        Assert.Equal(half.GetHashCode(), Ratio.FromFraction(0.500m).GetHashCode());
        Assert.True(half.CompareTo(Ratio.One) < 0);
        Assert.True(Ratio.One.CompareTo(half) > 0);
        Assert.Equal(0, half.CompareTo(fifty));
    }

    [Fact]
    public void FiscalYear_Containing_RequiresTheIsoCalendar()
    {
        Assert.Equal(new FiscalYear(2021), FiscalYear.Containing(new LocalDate(2021, 12, 31)));
        var julian = new LocalDate(2021, 6, 1, CalendarSystem.Julian);

        var notIso = Assert.Throws<ArgumentException>(() => FiscalYear.Containing(julian));
        Assert.Equal("date", notIso.ParamName);
        Assert.StartsWith("The date must be in the ISO calendar.", notIso.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiscalYear_OrderAndObjectEquality()
    {
        var y2020 = new FiscalYear(2020);
        var y2021 = new FiscalYear(2021);

        Assert.True(y2021 > y2020);
        Assert.False(y2020 > y2021);
        Assert.False(y2020 > new FiscalYear(2020));
        Assert.True(y2020.Equals((object)new FiscalYear(2020)));
        Assert.False(y2020.Equals((object)2020));
        Assert.True(y2020.CompareTo(y2021) < 0);
        Assert.True(y2021.CompareTo(y2020) > 0);
        Assert.Equal(0, y2020.CompareTo(new FiscalYear(2020)));
    }

    [Fact]
    public void LocalizedName_LanguageEqualityAndText()
    {
        var name = new LocalizedName("优", "Excellent");

        Assert.Equal("优", name.In(DisplayLanguage.Chinese));
        Assert.Equal("Excellent", name.In(DisplayLanguage.English));
        Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => name.In((DisplayLanguage)2)).ParamName);
        Assert.False(name != new LocalizedName("优", "Excellent"));
        Assert.True(name != new LocalizedName("优", "Very good"));
        Assert.True(name.Equals((object)new LocalizedName("优", "Excellent")));
        Assert.False(name.Equals((object)"优"));
        Assert.Equal(name.GetHashCode(), new LocalizedName("优", "Excellent").GetHashCode());
        Assert.Equal("优 (Excellent)", name.ToString());
    }

    [Fact]
    public void Rounding_EqualityHashAndText()
    {
        var two = Rounding.TwoDecimalsHalfAwayFromZero;

        Assert.False(two != new Rounding(2, RoundingMode.HalfAwayFromZero));
        Assert.True(two != new Rounding(2, RoundingMode.HalfToEven));
        Assert.True(two != new Rounding(1, RoundingMode.HalfAwayFromZero));
        Assert.True(two.Equals((object)new Rounding(2, RoundingMode.HalfAwayFromZero)));
        Assert.False(two.Equals((object)2));
        Assert.Equal(two.GetHashCode(), new Rounding(2, RoundingMode.HalfAwayFromZero).GetHashCode());
        Assert.Equal("2 decimals, HalfAwayFromZero", two.ToString());
        Assert.Equal("0 decimals, Down", new Rounding(0, RoundingMode.Down).ToString());
    }

    [Fact]
    public void GradeBand_EqualityAndHash()
    {
        var good = new GradeBand(Grade.Good, 80m, 90m);

        Assert.False(good != new GradeBand(Grade.Good, 80.0m, 90m));
        Assert.True(good != new GradeBand(Grade.Excellent, 80m, 90m));
        Assert.True(good != new GradeBand(Grade.Good, 81m, 90m));
        Assert.True(good != new GradeBand(Grade.Good, 80m, 91m));
        Assert.True(good.Equals((object)new GradeBand(Grade.Good, 80m, 90m)));
        Assert.False(good.Equals((object)Grade.Good));
        Assert.Equal(good.GetHashCode(), new GradeBand(Grade.Good, 80m, 90m).GetHashCode());
    }

    [Fact]
    public void GradeScale_NoBands_IsTheOnlyProblemReported()
    {
        Assert.Equal(["A grade scale needs at least one band."], GradeScale.FindProblems([]).Select(p => p.MessageEn));
    }

    [Fact]
    public void GradeScale_EqualityHashAndText()
    {
        var national = GradeScale.National2020;
        var same = new GradeScale([
            new GradeBand(Grade.Excellent, 90m, 100m), new GradeBand(Grade.Good, 80m, 90m),
            new GradeBand(Grade.Fair, 60m, 80m), new GradeBand(Grade.Poor, 0m, 60m)]);
        var twoBands = new GradeScale([new GradeBand(Grade.Poor, 0m, 60m), new GradeBand(Grade.Excellent, 60m, 100m)]);

        Assert.True(national.Equals((object)same));
        Assert.False(national.Equals((object)twoBands));
        Assert.False(national.Equals((object?)null));
        Assert.Equal(national.GetHashCode(), same.GetHashCode());
        Assert.Equal("Poor [0, 60), Fair [60, 80), Good [80, 90), Excellent [90, 100)", national.ToString());
        Assert.Equal("Poor [0, 60), Excellent [60, 100)", twoBands.ToString());
    }

    [Fact]
    public void IndicatorCode_FromStringAndInequality()
    {
        Assert.Equal(new IndicatorCode("1.2"), IndicatorCode.FromString("1.2"));
        Assert.True(IndicatorCode.FromString("1.2") != new IndicatorCode("1.3"));
        Assert.False(IndicatorCode.FromString("1.2") != new IndicatorCode("1.2"));
    }

    [Fact]
    public void Sector_Custom_ChecksCodeAndName()
    {
        var name = new LocalizedName("地方矿业", "Local mining");

        Assert.Equal("code", Assert.Throws<ArgumentException>(() => Sector.Custom("Local Mining", name)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Sector.Custom("local-mining", default)).ParamName);
        var custom = Sector.Custom("local-mining", name);
        Assert.Equal("local-mining", custom.Code);
        Assert.True(custom != Sector.Agriculture);
        Assert.False(Sector.Agriculture != Sector.Agriculture);
    }

    [Fact]
    public void IndicatorScoreGroup_ArgumentChecksNameTheParameter()
    {
        IndicatorCode[] two = [new("1.1.1"), new("1.1.2")];

        Assert.Equal("members", Assert.Throws<ArgumentException>(() => new IndicatorScoreGroup("G1", [new("1.1.1")], 1m, null)).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentException>(() => new IndicatorScoreGroup("G1", [new("1.1.1"), new("1.1.1")], 1m, null)).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentException>(() => new IndicatorScoreGroup("G1", [new("1.1.1"), default], 1m, null)).ParamName);
        Assert.Equal("assessorScore", Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorScoreGroup("G1", two, -0.01m, null)).ParamName);
        Assert.Equal("recordedScore", Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorScoreGroup("G1", two, null, -1m)).ParamName);
        Assert.Equal("recordedScore", Assert.Throws<ArgumentException>(() => new IndicatorScoreGroup("G1", two, null, null)).ParamName);
    }

    [Fact]
    public void IndicatorScoreGroup_ToString_ShowsTheAssessorScoreOnlyWhenThereIsOne()
    {
        IndicatorCode[] two = [new("1.1.1"), new("1.1.2")];

        Assert.Equal("G1 [1.1.1, 1.1.2] = 22.50", new IndicatorScoreGroup("G1", two, 22.50m, null).ToString());
        Assert.Equal("G2 [1.1.1, 1.1.2]", new IndicatorScoreGroup("G2", two, null, 20m).ToString());
    }

    [Fact]
    public void IndicatorRecord_ArgumentChecksNameTheParameter()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => IndicatorRecord.Measured(default, 1m)).ParamName);
        Assert.Equal("recordedScore", Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 1m, null, -1m)).ParamName);
    }

    [Fact]
    public void IndicatorRecord_ObjectEqualityHashAndText()
    {
        var code = new IndicatorCode("1.1.1");
        var record = IndicatorRecord.Measured(code, 4600m, "报告", 13.8m);
        object same = IndicatorRecord.Measured(code, 4600.0m, "报告", 13.8m);

        Assert.True(record.Equals(same));
        Assert.Equal(record.GetHashCode(), same.GetHashCode());
        Assert.False(record.Equals((object)IndicatorRecord.Measured(code, 4601m, "报告", 13.8m)));
        Assert.False(record.Equals((object)IndicatorRecord.NoData(code)));
        Assert.False(record.Equals((object)"1.1.1"));
        Assert.Equal("1.1.1 Measured", record.ToString());
        Assert.Equal("1.1.1 NotYetDue", IndicatorRecord.NotYetDue(code).ToString());
    }
}
