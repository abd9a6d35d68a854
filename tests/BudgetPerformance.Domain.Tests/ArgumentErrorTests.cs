using System;
using BudgetPerformance.Admission;
using BudgetPerformance.Calendars;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Queries;
using BudgetPerformance.Rectification;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// Programming-error exceptions: the exact exception type, the parameter each one names, the start of its message,
/// and the order in which arguments are checked when several are wrong; plus the edge values that are still accepted.
/// </summary>
public class ArgumentErrorTests
{
    private static readonly SourceCitation Src = new("财预〔2020〕10号", SourceKind.National);
    private static readonly SubjectRef P001 = new(SubjectType.Project, "P001");
    private static readonly Performer Unit = new(PerformerRole.Unit, "农田建设股");
    private static readonly FiscalYear Y2020 = new(2020);
    private static readonly FiscalYear Y2021 = new(2021);
    private static readonly LocalDate Issued = new(2021, 7, 1);
    private static readonly DateInterval Year2025 = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
    private static readonly Grade[] AllGrades = Enum.GetValues<Grade>();

    private static TException Throws<TException>(string paramName, string message, Func<object?> act)
        where TException : ArgumentException
    {
        var e = Assert.Throws<TException>(act);
        Assert.Equal(paramName, e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        return e;
    }

    private static ResultRule Rule(string id, Grade[] grades, int consecutiveYears = 1, BudgetAction action = BudgetAction.Keep, decimal? cutRate = null, decimal? maximumCutRate = null) =>
        new(id, grades, [], consecutiveYears, action, cutRate, maximumCutRate, false, Src);

    // Facts and documents ----------------------------------------------------------------------------------------

    [Fact]
    public void DefaultValueArguments_NameTheParameterAndSayWhatIsExpected()
    {
        var item = new SpendingItem(SubjectType.Project, "P001", "高标准农田建设", "D01", "U01", Sector.Agriculture, ProjectKind.OneOff, false, Money.FromYuan(1_000_000m));

        Throws<ArgumentException>("subject", "The subject must be a created SubjectRef.", () => new ExAnteOutcome(default, Issued, ExAnteConclusion.Support));
        Throws<ArgumentException>("year", "The fiscal year must be a created FiscalYear.", () => new AdmissionRequest(item, default, Money.FromYuan(1m), null, null));
        Throws<ArgumentException>("year", "The fiscal year must be a created FiscalYear.", () => new Portfolio(default, [], [], [], [], [], []));
        Throws<ArgumentException>("code", "The code must be a created IndicatorCode.", () => IndicatorRecord.Measured(default, 1m));
        Throws<ArgumentException>("code", "The code must be a created IndicatorCode.", () => IndicatorRecord.NoData(default));
        Throws<ArgumentException>("subject", "The subject must be a created SubjectRef.", () => new PerformanceTarget(default, Y2021, "建设高标准农田", Samples.AgricultureTree(), "U01"));
        Throws<ArgumentException>("year", "The fiscal year must be a created FiscalYear.", () => new PerformanceTarget(P001, default, "建设高标准农田", Samples.AgricultureTree(), "U01"));
        Throws<ArgumentException>("title", "The title must be a created LocalizedName.", () => new HolidayCalendar("test", default, "测试", false, Year2025, [], []));
    }

    [Fact]
    public void HolidayCalendar_ChecksCoversBeforeTitle()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new HolidayCalendar("test", default, "测试", false, null!, [], []));

        Assert.Equal("covers", e.ParamName);
    }

    [Fact]
    public void Evaluation_ChecksTypeFirstAndIndicatorsBeforeRecords()
    {
        var type = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Evaluation("E1", (EvaluationType)99, default, Unit, Y2020, Y2021, Samples.AgricultureTree(), Samples.AgricultureRecords()));
        Assert.Equal("type", type.ParamName);

        var indicators = Assert.Throws<ArgumentNullException>(() =>
            new Evaluation("E1", EvaluationType.SelfEvaluation, P001, Unit, Y2020, Y2021, null!, null!));
        Assert.Equal("indicators", indicators.ParamName);
    }

    [Fact]
    public void Summaries_NegativeSequence_NamesTheParameter()
    {
        Throws<ArgumentOutOfRangeException>("sequence", "The sequence must not be negative.", () =>
            new ProjectSummary(2021, -1, SubjectType.Project, "P001", "高标准农田", "D01", null, "agriculture", ProjectKind.OneOff, false, 1m, false, false, false));
        Throws<ArgumentOutOfRangeException>("sequence", "The sequence must not be negative.", () =>
            new RectificationSummary("R1", -1, SubjectType.Project, "P001", "E1", "U01", Issued, new LocalDate(2021, 9, 30), RectificationState.Issued, null, null));

        Assert.Equal(0, new ProjectSummary(2021, 0, SubjectType.Project, "P001", "高标准农田", "D01", null, "agriculture", ProjectKind.OneOff, false, 1m, false, false, false).Sequence);
        Assert.Equal(0, new RectificationSummary("R1", 0, SubjectType.Project, "P001", "E1", "U01", Issued, new LocalDate(2021, 9, 30), RectificationState.Issued, null, null).Sequence);
    }

    // Rule families ----------------------------------------------------------------------------------------------

    [Fact]
    public void ActionFamilies_OutOfRangeArguments_NameTheParameterAndTheRange()
    {
        Throws<ArgumentOutOfRangeException>("below", "The threshold must be above zero.", () => new SmallAmountExemption(Money.Zero, [AdmissionCheck.TargetRequired], Src));
        Assert.Equal(Money.FromYuan(0.01m), new SmallAmountExemption(Money.FromYuan(0.01m), [AdmissionCheck.TargetRequired], Src).Below);
        Throws<ArgumentException>("exempted", "An exemption exempts at least one check.", () => new SmallAmountExemption(Money.FromYuan(1m), [], Src));

        Throws<ArgumentOutOfRangeException>("greenFrom", "Green must start at or above yellow.", () => new ColourBands(60m, 59.99m, null, Src));
        Assert.Equal(60m, new ColourBands(60m, 60m, null, Src).GreenFrom);

        Throws<ArgumentOutOfRangeException>("workingDays", "Allow at least one working day.", () => new ResponseRule(0, false, Src));
        Assert.Equal(1, new ResponseRule(1, false, Src).WorkingDays);

        Throws<ArgumentOutOfRangeException>("furtherCutRate", "The rate lies in (0, 1].", () => new RectificationRules(RectificationConsequence.FurtherCut, 0m, Src));
        Throws<ArgumentOutOfRangeException>("furtherCutRate", "The rate lies in (0, 1].", () => new RectificationRules(RectificationConsequence.FurtherCut, 1.01m, Src));
        Assert.Equal(0.01m, new RectificationRules(RectificationConsequence.FurtherCut, 0.01m, Src).FurtherCutRate);
        Assert.Equal(1m, new RectificationRules(RectificationConsequence.FurtherCut, 1m, Src).FurtherCutRate);

        Throws<ArgumentException>("anyOf", "A requirement names at least one class, and only level-2 classes.", () => new ClassRequirement([], Src));
        Throws<ArgumentException>("anyOf", "A requirement names at least one class, and only level-2 classes.", () => new ClassRequirement([IndicatorClass.Economic, IndicatorClass.Output], Src));
        Assert.Equal([IndicatorClass.Economic], new ClassRequirement([IndicatorClass.Economic], Src).AnyOf);
    }

    [Fact]
    public void DistributionRules_ShareOutsideZeroToOne_NamesTheShare()
    {
        Throws<ArgumentOutOfRangeException>("maximumTopShare", "A share lies in [0, 1].", () => new DistributionRules([Grade.Excellent], -0.01m, [Grade.Poor], null, Src));
        Throws<ArgumentOutOfRangeException>("maximumTopShare", "A share lies in [0, 1].", () => new DistributionRules([Grade.Excellent], 1.01m, [Grade.Poor], null, Src));
        Throws<ArgumentOutOfRangeException>("minimumBottomShare", "A share lies in [0, 1].", () => new DistributionRules([Grade.Excellent], null, [Grade.Poor], -0.01m, Src));
        Throws<ArgumentOutOfRangeException>("minimumBottomShare", "A share lies in [0, 1].", () => new DistributionRules([Grade.Excellent], null, [Grade.Poor], 1.01m, Src));

        var low = new DistributionRules([Grade.Excellent], 0m, [Grade.Poor], 0m, Src);
        var high = new DistributionRules([Grade.Excellent], 1m, [Grade.Poor], 1m, Src);
        Assert.Equal((0m, 0m, 1m, 1m), (low.MaximumTopShare!.Value, low.MinimumBottomShare!.Value, high.MaximumTopShare!.Value, high.MinimumBottomShare!.Value));
    }

    [Fact]
    public void DistributionRules_TopMustBeStrictlyBetterThanEveryBottomGrade()
    {
        // Grade is ordered Poor (0) < Fair (1) < Good (2) < Excellent (3).
        Throws<ArgumentException>("bottomGrades", "A grade cannot be both top and bottom.", () =>
            new DistributionRules([Grade.Excellent, Grade.Good], null, [Grade.Good, Grade.Fair], null, Src));

        // Only the best bottom grade (Excellent) reaches the top's worst (Good); the worst bottom grade (Poor) does not.
        Throws<ArgumentException>("bottomGrades", "Every top grade must be better than every bottom grade.", () =>
            new DistributionRules([Grade.Good], null, [Grade.Poor, Grade.Excellent], null, Src));
        Throws<ArgumentException>("bottomGrades", "Every top grade must be better than every bottom grade.", () =>
            new DistributionRules([Grade.Excellent, Grade.Fair], null, [Grade.Poor, Grade.Good], null, Src));

        var split = new DistributionRules([Grade.Excellent, Grade.Good], 0.3m, [Grade.Fair, Grade.Poor], 0.1m, Src);
        Assert.Equal([Grade.Excellent, Grade.Good], split.TopGrades);
        Assert.Equal([Grade.Fair, Grade.Poor], split.BottomGrades);
        Assert.Equal([Grade.Good], new DistributionRules([Grade.Good], null, [Grade.Fair], null, Src).TopGrades);
    }

    [Fact]
    public void ResultRule_BadArguments_NameTheParameterAndTheRange()
    {
        Throws<ArgumentException>("grades", "A rule names at least one grade.", () => Rule("r", []));
        Throws<ArgumentOutOfRangeException>("consecutiveYears", "At least 1.", () => Rule("r", [Grade.Poor], consecutiveYears: 0));
        Assert.Equal(1, Rule("r", [Grade.Poor], consecutiveYears: 1).ConsecutiveYears);

        Throws<ArgumentOutOfRangeException>("cutRate", "A cut rate lies in (0, 1].", () => Rule("r", [Grade.Poor], action: BudgetAction.Cut, cutRate: 0m));
        Throws<ArgumentOutOfRangeException>("cutRate", "A cut rate lies in (0, 1].", () => Rule("r", [Grade.Poor], action: BudgetAction.Cut, cutRate: 1.01m));
        Assert.Equal(0.01m, Rule("r", [Grade.Poor], action: BudgetAction.Cut, cutRate: 0.01m).CutRate);
        Assert.Equal(1m, Rule("r", [Grade.Poor], action: BudgetAction.Cut, cutRate: 1m).CutRate);

        const string maxMessage = "A maximum cut rate needs a minimum and lies in [minimum, 1].";
        Throws<ArgumentOutOfRangeException>("maximumCutRate", maxMessage, () => Rule("r", [Grade.Poor], action: BudgetAction.Cut, maximumCutRate: 0.5m));
        Throws<ArgumentOutOfRangeException>("maximumCutRate", maxMessage, () => Rule("r", [Grade.Poor], action: BudgetAction.Cut, cutRate: 0.2m, maximumCutRate: 0.19m));
        Throws<ArgumentOutOfRangeException>("maximumCutRate", maxMessage, () => Rule("r", [Grade.Poor], action: BudgetAction.Cut, cutRate: 0.2m, maximumCutRate: 1.01m));
        Assert.Equal(0.2m, Rule("r", [Grade.Poor], action: BudgetAction.Cut, cutRate: 0.2m, maximumCutRate: 0.2m).MaximumCutRate);
        Assert.Equal(1m, Rule("r", [Grade.Poor], action: BudgetAction.Cut, cutRate: 0.2m, maximumCutRate: 1m).MaximumCutRate);
    }

    [Fact]
    public void ResultApplicationRules_BadArguments_NameTheParameterAndTheRange()
    {
        Throws<ArgumentException>("rules", "Rule ids must be distinct.", () =>
            new ResultApplicationRules([Rule("same", AllGrades), Rule("same", [Grade.Poor])], Rounding.TwoDecimalsHalfAwayFromZero, null));

        Throws<ArgumentOutOfRangeException>("rewardShare", "A reward share lies in (0, 1].", () =>
            new ResultApplicationRules([Rule("keep", AllGrades)], Rounding.TwoDecimalsHalfAwayFromZero, 0m));
        Throws<ArgumentOutOfRangeException>("rewardShare", "A reward share lies in (0, 1].", () =>
            new ResultApplicationRules([Rule("keep", AllGrades)], Rounding.TwoDecimalsHalfAwayFromZero, 1.01m));
        Assert.Equal(0.01m, new ResultApplicationRules([Rule("keep", AllGrades)], Rounding.TwoDecimalsHalfAwayFromZero, 0.01m).RewardShare);
        Assert.Equal(1m, new ResultApplicationRules([Rule("keep", AllGrades)], Rounding.TwoDecimalsHalfAwayFromZero, 1m).RewardShare);
    }

    [Fact]
    public void ResultApplicationRules_Match_UndefinedGradeOrKind_IsRejectedWithItsParameter()
    {
        // Every defined grade and kind has a one-year rule (the constructor checks it); an undefined value is a
        // programming error, named, not a rule that fails to match.
        var anyKind = new ResultApplicationRules([Rule("keep", AllGrades)], Rounding.TwoDecimalsHalfAwayFromZero, null);
        Throws<ArgumentOutOfRangeException>("grades", "The value is not a defined Grade.", () => anyKind.Match([(Grade)42], ProjectKind.Recurring));
        Throws<ArgumentOutOfRangeException>("grades", "The value is not a defined Grade.", () => anyKind.Match([Grade.Good, (Grade)(-1)], ProjectKind.Recurring));
        Throws<ArgumentOutOfRangeException>("kind", "The value is not a defined ProjectKind.", () => anyKind.Match([Grade.Good], (ProjectKind)42));

        var perKind = new ResultApplicationRules(
            [new ResultRule("keep", AllGrades, Enum.GetValues<ProjectKind>(), 1, BudgetAction.Keep, null, null, false, Src)], Rounding.TwoDecimalsHalfAwayFromZero, null);
        Throws<ArgumentOutOfRangeException>("kind", "The value is not a defined ProjectKind.", () => perKind.Match([Grade.Good], (ProjectKind)42));
        Assert.Same(perKind.Rules[0], perKind.Match([Grade.Good], ProjectKind.Recurring));
    }

    [Fact]
    public void ScoringFamilies_OutOfRangeArguments_NameTheParameterAndTheRange()
    {
        Throws<ArgumentOutOfRangeException>("deductShare", "The deducted share must lie in [0, 1].", () => new OverCompletionRule(0.5m, -0.01m, Src));
        Throws<ArgumentOutOfRangeException>("deductShare", "The deducted share must lie in [0, 1].", () => new OverCompletionRule(0.5m, 1.01m, Src));
        Assert.Equal(0m, new OverCompletionRule(0.5m, 0m, Src).DeductShare);
        Assert.Equal(1m, new OverCompletionRule(0.5m, 1m, Src).DeductShare);

        Throws<ArgumentOutOfRangeException>("supportFrom", "The support threshold must lie in (0, 100].", () => new ExAnteRules(0m, 0m, Src));
        Throws<ArgumentOutOfRangeException>("supportFrom", "The support threshold must lie in (0, 100].", () => new ExAnteRules(100.01m, 70m, Src));
        Assert.Equal(0.01m, new ExAnteRules(0.01m, 0m, Src).SupportFrom);
        Assert.Equal(100m, new ExAnteRules(100m, 70m, Src).SupportFrom);

        Throws<ArgumentOutOfRangeException>("shareOfPoints", "The share must lie in [0, 1].", () => new DeviationBand(0.1m, -0.01m));
        Throws<ArgumentOutOfRangeException>("shareOfPoints", "The share must lie in [0, 1].", () => new DeviationBand(0.1m, 1.01m));
        Assert.Equal(0m, new DeviationBand(0.1m, 0m).ShareOfPoints);
        Assert.Equal(1m, new DeviationBand(0.1m, 1m).ShareOfPoints);
    }
}
