using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Admission;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Problems;
using BudgetPerformance.Rectification;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;

namespace BudgetPerformance.Values;

/// <summary>
/// The Chinese and English display names of every enumerated concept of the library (grades, directions,
/// evaluation types, ...). Users see Chinese first; code uses the English identifiers.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class DisplayNames
{
    private static readonly FrozenDictionary<(Type, int), LocalizedName> Names = Build();

    /// <summary>The display name of an enumeration value of this library.</summary>
    /// <typeparam name="TEnum">An enumeration of this library.</typeparam>
    /// <param name="value">A defined value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined value of a library enumeration.</exception>
    public static LocalizedName Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var named = TryGet(value, out var name);
        Guard.Against.OutOfRangeWhen(!named, value, nameof(value), $"No display name for {typeof(TEnum).Name}.{value}.");
        return name;
    }

    /// <summary>Finds the display name of an enumeration value.</summary>
    /// <typeparam name="TEnum">An enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="name">The name, when found.</param>
    public static bool TryGet<TEnum>(TEnum value, out LocalizedName name)
        where TEnum : struct, Enum =>
        Names.TryGetValue((typeof(TEnum), Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)), out name);

    /// <summary>The display name of a grade: 优 (Excellent), 良 (Good), 中 (Fair), 差 (Poor).</summary>
    /// <param name="grade">The grade.</param>
    public static LocalizedName GetDisplayName(this Grade grade) => Of(grade);

    private static FrozenDictionary<(Type, int), LocalizedName> Build()
    {
        var d = new Dictionary<(Type, int), LocalizedName>();
        void Add<TEnum>(TEnum value, string zh, string en)
            where TEnum : struct, Enum =>
            d.Add((typeof(TEnum), Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)), new LocalizedName(zh, en));

        Add(Grade.Excellent, "优", "Excellent");
        Add(Grade.Good, "良", "Good");
        Add(Grade.Fair, "中", "Fair");
        Add(Grade.Poor, "差", "Poor");

        Add(IndicatorKind.Quantitative, "定量", "Quantitative");
        Add(IndicatorKind.Qualitative, "定性", "Qualitative");

        Add(Direction.AtLeast, "≥ 正向", "at least (≥)");
        Add(Direction.GreaterThan, "> 正向", "greater than (>)");
        Add(Direction.EqualTo, "= 等于", "equal to (=)");
        Add(Direction.AtMost, "≤ 反向", "at most (≤)");
        Add(Direction.LessThan, "< 反向", "less than (<)");
        Add(Direction.Qualitative, "定性", "qualitative");

        Add(ValueBasis.NotStated, "未填写", "Not stated");
        Add(ValueBasis.Plan, "计划标准", "Plan standard");
        Add(ValueBasis.Industry, "行业标准", "Industry standard");
        Add(ValueBasis.Historical, "历史标准", "Historical standard");
        Add(ValueBasis.BudgetExpenditureStandard, "预算支出标准", "Budget expenditure standard");
        Add(ValueBasis.Other, "其他", "Other");

        Add(IndicatorWeighting.Weighted, "计分", "Weighted");
        Add(IndicatorWeighting.Template, "模板（不计分）", "Unweighted template");

        Add(EvaluationType.ExAnteAssessment, "事前绩效评估", "Ex-ante assessment");
        Add(EvaluationType.TargetReview, "绩效目标审核", "Target review");
        Add(EvaluationType.Monitoring, "绩效运行监控", "Monitoring");
        Add(EvaluationType.SelfEvaluation, "单位自评", "Self-evaluation");
        Add(EvaluationType.DepartmentEvaluation, "部门评价", "Department evaluation");
        Add(EvaluationType.FinanceEvaluation, "财政评价", "Finance evaluation");
        Add(EvaluationType.WholeDepartmentEvaluation, "部门整体支出绩效评价", "Whole-department evaluation");
        Add(EvaluationType.InternalSectionEvaluation, "内部科室预算管理绩效评价", "Internal section evaluation");

        Add(PerformerRole.Unit, "单位", "Unit");
        Add(PerformerRole.Department, "部门", "Department");
        Add(PerformerRole.FinanceBureau, "财政部门", "Finance bureau");
        Add(PerformerRole.ThirdParty, "第三方机构", "Third party");
        Add(PerformerRole.ExpertPanel, "专家组", "Expert panel");

        Add(AchievementLevel.Achieved, "达成年度指标", "Achieved");
        Add(AchievementLevel.PartlyAchieved, "部分达成年度指标并具有一定效果", "Partly achieved, with some effect");
        Add(AchievementLevel.NotAchieved, "未达成年度指标且效果较差", "Not achieved, poor effect");

        Add(RecordState.Measured, "实际完成值", "Measured");
        Add(RecordState.Achievement, "达成程度", "Achievement level");
        Add(RecordState.Judgement, "评价人打分", "Assessor's judgement");
        Add(RecordState.NotApplicable, "不适用", "Not applicable");
        Add(RecordState.NotYetDue, "未到期", "Not yet due");
        Add(RecordState.NoData, "无数据", "No data");
        Add(RecordState.Grouped, "合并打分", "Scored as a group");

        Add(SubjectType.Department, "部门", "Department");
        Add(SubjectType.Unit, "单位", "Unit");
        Add(SubjectType.Project, "项目", "Project");
        Add(SubjectType.Policy, "政策", "Policy");
        Add(SubjectType.InternalSection, "科室", "Internal section");

        Add(ProjectKind.Recurring, "经常性", "Recurring");
        Add(ProjectKind.OneOff, "一次性", "One-off");
        Add(ProjectKind.MultiYear, "跨年度", "Multi-year");
        Add(ProjectKind.WholeDepartment, "部门整体", "Whole department");

        Add(TargetStatus.Draft, "草稿", "Draft");
        Add(TargetStatus.Submitted, "已提交", "Submitted");
        Add(TargetStatus.Approved, "审核通过", "Approved");
        Add(TargetStatus.Returned, "退回", "Returned");

        Add(MoneyUnit.Yuan, "元", "yuan");
        Add(MoneyUnit.WanYuan, "万元", "ten thousand yuan");
        Add(MoneyUnit.YiYuan, "亿元", "hundred million yuan");

        Add(RoundingMode.HalfAwayFromZero, "四舍五入", "Half away from zero");
        Add(RoundingMode.HalfToEven, "四舍六入五成双", "Half to even");
        Add(RoundingMode.Up, "向上取", "Up");
        Add(RoundingMode.Down, "向下取", "Down");

        Add(CoveredYearRule.SameOrLater, "当年或以后年度", "Same year or later");
        Add(CoveredYearRule.Same, "当年", "Same year");
        Add(CoveredYearRule.Previous, "上一年度", "Previous year");
        Add(CoveredYearRule.SameOrEarlier, "当年或以前年度", "Same year or earlier");

        Add(FrameworkScope.Project, "项目", "Project");
        Add(FrameworkScope.WholeDepartment, "部门整体", "Whole department");
        Add(FrameworkScope.WholeBudget, "财政", "Whole budget");

        Add(RuleFamily.Grading, "定级", "Grading");
        Add(RuleFamily.IndicatorScoring, "指标计分", "Indicator scoring");
        Add(RuleFamily.BudgetExecution, "预算执行", "Budget execution");
        Add(RuleFamily.Aggregation, "汇总", "Aggregation");
        Add(RuleFamily.WeightCheck, "权重核查", "Weight check");
        Add(RuleFamily.ReCheck, "抽查复核", "Re-check");
        Add(RuleFamily.ExAnte, "事前评估结论", "Ex-ante conclusions");
        Add(RuleFamily.ResultApplication, "结果应用", "Result application");
        Add(RuleFamily.Rectification, "整改", "Rectification");
        Add(RuleFamily.Distribution, "等级分布", "Grade distribution");
        Add(RuleFamily.Admission, "入库审核", "Admission");
        Add(RuleFamily.TargetReview, "绩效目标审核", "Target review");
        Add(RuleFamily.Monitoring, "绩效运行监控", "Monitoring");
        Add(RuleFamily.RecordRequirements, "记录要求", "Record requirements");

        Add(LifecycleStage.Scoring, "评价计分", "Scoring");
        Add(LifecycleStage.Reconciliation, "核对", "Reconciliation");
        Add(LifecycleStage.Admission, "入库审核", "Admission");
        Add(LifecycleStage.TargetReview, "绩效目标审核", "Target review");
        Add(LifecycleStage.Monitoring, "绩效运行监控", "Monitoring");
        Add(LifecycleStage.Proposals, "预算建议", "Budget proposals");
        Add(LifecycleStage.Distribution, "等级分布核查", "Distribution check");
        Add(LifecycleStage.Rectification, "整改", "Rectification");
        Add(LifecycleStage.Reporting, "年度报告", "Annual report");
        Add(LifecycleStage.Disclosure, "信息公开", "Disclosure");

        Add(ProblemSeverity.Error, "错误", "Error");
        Add(ProblemSeverity.Warning, "警告", "Warning");
        Add(ProblemArea.Document, "文档格式", "Form of a document");
        Add(ProblemArea.Model, "模型约束", "Invariant of the model");
        Add(ProblemArea.Scoring, "计分", "Scoring");

        Add(FrameworkOrigin.Common, "共性", "Common");
        Add(FrameworkOrigin.Individual, "个性", "Individual");

        Add(SourceKind.National, "国家规定", "National rule");
        Add(SourceKind.Form, "实际表样", "Real forms");
        Add(SourceKind.Deployed, "系统惯例", "Deployed systems");
        Add(SourceKind.Local, "地方规定", "Local rule");
        Add(SourceKind.Seed, "临朐县报告", "Seed report");

        Add(StrategyKind.Proportional, "正向比例", "Proportional");
        Add(StrategyKind.ReverseLinear, "反向线性", "Reverse linear");
        Add(StrategyKind.ReverseRatio, "反向比例", "Reverse ratio");
        Add(StrategyKind.Equality, "等于", "Equality");
        Add(StrategyKind.QualitativeBands, "定性分档", "Qualitative bands");
        Add(StrategyKind.StepThresholds, "阶梯计分", "Step thresholds");
        Add(StrategyKind.DeviationBands, "偏差区间", "Deviation bands");
        Add(StrategyKind.PerStepDeduction, "按档扣分", "Per-step deduction");
        Add(StrategyKind.Judgement, "评价人打分", "Assessor's judgement");

        Add(EqualityOvershoot.Proportional, "超出按比例", "Proportional above target");
        Add(EqualityOvershoot.InverseRatio, "超出按反比", "Inverse ratio above target");
        Add(EqualityOvershoot.SymmetricDeviation, "按偏离度对称计分", "Symmetric deviation");
        Add(DeductionSide.Below, "低于阈值扣分", "Below the threshold");
        Add(DeductionSide.Above, "高于阈值扣分", "Above the threshold");
        Add(StepCounting.EveryStartedStep, "不足一档按一档", "Every started step");
        Add(StepCounting.WholeStepsOnly, "只计整档", "Whole steps only");
        Add(StepCounting.Proportional, "按比例计档", "Proportional steps");
        Add(EffectivePeriodPolicy.Warn, "照常计分并警告", "Score and warn");
        Add(EffectivePeriodPolicy.Refuse, "拒绝计分（严格模式）", "Refuse (strict mode)");
        Add(NegativeActualPolicy.Reject, "负值报错", "Reject");
        Add(NegativeActualPolicy.ClampToZero, "负值按零计（记录在案）", "Clamp to zero (recorded)");
        Add(DataQualityPolicy.KeepScore, "保留得分并提示", "Keep the score, flagged");
        Add(DataQualityPolicy.ScoreZero, "计零分并提示", "Score zero, flagged");
        Add(DataQualityPolicy.Reject, "报错", "Reject");
        Add(NotApplicablePolicy.Rescale, "剔除并按比例折算", "Drop and rescale");
        Add(NotApplicablePolicy.ScoreZero, "计零分", "Score zero");
        Add(MissingDataPolicy.Incomplete, "结果不完整", "Incomplete result");
        Add(MissingDataPolicy.ScoreZero, "计零分", "Score zero");
        Add(TotalMode.SumOfRounded, "先舍入后求和", "Sum of rounded scores");
        Add(TotalMode.RoundedSum, "先求和后舍入", "Rounded sum");
        Add(ZeroBudgetPolicy.Reject, "报错", "Reject");
        Add(ZeroBudgetPolicy.NotApplicable, "不适用并折算", "Not applicable, rescale");
        Add(ExAnteConclusion.Support, "予以支持", "Support");
        Add(ExAnteConclusion.SupportAfterAdjustment, "调整完善后予以支持", "Support after adjustment");
        Add(ExAnteConclusion.DoNotSupport, "不予支持", "Do not support");

        Add(BudgetAction.Prioritise, "优先保障", "Prioritise");
        Add(BudgetAction.Keep, "维持", "Keep");
        Add(BudgetAction.Cut, "压减", "Cut");
        Add(BudgetAction.Cancel, "取消", "Cancel");
        Add(BudgetAction.Suspend, "暂缓", "Suspend");
        Add(BudgetAction.FundAfterRectification, "整改到位后安排", "Fund after rectification");
        Add(BudgetAction.RequireImprovementPlan, "提交改进方案", "Require an improvement plan");
        Add(BudgetAction.Redesign, "重新设计", "Redesign");
        Add(BudgetAction.Abolish, "撤销", "Abolish");
        Add(BudgetAction.Decide, "可压减，待决策", "May be reduced: to decide");

        Add(RectificationState.Issued, "已下达", "Issued");
        Add(RectificationState.Reported, "已报告", "Reported");
        Add(RectificationState.Verified, "已核实", "Verified");
        Add(RectificationState.Overdue, "逾期", "Overdue");
        Add(RectificationConsequence.FurtherCut, "进一步压减", "Further cut");
        Add(RectificationConsequence.FundAfterRectification, "整改到位后安排", "Fund after rectification");
        Add(AdmissionCheck.TargetRequired, "未设置绩效目标不得安排资金", "No target, no funds");
        Add(AdmissionCheck.ExAnteAssessmentRequired, "先评估，后入库", "Assess first, then admit");
        Add(AdmissionCheck.TargetReviewPassed, "绩效目标审核通过", "Target passed review");
        Add(AdmissionDecision.Admitted, "予以入库", "Admitted");
        Add(AdmissionDecision.AdmittedWithConditions, "附条件入库", "Admitted with conditions");
        Add(AdmissionDecision.Refused, "不予入库", "Refused");
        Add(FindingSeverity.Advice, "建议", "Advice");
        Add(FindingSeverity.Warning, "警告", "Warning");
        Add(FindingSeverity.Error, "错误", "Error");
        Add(WarningColour.Blue, "蓝色", "Blue");
        Add(WarningColour.Green, "绿色", "Green");
        Add(WarningColour.Yellow, "黄色", "Yellow");
        Add(WarningColour.Red, "红色", "Red");
        Add(Likelihood.Certain, "确定能", "Certain");
        Add(Likelihood.Possible, "有可能", "Possible");
        Add(Likelihood.Impossible, "完全不可能", "Impossible");
        Add(DeviationReason.Funding, "经费保障", "Funding");
        Add(DeviationReason.System, "制度保障", "System");
        Add(DeviationReason.Staff, "人员保障", "Staff");
        Add(DeviationReason.Hardware, "硬件条件保障", "Hardware");
        Add(DeviationReason.Other, "其他", "Other");
        Add(ProgressState.Measured, "实际完成值", "Measured");
        Add(ProgressState.Achievement, "达成程度", "Achievement level");
        Add(ProgressState.NoData, "无数据", "No data");
        Add(TimeProgressBasis.WholeMonths, "按整月", "By whole months");
        Add(TimeProgressBasis.Days, "按天", "By days");
        Add(MonitoringSituation.OnTrack, "正常", "On track");
        Add(MonitoringSituation.Deviation, "一般偏差", "Deviation");
        Add(MonitoringSituation.SeriousDeviation, "严重偏差", "Serious deviation");
        Add(MonitoringSituation.SomeIndicatorsImpossible, "部分指标完全不可能完成", "Some indicators impossible");
        Add(MonitoringSituation.AllIndicatorsImpossible, "全部指标完全不可能完成", "All indicators impossible");
        Add(MonitoringAction.Continue, "继续实施", "Continue");
        Add(MonitoringAction.Correct, "纠偏", "Correct");
        Add(MonitoringAction.Reallocate, "调整资金用途", "Re-allocate");
        Add(MonitoringAction.PauseDisbursement, "暂缓拨款", "Pause disbursement");
        Add(MonitoringAction.Stop, "停止拨款", "Stop");

        Add(DisplayLanguage.Chinese, "中文", "Chinese");
        Add(DisplayLanguage.English, "英文", "English");
        return d.ToFrozenDictionary();
    }
}
