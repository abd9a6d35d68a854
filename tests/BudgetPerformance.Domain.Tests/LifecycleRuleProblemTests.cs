using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Tests;

/// <summary>
/// The lifecycle families of a rule set (admission, target review, monitoring, result application, rectification,
/// distribution) check each invariant in one place, their <c>FindProblems</c>: every problem with its code, element and
/// both messages (the Chinese written out here is the specification of the templates), and, for generated values, the
/// constructor succeeds exactly when <c>FindProblems</c> finds nothing and otherwise throws for the first problem, naming
/// its parameter.
/// </summary>
public class LifecycleRuleProblemTests
{
    private const int Tests = 300;

    private static readonly SourceCitation Src = new("财预〔2020〕10号", SourceKind.National);

    // Admission ------------------------------------------------------------------------------------------------------

    [Fact]
    public void AdmissionRules_FindProblems()
    {
        Assert.Empty(AdmissionRules.FindProblems([Check(AdmissionCheck.TargetRequired), Check(AdmissionCheck.TargetReviewPassed)]));
        Assert.Empty(AdmissionRules.FindProblems([]));

        Expect(
            AdmissionRules.FindProblems([Check(AdmissionCheck.TargetRequired), Check(AdmissionCheck.TargetReviewPassed), Check(AdmissionCheck.TargetRequired)]),
            ("checks[2]", "A check is listed more than once.", "审核项重复列出：每个审核项至多列出一次。"));
    }

    [Property(MaxTest = Tests)]
    public Property AdmissionRules_OneCheckInOnePlace() =>
        Prop.ForAll(Gen.Elements(Enum.GetValues<AdmissionCheck>()).Select(Check).ListOf().ToArbitrary(), checks =>
            OneCheck(AdmissionRules.FindProblems(checks), () => new AdmissionRules(checks, null)));

    [Fact]
    public void SmallAmountExemption_FindProblems()
    {
        Assert.Empty(SmallAmountExemption.FindProblems(Money.FromYuan(0.01m), [AdmissionCheck.TargetRequired]));

        Expect(SmallAmountExemption.FindProblems(Money.Zero, [AdmissionCheck.TargetRequired]),
            ("below", "The threshold must be above zero.", "豁免阈值必须大于零。"));
        Expect(SmallAmountExemption.FindProblems(Money.FromYuan(-1m), []),
            ("below", "The threshold must be above zero.", "豁免阈值必须大于零。"),
            ("exempted", "An exemption exempts at least one check.", "豁免至少应适用于一个审核项。"));
    }

    [Property(MaxTest = Tests)]
    public Property SmallAmountExemption_OneCheckInOnePlace() =>
        Prop.ForAll(
            Around(-1m, 1m, 0m).Select(Money.FromYuan).ToArbitrary(),
            Gen.Elements(Enum.GetValues<AdmissionCheck>()).ListOf().ToArbitrary(),
            (below, exempted) => OneCheck(SmallAmountExemption.FindProblems(below, exempted), () => new SmallAmountExemption(below, exempted, Src)));

    // Target review --------------------------------------------------------------------------------------------------

    [Fact]
    public void TargetReviewRules_FindProblems()
    {
        Assert.Empty(TargetReviewRules.FindProblems(0m, 0m));
        Assert.Empty(TargetReviewRules.FindProblems(1m, null));

        Expect(TargetReviewRules.FindProblems(1.01m, null),
            ("satisfactionMinimum", "The minimum is a fraction in [0, 1] (0.9 for 90%).", "满意度最低值应为 [0, 1] 内的比例（90% 记为 0.9）。"));
        Expect(TargetReviewRules.FindProblems(-0.01m, -1m),
            ("satisfactionMinimum", "The minimum is a fraction in [0, 1] (0.9 for 90%).", "满意度最低值应为 [0, 1] 内的比例（90% 记为 0.9）。"),
            ("requiredTotalPoints", "The value must not be negative.", "绩效目标审核要求的总分值不能为负。"));
    }

    [Property(MaxTest = Tests)]
    public Property TargetReviewRules_OneCheckInOnePlace() =>
        Prop.ForAll(Around(-1m, 2m, 0m, 1m).ToArbitrary(), OrNull(Around(-100m, 100m, 0m)).ToArbitrary(), (minimum, total) =>
            OneCheck(TargetReviewRules.FindProblems(minimum, total), () => new TargetReviewRules([], minimum, false, total, [], null, Src)));

    [Fact]
    public void ClassRequirement_FindProblems()
    {
        Assert.Empty(ClassRequirement.FindProblems([IndicatorClass.Economic, IndicatorClass.Social]));

        const string En = "A requirement names at least one class, and only level-2 classes.";
        const string Zh = "类别要求至少列出一个类别，且只能列出二级类别。";
        Expect(ClassRequirement.FindProblems([]), ("anyOf", En, Zh));
        Expect(ClassRequirement.FindProblems([IndicatorClass.Output, IndicatorClass.Economic, IndicatorClass.Benefit]), ("anyOf[0]", En, Zh), ("anyOf[2]", En, Zh));
    }

    [Property(MaxTest = Tests)]
    public Property ClassRequirement_OneCheckInOnePlace() =>
        Prop.ForAll(Gen.Elements(IndicatorClass.Economic, IndicatorClass.Quantity, IndicatorClass.Output, IndicatorClass.Benefit).ListOf().ToArbitrary(), classes =>
            OneCheck(ClassRequirement.FindProblems(classes), () => new ClassRequirement(classes, Src)));

    [Fact]
    public void ExpenditureStandard_FindProblems()
    {
        Assert.Empty(ExpenditureStandard.FindProblems("亩均建设成本", "元/亩", 0m));

        Expect(ExpenditureStandard.FindProblems(" ", "", -0.01m),
            ("indicatorName", "The value must not be empty or white space.", "支出标准所适用的指标名称不能为空或只有空白。"),
            ("unit", "The value must not be empty or white space.", "支出标准的计量单位不能为空或只有空白。"),
            ("maximum", "The value must not be negative.", "支出标准的上限不能为负。"));
    }

    [Property(MaxTest = Tests)]
    public Property ExpenditureStandard_OneCheckInOnePlace() =>
        Prop.ForAll(
            Gen.Elements("亩均建设成本", "", " ", "\t").ToArbitrary(),
            Gen.Elements("元/亩", "", "  ").ToArbitrary(),
            Around(-10m, 10m, 0m).ToArbitrary(),
            (name, unit, maximum) => OneCheck(ExpenditureStandard.FindProblems(name, unit, maximum), () => new ExpenditureStandard(name, unit, maximum, Src)));

    [Fact]
    public void ReviewGradingRules_FindProblems()
    {
        Assert.Empty(ReviewGradingRules.FindProblems(0m, 100m, 50m));

        const string En = "A deduction must lie in [0, 100].";
        const string Zh = "审核评级的每项扣分应在 [0, 100] 内。";
        Expect(ReviewGradingRules.FindProblems(20m, 100.01m, 1m), ("warningDeduction", En, Zh));
        Expect(ReviewGradingRules.FindProblems(-0.01m, 5m, 101m), ("errorDeduction", En, Zh), ("adviceDeduction", En, Zh));
    }

    [Property(MaxTest = Tests)]
    public Property ReviewGradingRules_OneCheckInOnePlace()
    {
        var deduction = Around(-10m, 110m, 0m, 100m);
        return Prop.ForAll(deduction.ToArbitrary(), deduction.ToArbitrary(), deduction.ToArbitrary(), (error, warning, advice) =>
            OneCheck(ReviewGradingRules.FindProblems(error, warning, advice), () => new ReviewGradingRules(error, warning, advice, GradeScale.National2020, Src)));
    }

    // Monitoring -----------------------------------------------------------------------------------------------------

    [Fact]
    public void MonitoringRules_FindProblems()
    {
        var all = Enum.GetValues<MonitoringSituation>().ToDictionary(s => s, _ => MonitoringAction.Continue);
        Assert.Empty(MonitoringRules.FindProblems(all));

        all.Remove(MonitoringSituation.SeriousDeviation);
        all.Remove(MonitoringSituation.OnTrack);
        Expect(MonitoringRules.FindProblems(all),
            ("actions", "No action is named for the situation OnTrack.", "未规定“正常”情形的处理措施。"),
            ("actions", "No action is named for the situation SeriousDeviation.", "未规定“严重偏差”情形的处理措施。"));
    }

    [Property(MaxTest = Tests)]
    public Property MonitoringRules_OneCheckInOnePlace() =>
        Prop.ForAll(Gen.SubListOf(Enum.GetValues<MonitoringSituation>()).ToArbitrary(), situations =>
        {
            var actions = situations.ToDictionary(s => s, _ => MonitoringAction.Correct);
            return OneCheck(MonitoringRules.FindProblems(actions), () => new MonitoringRules(
                TimeProgressBasis.WholeMonths, Rounding.TwoDecimalsHalfAwayFromZero, null, null, null, null, null, actions, Src, null, Src));
        });

    [Fact]
    public void ColourBands_FindProblems()
    {
        Assert.Empty(ColourBands.FindProblems(0m, 0m, null));
        Assert.Empty(ColourBands.FindProblems(60m, 80m, 80.01m));

        Expect(ColourBands.FindProblems(60m, 59.99m, null), ("greenFrom", "Green must start at or above yellow.", "绿色区间的起点不能低于黄色区间的起点。"));
        Expect(ColourBands.FindProblems(60m, 80m, 80m), ("blueFrom", "Blue must start above green.", "蓝色区间的起点必须高于绿色区间的起点。"));
        Expect(ColourBands.FindProblems(-1m, -2m, -3m),
            ("yellowFrom", "The value must not be negative.", "黄色区间的起点不能为负。"),
            ("greenFrom", "Green must start at or above yellow.", "绿色区间的起点不能低于黄色区间的起点。"),
            ("blueFrom", "Blue must start above green.", "蓝色区间的起点必须高于绿色区间的起点。"));
    }

    [Property(MaxTest = Tests)]
    public Property ColourBands_OneCheckInOnePlace()
    {
        // Few distinct values, so that equal starts (the edges of both order checks) come up often.
        var start = Gen.Choose(-1, 5).Select(i => i * 30m);
        return Prop.ForAll(start.ToArbitrary(), start.ToArbitrary(), OrNull(start).ToArbitrary(), (yellow, green, blue) =>
            OneCheck(ColourBands.FindProblems(yellow, green, blue), () => new ColourBands(yellow, green, blue, Src)));
    }

    [Fact]
    public void ExecutionCheckpoint_FindProblems()
    {
        Assert.Empty(ExecutionCheckpoint.FindProblems(1, 0m));
        Assert.Empty(ExecutionCheckpoint.FindProblems(12, 1m));

        Expect(ExecutionCheckpoint.FindProblems(13, 0.5m), ("month", "The value must lie in [1, 12].", "时间节点的月份应在 [1, 12] 内。"));
        Expect(ExecutionCheckpoint.FindProblems(0, 1.01m),
            ("month", "The value must lie in [1, 12].", "时间节点的月份应在 [1, 12] 内。"),
            ("minimumExecution", "The minimum is a fraction in [0, 1].", "时间节点的最低执行率应为 [0, 1] 内的比例。"));
    }

    [Property(MaxTest = Tests)]
    public Property ExecutionCheckpoint_OneCheckInOnePlace() =>
        Prop.ForAll(Gen.Choose(-1, 14).ToArbitrary(), Around(-1m, 2m, 0m, 1m).ToArbitrary(), (month, minimum) =>
            OneCheck(ExecutionCheckpoint.FindProblems(month, minimum), () => new ExecutionCheckpoint(month, minimum)));

    [Fact]
    public void CheckpointRules_FindProblems()
    {
        Assert.Empty(CheckpointRules.FindProblems([new ExecutionCheckpoint(10, 0.8m), new ExecutionCheckpoint(4, 0.25m)]));

        const string Missing = "Give at least one created checkpoint.";
        const string MissingZh = "至少应给出一个时间节点，且每个时间节点都须经创建（不能是默认值）。";
        Expect(CheckpointRules.FindProblems([]), ("checkpoints", Missing, MissingZh));
        Expect(CheckpointRules.FindProblems([new ExecutionCheckpoint(6, 0.4m), new ExecutionCheckpoint(4, 0.25m), new ExecutionCheckpoint(6, 0.5m), default]),
            ("checkpoints[3]", Missing, MissingZh),
            ("checkpoints[2]", "A month has more than one checkpoint.", "同一月份有多个时间节点。"));
    }

    [Property(MaxTest = Tests)]
    public Property CheckpointRules_OneCheckInOnePlace()
    {
        var checkpoint = Gen.Frequency((1, Gen.Constant(default(ExecutionCheckpoint))), (6, Gen.Choose(1, 5).Select(m => new ExecutionCheckpoint(m, 0.5m))));
        return Prop.ForAll(checkpoint.ListOf().ToArbitrary(), checkpoints =>
            OneCheck(CheckpointRules.FindProblems(checkpoints), () => new CheckpointRules(checkpoints, Src)));
    }

    [Fact]
    public void GapRule_FindProblems()
    {
        Assert.Empty(GapRule.FindProblems(0m));
        Expect(GapRule.FindProblems(-0.01m), ("maximumPoints", "The value must not be negative.", "允许的最大偏差（百分点）不能为负。"));
    }

    [Property(MaxTest = Tests)]
    public Property GapRule_OneCheckInOnePlace() =>
        Prop.ForAll(Around(-10m, 10m, 0m).ToArbitrary(), maximum => OneCheck(GapRule.FindProblems(maximum), () => new GapRule(maximum, Src)));

    [Fact]
    public void ResponseRule_FindProblems()
    {
        Assert.Empty(ResponseRule.FindProblems(1));
        Expect(ResponseRule.FindProblems(0), ("workingDays", "Allow at least one working day.", "反馈期限至少为一个工作日。"));
    }

    [Property(MaxTest = Tests)]
    public Property ResponseRule_OneCheckInOnePlace() =>
        Prop.ForAll(Gen.Choose(-2, 3).ToArbitrary(), days => OneCheck(ResponseRule.FindProblems(days), () => new ResponseRule(days, true, Src)));

    [Fact]
    public void SelfEvaluationCrossCheckRules_FindProblems()
    {
        Assert.Empty(SelfEvaluationCrossCheckRules.FindProblems(0m, 0m));
        Assert.Empty(SelfEvaluationCrossCheckRules.FindProblems(5m, 1m));

        Expect(SelfEvaluationCrossCheckRules.FindProblems(-0.01m, 1.01m),
            ("maximumClaimExcess", "The value must not be negative.", "交叉核验允许的完成度超出执行率的幅度不能为负。"),
            ("maximumUnspentShare", "The share must lie in [0, 1].", "交叉核验允许的结余比例应在 [0, 1] 内。"));
    }

    [Property(MaxTest = Tests)]
    public Property SelfEvaluationCrossCheckRules_OneCheckInOnePlace() =>
        Prop.ForAll(Around(-1m, 1m, 0m).ToArbitrary(), Around(-1m, 2m, 0m, 1m).ToArbitrary(), (excess, unspent) =>
            OneCheck(SelfEvaluationCrossCheckRules.FindProblems(excess, unspent), () => new SelfEvaluationCrossCheckRules(excess, unspent, Src)));

    // Result application --------------------------------------------------------------------------------------------

    [Fact]
    public void ResultRule_FindProblems()
    {
        Assert.Empty(ResultRule.FindProblems("cut", [Grade.Poor], 1, BudgetAction.Cut, 1m, 1m));
        Assert.Empty(ResultRule.FindProblems("cut", [Grade.Poor], 3, BudgetAction.Cut, 0.0001m, null));
        Assert.Empty(ResultRule.FindProblems("keep", [Grade.Good], 1, BudgetAction.Keep, null, null));

        Expect(ResultRule.FindProblems(" ", [], 0, BudgetAction.Keep, null, null),
            ("id", "The value must not be empty or white space.", "规则标识不能为空或只有空白。"),
            ("grades", "A rule names at least one grade.", "规则至少应列出一个等级。"),
            ("consecutiveYears", "At least 1.", "连续年度数至少为 1。"));
        Expect(ResultRule.FindProblems("keep", [Grade.Good], 1, BudgetAction.Keep, 0.1m, null),
            ("cutRate", "Only a cut has a rate.", "只有压减才有压减比例。"));
        Expect(ResultRule.FindProblems("cut", [Grade.Poor], 1, BudgetAction.Cut, 0m, null),
            ("cutRate", "A cut rate lies in (0, 1].", "压减比例（下限）应在 (0, 1] 内。"));
        const string MaxEn = "A maximum cut rate needs a minimum and lies in [minimum, 1].";
        const string MaxZh = "规定压减比例上限须同时规定下限，且上限应在 [下限, 1] 内。";
        Expect(ResultRule.FindProblems("cut", [Grade.Poor], 1, BudgetAction.Cut, 0.2m, 0.1m), ("maximumCutRate", MaxEn, MaxZh));
        Expect(ResultRule.FindProblems("cut", [Grade.Poor], 1, BudgetAction.Cut, 0.2m, 1.01m), ("maximumCutRate", MaxEn, MaxZh));
        Expect(ResultRule.FindProblems("cut", [Grade.Poor], 1, BudgetAction.Cut, null, 0.5m), ("maximumCutRate", MaxEn, MaxZh));
    }

    [Property(MaxTest = Tests)]
    public Property ResultRule_OneCheckInOnePlace()
    {
        var rate = OrNull(Around(-0.5m, 1.5m, 0m, 1m));
        var candidate =
            from id in Gen.Elements("poor-cut", "", " ")
            from grades in Gen.Elements(Enum.GetValues<Grade>()).ListOf()
            from years in Gen.Choose(-1, 3)
            from action in Gen.Elements(Enum.GetValues<BudgetAction>())
            from cutRate in rate
            from maximumCutRate in rate
            select (id, grades, years, action, cutRate, maximumCutRate);
        return Prop.ForAll(candidate.ToArbitrary(), c =>
            OneCheck(
                ResultRule.FindProblems(c.id, c.grades, c.years, c.action, c.cutRate, c.maximumCutRate),
                () => new ResultRule(c.id, c.grades, [], c.years, c.action, c.cutRate, c.maximumCutRate, false, Src)));
    }

    [Fact]
    public void ResultApplicationRules_FindProblems()
    {
        var keepAll = Rule("keep", Enum.GetValues<Grade>());
        Assert.Empty(ResultApplicationRules.FindProblems([keepAll], null));
        Assert.Empty(ResultApplicationRules.FindProblems([keepAll], 1m));

        Expect(ResultApplicationRules.FindProblems([keepAll, Rule("cut", [Grade.Poor]), Rule("keep", [Grade.Fair])], 0m),
            ("rules[2]", "Rule ids must be distinct.", "规则标识不能重复。"),
            ("rewardShare", "A reward share lies in (0, 1].", "奖励比例应在 (0, 1] 内。"));

        // Every uncovered grade and kind, grade by grade: here the whole-department projects, and 差 for every kind.
        var problems = ResultApplicationRules.FindProblems(
            [new ResultRule("most", [Grade.Excellent, Grade.Good, Grade.Fair], [ProjectKind.Recurring, ProjectKind.OneOff, ProjectKind.MultiYear], 1, BudgetAction.Keep, null, null, false, Src)],
            1.01m);
        Assert.Equal(
        [
            ("rules", "No single-year rule covers the grade Poor for Recurring projects.", "没有单一年度（连续年度数为 1）的规则覆盖“经常性”类项目的“差”等级。"),
            ("rules", "No single-year rule covers the grade Poor for OneOff projects.", "没有单一年度（连续年度数为 1）的规则覆盖“一次性”类项目的“差”等级。"),
            ("rules", "No single-year rule covers the grade Poor for MultiYear projects.", "没有单一年度（连续年度数为 1）的规则覆盖“跨年度”类项目的“差”等级。"),
            ("rules", "No single-year rule covers the grade Poor for WholeDepartment projects.", "没有单一年度（连续年度数为 1）的规则覆盖“部门整体”类项目的“差”等级。"),
            ("rules", "No single-year rule covers the grade Fair for WholeDepartment projects.", "没有单一年度（连续年度数为 1）的规则覆盖“部门整体”类项目的“中”等级。"),
            ("rules", "No single-year rule covers the grade Good for WholeDepartment projects.", "没有单一年度（连续年度数为 1）的规则覆盖“部门整体”类项目的“良”等级。"),
            ("rules", "No single-year rule covers the grade Excellent for WholeDepartment projects.", "没有单一年度（连续年度数为 1）的规则覆盖“部门整体”类项目的“优”等级。"),
            ("rewardShare", "A reward share lies in (0, 1].", "奖励比例应在 (0, 1] 内。"),
        ], problems.Select(p => (p.Location.Element!, p.MessageEn, p.MessageZh)));
        Assert.All(problems, p => Assert.Equal(ProblemCodes.InvalidValue, p.Code));

        // A rule of two years in a row covers nothing on its own.
        Assert.Equal(16, ResultApplicationRules.FindProblems([Rule("two-years", Enum.GetValues<Grade>(), 2)], null).Count);
    }

    [Property(MaxTest = Tests)]
    public Property ResultApplicationRules_OneCheckInOnePlace()
    {
        var rule =
            from id in Gen.Elements("a", "b", "c")
            from grades in Gen.Frequency((1, Gen.Constant(Enum.GetValues<Grade>())), (2, Gen.Elements(Enum.GetValues<Grade>()).NonEmptyListOf().Select(g => g.ToArray())))
            from kinds in Gen.SubListOf(Enum.GetValues<ProjectKind>())
            from years in Gen.Choose(1, 2)
            select new ResultRule(id, grades, kinds, years, BudgetAction.Keep, null, null, false, Src);
        return Prop.ForAll(rule.ListOf().ToArbitrary(), OrNull(Around(-0.5m, 1.5m, 0m, 1m)).ToArbitrary(), (rules, share) =>
            OneCheck(ResultApplicationRules.FindProblems(rules, share), () => new ResultApplicationRules(rules, Rounding.TwoDecimalsHalfAwayFromZero, share)));
    }

    // Rectification, distribution -----------------------------------------------------------------------------------

    [Fact]
    public void RectificationRules_FindProblems()
    {
        Assert.Empty(RectificationRules.FindProblems(RectificationConsequence.FurtherCut, 1m));
        Assert.Empty(RectificationRules.FindProblems(RectificationConsequence.FundAfterRectification, null));

        const string Mismatch = "A further cut needs a rate, and only a further cut has one.";
        const string MismatchZh = "进一步压减须规定压减比例，且只有进一步压减才有压减比例。";
        Expect(RectificationRules.FindProblems(RectificationConsequence.FurtherCut, null), ("furtherCutRate", Mismatch, MismatchZh));
        Expect(RectificationRules.FindProblems(RectificationConsequence.FurtherCut, 0m), ("furtherCutRate", "The rate lies in (0, 1].", "进一步压减的比例应在 (0, 1] 内。"));
        Expect(RectificationRules.FindProblems(RectificationConsequence.FundAfterRectification, 1.5m),
            ("furtherCutRate", Mismatch, MismatchZh),
            ("furtherCutRate", "The rate lies in (0, 1].", "进一步压减的比例应在 (0, 1] 内。"));
    }

    [Property(MaxTest = Tests)]
    public Property RectificationRules_OneCheckInOnePlace() =>
        Prop.ForAll(Gen.Elements(Enum.GetValues<RectificationConsequence>()).ToArbitrary(), OrNull(Around(-0.5m, 1.5m, 0m, 1m)).ToArbitrary(), (consequence, rate) =>
            OneCheck(RectificationRules.FindProblems(consequence, rate), () => new RectificationRules(consequence, rate, Src)));

    [Fact]
    public void DistributionRules_FindProblems()
    {
        Assert.Empty(DistributionRules.FindProblems([Grade.Excellent], 0m, [Grade.Fair, Grade.Poor], 1m));
        Assert.Empty(DistributionRules.FindProblems([], 1m, [], 0m));

        Expect(DistributionRules.FindProblems([Grade.Good], null, [Grade.Good, Grade.Poor], null),
            ("bottomGrades", "A grade cannot be both top and bottom.", "同一等级不能既是高等级又是低等级。"));
        Expect(DistributionRules.FindProblems([Grade.Excellent, Grade.Fair], null, [Grade.Good], null),
            ("bottomGrades", "Every top grade must be better than every bottom grade.", "每个高等级都必须优于每个低等级。"));
        Expect(DistributionRules.FindProblems([Grade.Excellent], -0.01m, [], 1.01m),
            ("maximumTopShare", "A share lies in [0, 1].", "等级分布的比例应在 [0, 1] 内。"),
            ("minimumBottomShare", "A share lies in [0, 1].", "等级分布的比例应在 [0, 1] 内。"),
            ("bottomGrades", "A minimum share in the bottom grades needs at least one bottom grade.", "规定了低等级的最低比例，就至少需要一个低等级。"));
    }

    [Property(MaxTest = Tests)]
    public Property DistributionRules_OneCheckInOnePlace()
    {
        var grades = Gen.Elements(Enum.GetValues<Grade>()).ListOf();
        var share = OrNull(Around(-0.5m, 1.5m, 0m, 1m));
        var candidate =
            from top in grades
            from maximum in share
            from bottom in grades
            from minimum in share
            select (top, maximum, bottom, minimum);
        return Prop.ForAll(candidate.ToArbitrary(), c =>
            OneCheck(DistributionRules.FindProblems(c.top, c.maximum, c.bottom, c.minimum), () => new DistributionRules(c.top, c.maximum, c.bottom, c.minimum, Src)));
    }

    // Null arguments stay programming errors -------------------------------------------------------------------------

    [Fact]
    public void FindProblems_NullReferences_Throw()
    {
        Assert.Equal("checks", Assert.Throws<ArgumentNullException>(() => AdmissionRules.FindProblems(null!)).ParamName);
        Assert.Equal("checks", Assert.Throws<ArgumentException>(() => AdmissionRules.FindProblems([null!])).ParamName);
        Assert.Equal("exempted", Assert.Throws<ArgumentNullException>(() => SmallAmountExemption.FindProblems(Money.Zero, null!)).ParamName);
        Assert.Equal("anyOf", Assert.Throws<ArgumentNullException>(() => ClassRequirement.FindProblems(null!)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => ExpenditureStandard.FindProblems(" ", null!, -1m)).ParamName);
        Assert.Equal("actions", Assert.Throws<ArgumentNullException>(() => MonitoringRules.FindProblems(null!)).ParamName);
        Assert.Equal("checkpoints", Assert.Throws<ArgumentNullException>(() => CheckpointRules.FindProblems(null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => ResultRule.FindProblems(null!, [], 0, BudgetAction.Keep, null, null)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => ResultApplicationRules.FindProblems(null!, null)).ParamName);
        Assert.Equal("bottomGrades", Assert.Throws<ArgumentNullException>(() => DistributionRules.FindProblems([], null, null!, null)).ParamName);
    }

    // Helpers --------------------------------------------------------------------------------------------------------

    private static AdmissionCheckRule Check(AdmissionCheck check) => new(check, Src);

    private static ResultRule Rule(string id, Grade[] grades, int consecutiveYears = 1) =>
        new(id, grades, [], consecutiveYears, BudgetAction.Keep, null, null, false, Src);

    /// <summary>Decimals with two places from <paramref name="low"/> to <paramref name="high"/>, and often each edge and its neighbours 0.01 away.</summary>
    private static Gen<decimal> Around(decimal low, decimal high, params decimal[] edges) =>
        Gen.Frequency(
            (1, Gen.Elements(edges.SelectMany(e => new[] { e - 0.01m, e, e + 0.01m }).ToArray())),
            (1, Gen.Choose((int)(low * 100), (int)(high * 100)).Select(i => i / 100m)));

    private static Gen<decimal?> OrNull(Gen<decimal> values) =>
        Gen.Frequency((1, Gen.Constant((decimal?)null)), (3, values.Select(v => (decimal?)v)));

    /// <summary>
    /// One check, in one place: the constructor succeeds exactly when <paramref name="problems"/> is empty, and otherwise
    /// throws an <see cref="ArgumentException"/> for the first problem: its parameter is the problem's element (the list's
    /// name for an item such as <c>checkpoints[2]</c>), its message the problem's English message.
    /// </summary>
    private static bool OneCheck(IReadOnlyList<Problem> problems, Action construct)
    {
        try
        {
            construct();
            return problems.Count == 0;
        }
        catch (ArgumentException e)
        {
            if (problems.Count == 0)
            {
                return false;
            }

            var element = problems[0].Location.Element!;
            var bracket = element.IndexOf('[', StringComparison.Ordinal);
            return e.ParamName == (bracket < 0 ? element : element[..bracket])
                && e.Message.StartsWith(problems[0].MessageEn, StringComparison.Ordinal)
                && e is not DomainInvariantException;
        }
    }

    private static void Expect(IReadOnlyList<Problem> problems, params (string Element, string English, string Chinese)[] expected)
    {
        Assert.Equal(expected, problems.Select(p => (p.Location.Element!, p.MessageEn, p.MessageZh)));
        Assert.All(problems, p =>
        {
            Assert.Equal(ProblemCodes.InvalidValue, p.Code);
            Assert.Equal(ProblemSeverity.Error, p.Severity);
            Assert.Equal(ProblemLocation.OfElement(p.Location.Element!), p.Location);
            Assert.Null(p.Source);
        });
    }
}
