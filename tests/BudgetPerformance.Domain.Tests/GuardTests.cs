using System;
using System.Globalization;
using System.Threading;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Tests;

/// <summary>
/// The project's <c>Guard.Against</c> clauses: the exception type, the parameter name, the actual value and the message of
/// each, on both sides of each edge; interpolated messages formatted only when broken, with the invariant culture.
/// </summary>
public class GuardTests
{
    private sealed class Counted
    {
        public int Formatted { get; private set; }

        public override string ToString()
        {
            Formatted++;
            return "counted";
        }
    }

    [Fact]
    public void Blank_NullIsArgumentNull_EmptyOrWhiteSpaceIsArgument_TextPasses()
    {
        string? missing = null;
        Assert.Equal("missing", Assert.Throws<ArgumentNullException>(() => Guard.Against.Blank(missing)).ParamName);
        var empty = " \t";
        var e = Assert.Throws<ArgumentException>(() => Guard.Against.Blank(empty));
        Assert.Equal(("empty", "The value must not be empty or white space. (Parameter 'empty')"), (e.ParamName, e.Message));
        Assert.Equal("甲", Guard.Against.Blank("甲"));
    }

    [Fact]
    public void Undefined_OutOfRangeWithTheValue()
    {
        var grade = (Grade)42;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.Undefined(grade));
        Assert.Equal(("grade", (object?)grade), (e.ParamName, e.ActualValue));
        Assert.StartsWith("The value is not a defined Grade.", e.Message, StringComparison.Ordinal);
        Assert.Equal(Grade.Good, Guard.Against.Undefined(Grade.Good));
    }

    [Fact]
    public void Uncreated_DefaultStructIsRefused_NamingParameterAndType()
    {
        IndicatorCode code = default;
        var e = Assert.Throws<ArgumentException>(() => Guard.Against.Uncreated(code));
        Assert.Equal(("code", "The code must be a created IndicatorCode. (Parameter 'code')"), (e.ParamName, e.Message));
        Assert.Equal(new IndicatorCode("1.1.1"), Guard.Against.Uncreated(new IndicatorCode("1.1.1")));
    }

    [Fact]
    public void NullItems_NamesTheIndexOfTheNullItem_AndCopies()
    {
        string[] items = ["a", null!, "c"];
        var e = Assert.Throws<ArgumentException>(() => Guard.Against.NullItems(items));
        Assert.Equal(("items", "Item 1 is null. (Parameter 'items')"), (e.ParamName, e.Message));
        string[]? none = null;
        Assert.Equal("none", Assert.Throws<ArgumentNullException>(() => Guard.Against.NullItems(none)).ParamName);

        string[] good = ["a", "b"];
        var copy = Guard.Against.NullItems(good);
        good[0] = "changed";
        Assert.Equal(["a", "b"], copy);
    }

    [Theory]
    [InlineData(-0.01, true)]
    [InlineData(0, false)]
    [InlineData(0.01, false)]
    public void BelowZero_Decimal_BothSidesOfZero(double value, bool throws)
    {
        var amount = (decimal)value;
        if (throws)
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.BelowZero(amount));
            Assert.Equal(("amount", (object?)amount), (e.ParamName, e.ActualValue));
        }
        else
        {
            Assert.Equal(amount, Guard.Against.BelowZero(amount));
        }
    }

    [Property(MaxTest = 200)]
    public Property NotBetween_ThrowsExactlyOutsideTheClosedInterval() =>
        Prop.ForAll(Gen.Choose(-5, 15).ToArbitrary(), value =>
        {
            var inside = value is >= 1 and <= 10;
            try
            {
                var returned = Guard.Against.NotBetween(value, 1, 10);
                return (inside && returned == value).Label("returned " + returned);
            }
            catch (ArgumentOutOfRangeException e)
            {
                return (!inside && e.ParamName == "value" && e.Message.StartsWith("The value must lie in [1, 10].", StringComparison.Ordinal))
                    .Label(e.ParamName + "|" + e.Message);
            }
        });

    [Fact]
    public void InvalidWhen_FormatsItsMessageOnlyWhenBroken()
    {
        var counted = new Counted();
        Guard.Against.InvalidWhen(false, "x", $"never {counted}");
        Assert.Equal(0, counted.Formatted);
        var e = Assert.Throws<ArgumentException>(() => Guard.Against.InvalidWhen(true, "x", $"shown {counted}"));
        Assert.Equal(("x", "shown counted (Parameter 'x')"), (e.ParamName, e.Message));
        Assert.Equal(1, counted.Formatted);
        Assert.Equal("plain (Parameter 'y')", Assert.Throws<ArgumentException>(() => Guard.Against.InvalidWhen(true, "y", "plain")).Message);
    }

    [Fact]
    public void OutOfRangeWhen_UsesTheInvariantCulture_AndReturnsTheValue()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var value = 1.5m;
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.OutOfRangeWhen(true, value, "share", $"{value} is too large"));
            Assert.Equal(("share", (object?)1.5m), (e.ParamName, e.ActualValue));
            Assert.StartsWith("1.5 is too large", e.Message, StringComparison.Ordinal);
            Assert.Equal(0.5m, Guard.Against.OutOfRangeWhen(false, 0.5m, "share", $"{value} is too large"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }

    [Fact]
    public void ProblemClauses_ThrowTheFirstProblem_AsTheRightException()
    {
        var first = Messages.RuleSetVersionBelowOne.At(ProblemLocation.OfElement("version"));
        var second = Messages.RuleSetIdInvalid.At(ProblemLocation.OfElement("id"), "X");
        Problem[] two = [first, second];

        Guard.Against.Problems([]);
        Guard.Against.Invariant([], "p");
        Guard.Against.ProblemsOutOfRange([], 0, "p");

        var a = Assert.Throws<ArgumentException>(() => Guard.Against.Problems(two));
        Assert.Equal(("version", "The version must be at least 1. (Parameter 'version')"), (a.ParamName, a.Message));
        Assert.Equal("given", Assert.Throws<ArgumentException>(() => Guard.Against.Problems(two, "given")).ParamName);

        var o = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.ProblemsOutOfRange(two, 0, "version"));
        Assert.Equal(("version", (object?)0), (o.ParamName, o.ActualValue));
        var v = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.ProblemsOutOfRange(two, element => element + "!"));
        Assert.Equal(("version", (object?)"version!"), (v.ParamName, v.ActualValue));

        var i = Assert.Throws<DomainInvariantException>(() => Guard.Against.Invariant(two, "ruleSet"));
        Assert.Equal(("ruleSet", first), (i.ParamName, i.Problem));
        Assert.Equal("version", Assert.Throws<DomainInvariantException>(() => Guard.Against.Invariant(two)).ParamName);

        var c = Assert.Throws<InvalidOperationException>(() => Guard.Against.Problems(two, p => new InvalidOperationException(p.Code)));
        Assert.Equal(ProblemCodes.InvalidValue, c.Message);
    }
}
