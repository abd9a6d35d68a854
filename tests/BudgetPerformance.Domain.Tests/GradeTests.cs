using System;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Tests;

public class GradeScaleTests
{
    [Theory]
    [InlineData("100", Grade.Excellent)]
    [InlineData("90", Grade.Excellent)]
    [InlineData("89.9999", Grade.Good)]
    [InlineData("89.5", Grade.Good)]
    [InlineData("80", Grade.Good)]
    [InlineData("79.99", Grade.Fair)]
    [InlineData("60", Grade.Fair)]
    [InlineData("59.99", Grade.Poor)]
    [InlineData("0", Grade.Poor)]
    public void Classify_National2020_HalfOpenBands(string score, Grade expected) =>
        Assert.Equal(expected, GradeScale.National2020.Classify(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void Classify_OutsideZeroToHundred_ThrowsWithParameterName(string score) =>
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => GradeScale.National2020.Classify(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture))).ParamName);

    [Fact]
    public void Constructor_GapBetweenBands_IsRejectedAndNamed()
    {
        // The "90–100, 80–89" reading of the documents leaves (89, 90) without a grade.
        var bands = new[] { new GradeBand(Grade.Poor, 0, 60), new GradeBand(Grade.Fair, 60, 80), new GradeBand(Grade.Good, 80, 89), new GradeBand(Grade.Excellent, 90, 100) };
        var e = Assert.Throws<DomainInvariantException>(() => new GradeScale(bands));
        Assert.Equal("bands", e.ParamName);
        Assert.Contains("89 to 90", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindProblems_OverlapAndWrongEnds_ListsEveryProblem()
    {
        var bands = new[] { new GradeBand(Grade.Poor, 1, 61), new GradeBand(Grade.Fair, 60, 80), new GradeBand(Grade.Excellent, 80, 99) };
        var problems = GradeScale.FindProblems(bands);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Code == ProblemCodes.GradeBandsOverlap && p.Location.Element == "bands[1].lower");
        Assert.Contains(problems, p => p.Code == ProblemCodes.GradeBandsRange && p.MessageEn.Contains("starts at 1", StringComparison.Ordinal) && p.Location.Element == "bands[0].lower");
        Assert.Contains(problems, p => p.Code == ProblemCodes.GradeBandsRange && p.MessageEn.Contains("ends at 99", StringComparison.Ordinal) && p.Location.Element == "bands[2].upper");
    }

    [Fact]
    public void FindProblems_BandsFromOneLowerEdge_AreComparedNarrowestFirst()
    {
        // Sorted by lower edge, then by upper edge: 差 [0, 60) comes before 中 [0, 80), so the only problem is their
        // overlap (the other order would also report a worse grade above a better one and a gap from 60 to 80).
        var bands = new[] { new GradeBand(Grade.Fair, 0, 80), new GradeBand(Grade.Good, 80, 100), new GradeBand(Grade.Poor, 0, 60) };
        var problem = Assert.Single(GradeScale.FindProblems(bands));
        Assert.Equal(("The bands Poor [0, 60) and Fair [0, 80) overlap.", "区间 差 [0, 60) 与 中 [0, 80) 重叠。", "bands[0].lower"), (problem.MessageEn, problem.MessageZh, problem.Location.Element));
    }

    [Fact]
    public void Constructor_HigherBandWithWorseGrade_IsRejected() =>
        Assert.Throws<DomainInvariantException>(() => new GradeScale([new GradeBand(Grade.Good, 0, 50), new GradeBand(Grade.Fair, 50, 100)]));

    [Fact]
    public void Constructor_BandsInAnyOrder_AreSorted()
    {
        var scale = new GradeScale(GradeScale.National2020.Bands.Reverse());
        Assert.Equal(GradeScale.National2020, scale);
        Assert.Equal(0m, scale.Bands[0].Lower);
    }

    [Fact]
    public void GradeBand_UpperNotAboveLower_Throws() =>
        Assert.Equal("upper", Assert.Throws<ArgumentOutOfRangeException>(() => new GradeBand(Grade.Good, 80, 80)).ParamName);

    [Property(MaxTest = 300)]
    public Property EveryScoreInZeroToHundred_FallsInExactlyOneBand() =>
        Prop.ForAll(Generators.Scale.ToArbitrary(), Generators.Score.ToArbitrary(), (scale, score) =>
        {
            var top = scale.Bands[^1];
            var containing = scale.Bands.Count(b => score >= b.Lower && (score < b.Upper || (b == top && score == b.Upper)));
            return containing == 1 && scale.BandOf(score).Lower <= score;
        });

    [Property(MaxTest = 300)]
    public Property Classify_IsMonotoneInTheScore() =>
        Prop.ForAll(Generators.Scale.ToArbitrary(), Generators.Score.ToArbitrary(), Generators.Score.ToArbitrary(), (scale, a, b) =>
            a > b ? scale.Classify(a) >= scale.Classify(b) : scale.Classify(a) <= scale.Classify(b));
}

public class RoundingTests
{
    // EXAMPLES.md §2: band edges and rounding.
    [Theory]
    [InlineData("89.995", 2, RoundingMode.HalfAwayFromZero, "90.00", Grade.Excellent)]
    [InlineData("89.994", 2, RoundingMode.HalfAwayFromZero, "89.99", Grade.Good)]
    [InlineData("89.95", 1, RoundingMode.HalfAwayFromZero, "90.0", Grade.Excellent)]
    [InlineData("89.5", 0, RoundingMode.HalfAwayFromZero, "90", Grade.Excellent)]
    [InlineData("89.5", 0, RoundingMode.HalfToEven, "90", Grade.Excellent)]
    [InlineData("88.5", 0, RoundingMode.HalfToEven, "88", Grade.Good)]
    [InlineData("79.999", 2, RoundingMode.HalfAwayFromZero, "80.00", Grade.Good)]
    [InlineData("59.99", 2, RoundingMode.HalfAwayFromZero, "59.99", Grade.Poor)]
    public void Apply_ExamplesTable_RoundsThenGrades(string raw, int decimals, RoundingMode mode, string rounded, Grade grade)
    {
        var value = new Rounding(decimals, mode).Apply(decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rounded, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(grade, GradeScale.National2020.Classify(value));
    }

    [Theory]
    [InlineData("89.991", RoundingMode.Up, "90.00")]
    [InlineData("89.999", RoundingMode.Down, "89.99")]
    [InlineData("90", RoundingMode.Down, "90.00")]
    [InlineData("0.125", RoundingMode.HalfToEven, "0.12")]
    [InlineData("0.135", RoundingMode.HalfToEven, "0.14")]
    public void Apply_Modes_TwoDecimals(string raw, RoundingMode mode, string expected) =>
        Assert.Equal(expected, new Rounding(2, mode).Apply(decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Constructor_FiveDecimals_ThrowsWithParameterName() =>
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => new Rounding(5, RoundingMode.Up)).ParamName);

    [Property(MaxTest = 300)]
    public Property Apply_IsWithinHalfAUnitForNearestModes() =>
        Prop.ForAll(Generators.Score.ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (score, decimals) =>
        {
            var unit = new[] { 1m, 0.1m, 0.01m, 0.001m, 0.0001m }[decimals];
            var rounded = new Rounding(decimals, RoundingMode.HalfAwayFromZero).Apply(score);
            return Math.Abs(rounded - score) <= unit / 2 && new Rounding(decimals, RoundingMode.Down).Apply(score) <= score && new Rounding(decimals, RoundingMode.Up).Apply(score) >= score;
        });
}
