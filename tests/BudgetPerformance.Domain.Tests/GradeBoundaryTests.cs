using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Tests;

/// <summary>
/// Grade bands and scales at their edges, every problem <see cref="GradeScale.FindProblems"/> words, and rounding at
/// every precision and mode (docs/rules/grades.md, RULES.md §1).
/// </summary>
public class GradeBoundaryTests
{
    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("89.994", Grade.Good)]
    [InlineData("89.995", Grade.Good)]
    [InlineData("89.9999999", Grade.Good)]
    [InlineData("90", Grade.Excellent)]
    [InlineData("90.00", Grade.Excellent)]
    [InlineData("99.99", Grade.Excellent)]
    [InlineData("100.00", Grade.Excellent)]
    [InlineData("79.9999", Grade.Fair)]
    [InlineData("80.0000", Grade.Good)]
    [InlineData("59.9999", Grade.Poor)]
    [InlineData("60.0", Grade.Fair)]
    [InlineData("0.0000", Grade.Poor)]
    public void BandOf_National2020_ClassifiesTheScoreAsGivenWithoutRounding(string score, Grade grade)
    {
        // The scale does not round: 89.995 is 良 until the rule set has rounded it to 90.00.
        var band = GradeScale.National2020.BandOf(D(score));

        Assert.Equal(grade, band.Grade);
        Assert.Equal(GradeScale.National2020.Bands.Single(b => b.Grade == grade), band);
    }

    [Theory]
    [InlineData("-0.0001")]
    [InlineData("100.0001")]
    public void BandOf_JustOutsideZeroToHundred_Throws(string score)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => GradeScale.National2020.BandOf(D(score)));

        Assert.Equal("score", e.ParamName);
        Assert.Equal(D(score), e.ActualValue);
        Assert.StartsWith("A graded score must lie in [0, 100].", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BandOf_SingleBandScale_HoldsBothEnds()
    {
        var scale = new GradeScale([new GradeBand(Grade.Poor, 0m, 100m)]);

        Assert.Equal(Grade.Poor, scale.Classify(0m));
        Assert.Equal(Grade.Poor, scale.Classify(100m));
        Assert.Equal("Poor [0, 100)", scale.ToString());
    }

    [Fact]
    public void Scale_8070_60_ClassifiesAtItsOwnEdges()
    {
        // An 80/70/60 scale [D] (RULES.md §1).
        var scale = new GradeScale([
            new GradeBand(Grade.Excellent, 80m, 100m), new GradeBand(Grade.Good, 70m, 80m),
            new GradeBand(Grade.Fair, 60m, 70m), new GradeBand(Grade.Poor, 0m, 60m)]);

        Assert.Equal(Grade.Excellent, scale.Classify(80m));
        Assert.Equal(Grade.Good, scale.Classify(79.99m));
        Assert.Equal(Grade.Good, scale.Classify(70m));
        Assert.Equal(Grade.Fair, scale.Classify(69.99m));
        Assert.Equal(Grade.Fair, scale.Classify(60m));
        Assert.Equal(Grade.Poor, scale.Classify(59.99m));
        Assert.Equal([0m, 60m, 70m, 80m], scale.Bands.Select(b => b.Lower));
    }

    [Property(MaxTest = 300)]
    public Property BandOf_ReturnsTheBandHoldingTheScore() =>
        Prop.ForAll(Generators.Scale.ToArbitrary(), Generators.Score.ToArbitrary(), (scale, score) =>
        {
            var band = scale.BandOf(score);
            return band.Lower <= score && (score < band.Upper || (band == scale.Bands[^1] && score == GradeScale.Maximum))
                && scale.Classify(score) == band.Grade;
        });

    [Fact]
    public void FindProblems_EveryWording()
    {
        Assert.Empty(GradeScale.FindProblems(GradeScale.National2020.Bands));

        Assert.Equal(
        [
            "The lowest band starts at 1, not at 0: lower scores would have no grade.",
            "The highest band ends at 99, not at 100.",
            "The bands Poor [1, 61) and Fair [60, 80) overlap.",
        ], Messages(GradeScale.FindProblems([new GradeBand(Grade.Excellent, 80m, 99m), new GradeBand(Grade.Fair, 60m, 80m), new GradeBand(Grade.Poor, 1m, 61m)])));

        Assert.Equal(
            ["The scores from 89 to 90 have no band."],
            Messages(GradeScale.FindProblems([new GradeBand(Grade.Poor, 0m, 60m), new GradeBand(Grade.Fair, 60m, 80m), new GradeBand(Grade.Good, 80m, 89m), new GradeBand(Grade.Excellent, 90m, 100m)])));

        Assert.Equal(
            ["The band Fair [50, 100) is above Good [0, 50) but its grade is not better."],
            Messages(GradeScale.FindProblems([new GradeBand(Grade.Good, 0m, 50m), new GradeBand(Grade.Fair, 50m, 100m)])));
    }

    [Fact]
    public void FindProblems_SameGradeTwice_IsNotBetter()
    {
        Assert.Equal(
            ["The band Good [50, 100) is above Good [0, 50) but its grade is not better."],
            Messages(GradeScale.FindProblems([new GradeBand(Grade.Good, 0m, 50m), new GradeBand(Grade.Good, 50m, 100m)])));
    }

    [Fact]
    public void FindProblems_BandsTouchingExactly_HaveNoGapAndNoOverlap()
    {
        Assert.Empty(GradeScale.FindProblems([new GradeBand(Grade.Poor, 0m, 59.99m), new GradeBand(Grade.Fair, 59.99m, 100m)]));
        Assert.Equal(
            ["The bands Poor [0, 60.01) and Fair [60, 100) overlap."],
            Messages(GradeScale.FindProblems([new GradeBand(Grade.Poor, 0m, 60.01m), new GradeBand(Grade.Fair, 60m, 100m)])));
        Assert.Equal(
            ["The scores from 59.99 to 60 have no band."],
            Messages(GradeScale.FindProblems([new GradeBand(Grade.Poor, 0m, 59.99m), new GradeBand(Grade.Fair, 60m, 100m)])));
    }

    [Fact]
    public void FindProblems_NullBands_Throws() =>
        Assert.Equal("bands", Assert.Throws<ArgumentNullException>(() => GradeScale.FindProblems(null!)).ParamName);

    [Fact]
    public void Constructor_MessageIsTheFirstProblem()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new GradeScale([new GradeBand(Grade.Good, 0m, 50m), new GradeBand(Grade.Fair, 50m, 100m)]));

        Assert.Equal("bands", e.ParamName);
        Assert.StartsWith("The band Fair [50, 100) is above Good [0, 50) but its grade is not better.", e.Message, StringComparison.Ordinal);
        Assert.Equal("bands", Assert.Throws<ArgumentNullException>(() => new GradeScale(null!)).ParamName);
        Assert.Equal("bands", Assert.Throws<DomainInvariantException>(() => new GradeScale([])).ParamName);
    }

    [Fact]
    public void Scale_Equality_IsBandByBand()
    {
        var national = GradeScale.National2020;
        var otherEdge = new GradeScale([
            new GradeBand(Grade.Poor, 0m, 60m), new GradeBand(Grade.Fair, 60m, 80m),
            new GradeBand(Grade.Good, 80m, 85m), new GradeBand(Grade.Excellent, 85m, 100m)]);

        Assert.True(national.Equals(new GradeScale(national.Bands.Reverse())));
        Assert.False(national.Equals(otherEdge));
        Assert.False(national.Equals((GradeScale?)null));
        Assert.NotEqual(national.GetHashCode(), otherEdge.GetHashCode());
        Assert.Equal(national.GetHashCode(), new GradeScale(national.Bands.Reverse()).GetHashCode());
    }

    [Fact]
    public void GradeBand_Bounds_AtZeroAndJustAboveTheLowerEdge()
    {
        Assert.Equal(0m, new GradeBand(Grade.Poor, 0m, 0.0001m).Lower);
        Assert.Equal(80.0001m, new GradeBand(Grade.Good, 80m, 80.0001m).Upper);

        var lower = Assert.Throws<ArgumentOutOfRangeException>(() => new GradeBand(Grade.Poor, -0.0001m, 60m));
        Assert.Equal("lower", lower.ParamName);
        Assert.StartsWith("The lower edge -0.0001 is negative.", lower.Message, StringComparison.Ordinal);

        var upper = Assert.Throws<ArgumentOutOfRangeException>(() => new GradeBand(Grade.Good, 80m, 79.99m));
        Assert.Equal("upper", upper.ParamName);
        Assert.StartsWith("The upper edge 79.99 is not above the lower edge 80.", upper.Message, StringComparison.Ordinal);

        var grade = Assert.Throws<ArgumentOutOfRangeException>(() => new GradeBand((Grade)4, 0m, 100m));
        Assert.Equal("grade", grade.ParamName);
        Assert.StartsWith("The value is not a defined Grade.", grade.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GradeBand_TextAndFieldByFieldEquality()
    {
        var good = new GradeBand(Grade.Good, 80m, 90m);

        Assert.Equal("Good [80, 90)", good.ToString());
        Assert.Equal("Excellent [90.0, 100)", new GradeBand(Grade.Excellent, 90.0m, 100m).ToString());
        Assert.True(good == new GradeBand(Grade.Good, 80m, 90.00m));
        Assert.False(good == new GradeBand(Grade.Fair, 80m, 90m));
        Assert.False(good == new GradeBand(Grade.Good, 80.5m, 90m));
        Assert.False(good == new GradeBand(Grade.Good, 80m, 90.5m));
        Assert.NotEqual(good.GetHashCode(), new GradeBand(Grade.Good, 80m, 90.5m).GetHashCode());
    }

    [Theory]
    [InlineData(0, "1")]
    [InlineData(1, "1.0")]
    [InlineData(2, "1.00")]
    [InlineData(3, "1.000")]
    [InlineData(4, "1.0000")]
    public void Apply_AlwaysShowsThePrecision(int decimals, string expected)
    {
        Assert.Equal(expected, new Rounding(decimals, RoundingMode.HalfAwayFromZero).Apply(1m).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, new Rounding(decimals, RoundingMode.Down).Apply(1.00000m).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2.5", RoundingMode.HalfAwayFromZero, "3")]
    [InlineData("2.5", RoundingMode.HalfToEven, "2")]
    [InlineData("3.5", RoundingMode.HalfToEven, "4")]
    [InlineData("2.1", RoundingMode.Up, "3")]
    [InlineData("2.9", RoundingMode.Down, "2")]
    [InlineData("2.4", RoundingMode.HalfAwayFromZero, "2")]
    [InlineData("-2.5", RoundingMode.HalfAwayFromZero, "-3")]
    [InlineData("-2.5", RoundingMode.HalfToEven, "-2")]
    [InlineData("-2.1", RoundingMode.Up, "-2")]
    [InlineData("-2.1", RoundingMode.Down, "-3")]
    public void Apply_ZeroDecimals_EachMode(string raw, RoundingMode mode, string expected) =>
        Assert.Equal(expected, new Rounding(0, mode).Apply(D(raw)).ToString(CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(1, "89.95", "90.0")]
    [InlineData(3, "89.9995", "90.000")]
    [InlineData(4, "89.99995", "90.0000")]
    [InlineData(4, "89.99994", "89.9999")]
    public void Apply_HalfAwayFromZero_AtEachPrecision(int decimals, string raw, string expected) =>
        Assert.Equal(expected, new Rounding(decimals, RoundingMode.HalfAwayFromZero).Apply(D(raw)).ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Rounding_ArgumentsAtTheirBounds()
    {
        Assert.Equal(0, new Rounding(0, RoundingMode.Up).Decimals);
        Assert.Equal(4, new Rounding(4, RoundingMode.Up).Decimals);
        Assert.Equal(Rounding.MaxDecimals, new Rounding(4, RoundingMode.Up).Decimals);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => new Rounding(-1, RoundingMode.Up)).ParamName);
        var mode = Assert.Throws<ArgumentOutOfRangeException>(() => new Rounding(2, (RoundingMode)4));
        Assert.Equal("mode", mode.ParamName);
        Assert.StartsWith("The value is not a defined RoundingMode.", mode.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounding_DefaultAndPreset()
    {
        var preset = Rounding.TwoDecimalsHalfAwayFromZero;

        Assert.Equal((2, RoundingMode.HalfAwayFromZero), (preset.Decimals, preset.Mode));
        Assert.True(preset == new Rounding(2, RoundingMode.HalfAwayFromZero));
        Assert.False(preset == new Rounding(2, RoundingMode.Up));
        Assert.False(preset == new Rounding(3, RoundingMode.HalfAwayFromZero));
        Assert.NotEqual(preset.GetHashCode(), new Rounding(2, RoundingMode.Up).GetHashCode());
        Assert.Equal("4 decimals, Up", new Rounding(4, RoundingMode.Up).ToString());
        Assert.Equal("1 decimals, HalfToEven", new Rounding(1, RoundingMode.HalfToEven).ToString());
    }

    private static string[] Messages(IEnumerable<Problem> problems) => [.. problems.Select(p => p.MessageEn)];
}
