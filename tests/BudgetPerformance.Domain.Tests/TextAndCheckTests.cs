using System;
using System.IO;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// Enumeration and direction texts for undefined input, source citations, the rule-set title check, null-argument
/// checks and the list of evaluation types.
/// </summary>
public class TextAndCheckTests
{
    [Fact]
    public void EnumText_UndefinedOrUnknownValues_Throw()
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => EnumText.Format((Grade)9)).ParamName);
        Assert.Equal("excellent", EnumText.Format(Grade.Excellent));
        var e = Assert.Throws<InvalidDataException>(() => EnumText.Parse<Grade>("best"));
        Assert.Equal("'best' is not a Grade.", e.Message);
        Assert.Equal(Grade.Fair, EnumText.Parse<Grade>("fair"));
        Assert.Equal("'~' is not a direction.", Assert.Throws<InvalidDataException>(() => EnumText.ParseDirection("~")).Message);
        Assert.Equal(Direction.AtMost, EnumText.ParseDirection("<="));
    }

    [Fact]
    public void DirectionSymbols_UndefinedDirection_Throws()
    {
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => DirectionSymbols.Of((Direction)6)).ParamName);
        Assert.Equal("qualitative", DirectionSymbols.Of(Direction.Qualitative));
    }

    [Fact]
    public void SourceCitation_EqualityHashAndText()
    {
        var c = new SourceCitation("财预〔2020〕10号", SourceKind.National, "第二十四条");

        Assert.True(c.Equals((object)new SourceCitation("财预〔2020〕10号", SourceKind.National, "第二十四条")));
        Assert.False(c.Equals((object)new SourceCitation("财预〔2020〕10号", SourceKind.National)));
        Assert.False(c.Equals((object)new SourceCitation("财预〔2020〕10号", SourceKind.Local, "第二十四条")));
        Assert.False(c.Equals((object)"财预〔2020〕10号"));
        Assert.Equal(c.GetHashCode(), new SourceCitation("财预〔2020〕10号", SourceKind.National, "第二十四条").GetHashCode());
        Assert.Equal("财预〔2020〕10号 [National]", c.ToString());
    }

    [Fact]
    public void RuleSet_DefaultTitle_NamesTheParameter()
    {
        var source = new SourceCitation("财预〔2020〕10号", SourceKind.National);
        var grading = new GradingRules(GradeScale.National2020, Rounding.TwoDecimalsHalfAwayFromZero, source);

        var e = Assert.Throws<ArgumentException>(() =>
            new RuleSet("national-2020", 1, new DateInterval(new LocalDate(2020, 2, 25), new LocalDate(9999, 12, 31)), default, [source], grading));

        Assert.Equal("title", e.ParamName);
    }

    [Fact]
    public void NullTextOrList_ThrowsArgumentNullWithTheParameterName()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Performer(PerformerRole.Unit, null!)).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() =>
            new Evaluation("E1", EvaluationType.SelfEvaluation, new SubjectRef(SubjectType.Project, "P001"), new Performer(PerformerRole.Unit, "股"),
                new FiscalYear(2020), new FiscalYear(2021), Samples.AgricultureTree(), null!)).ParamName);
    }

    [Fact]
    public void EvaluationTypeInfo_Each_ListsEveryTypeOnceInOrder()
    {
        Assert.Equal(Enum.GetValues<EvaluationType>(), EvaluationTypeInfo.Each.Select(i => i.Type));
    }
}
