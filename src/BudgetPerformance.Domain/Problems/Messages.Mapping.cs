using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using BudgetPerformance.Admission;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rectification;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Problems;

/// <content>Values of documents that no domain type could hold: enumerations, codes, names, years, records, form rows.</content>
internal static partial class Messages
{
    // Small values ----------------------------------------------------------------------------------------------

    internal static readonly MessageTemplate EnumTextUnknown = new(ProblemCodes.InvalidValue,
        "“{0}”不是有效的{1}，应为以下之一：{2}。",
        "'{0}' is not a {1}: expected one of {2}.");

    internal static readonly MessageTemplate DirectionTextUnknown = new(ProblemCodes.InvalidValue,
        "“{0}”不是有效的指标方向，应为以下之一：{1}。",
        "'{0}' is not a direction: expected one of {1}.");

    internal static readonly MessageTemplate ValueBlank = new(ProblemCodes.InvalidValue,
        "{0}不能为空或只有空白。",
        "The {0} must not be empty or white space.");

    internal static readonly MessageTemplate YearOutOfRange = new(ProblemCodes.InvalidValue,
        "年度 {0} 不在 [{1}, {2}] 范围内。",
        "The year {0} is outside [{1}, {2}].");

    internal static readonly MessageTemplate ChineseNameBlank = new(ProblemCodes.NameRequired,
        "中文名称不能为空或只有空白。",
        "The Chinese name must not be empty or white space.");

    internal static readonly MessageTemplate EnglishNameBlank = new(ProblemCodes.NameRequired,
        "英文名称不能为空或只有空白。",
        "The English name must not be empty or white space.");

    /// <summary>A domain constructor refused an argument: its message (English only) is all there is to say.</summary>
    internal static readonly MessageTemplate ValueRejected = new(ProblemCodes.InvalidValue,
        "取值无效：{0}",
        "{0}");

    internal static readonly MessageTemplate NumbersTooLarge = new(ProblemCodes.NumberOutOfRange,
        "此处数值过大：其合计或乘积超出 decimal 的取值范围（约 7.9 × 10^28）。",
        "The numbers here are too large: a sum or product of them exceeds the decimal range (about 7.9 × 10^28).");

    // Amounts and scores that must not be negative ----------------------------------------------------------------

    internal static readonly MessageTemplate NegativeBudgetExecutionPoints = new(ProblemCodes.PointsNegative,
        "预算执行分值不能为负（{0}）。",
        "The budget-execution points must not be negative ({0}).");

    internal static readonly MessageTemplate NegativeBudget = new(ProblemCodes.AmountNegative,
        "预算数不能为负（{0}）。",
        "The budget must not be negative ({0}).");

    internal static readonly MessageTemplate NegativeAdjustedBudget = new(ProblemCodes.AmountNegative,
        "调整后预算数不能为负（{0}）。",
        "The adjusted budget must not be negative ({0}).");

    internal static readonly MessageTemplate NegativeAmountSpent = new(ProblemCodes.AmountNegative,
        "执行数不能为负（{0}）。",
        "The amount spent must not be negative ({0}).");

    internal static readonly MessageTemplate NegativeRecordedScore = new(ProblemCodes.ScoreNegative,
        "表上得分不能为负（{0}）。",
        "The recorded score must not be negative ({0}).");

    internal static readonly MessageTemplate NegativeRecordedTotal = new(ProblemCodes.ScoreNegative,
        "表上总分不能为负（{0}）。",
        "The recorded total must not be negative ({0}).");

    internal static readonly MessageTemplate NegativeAssessorScore = new(ProblemCodes.ScoreNegative,
        "评价人打分不能为负（{0}）。",
        "The assessor's score must not be negative ({0}).");

    // Frameworks, targets, portfolios ------------------------------------------------------------------------------

    internal static readonly MessageTemplate FrameworkIdInvalid = new(ProblemCodes.InvalidValue,
        "“{0}”不是有效的指标体系标识：请使用小写 ASCII 字母、数字和“-”。",
        "'{0}' is not a valid framework id: use lower-case ASCII letters, digits and '-'.");

    internal static readonly MessageTemplate SectorNotBuiltIn = new(ProblemCodes.InvalidValue,
        "“{0}”不是内置行业，应为以下之一：{1}。",
        "'{0}' is not a built-in sector: expected one of {1}.");

    internal static readonly MessageTemplate SectorDoesNotFitOrigin = new(ProblemCodes.InvalidValue,
        "个性指标体系须注明所属行业；共性指标体系不注明行业。",
        "An individual framework names its sector; a common framework has none.");

    internal static readonly MessageTemplate ReviewedTargetWithoutReviewer = new(ProblemCodes.InvalidValue,
        "审核通过或退回的绩效目标须注明审核人。",
        "An approved or returned target names its reviewer.");

    internal static readonly MessageTemplate UnreviewedTargetWithReviewer = new(ProblemCodes.InvalidValue,
        "尚未审核的绩效目标不应有审核人。",
        "A target not yet reviewed has no reviewer.");

    internal static readonly MessageTemplate ReturnedTargetWithoutReason = new(ProblemCodes.InvalidValue,
        "退回的绩效目标须注明退回原因。",
        "A returned target carries its reason.");

    internal static readonly MessageTemplate ReturnReasonWithoutReturn = new(ProblemCodes.InvalidValue,
        "只有退回的绩效目标才有退回原因。",
        "Only a returned target has a return reason.");

    internal static readonly MessageTemplate SpendingItemNotProjectOrPolicy = new(ProblemCodes.InvalidValue,
        "支出事项只能是项目或政策。",
        "A spending item is a project or a policy.");

    // Indicator trees ------------------------------------------------------------------------------------------------

    internal static readonly MessageTemplate IndicatorCodeInvalid = new(ProblemCodes.InvalidValue,
        "“{0}”不是有效的指标编码：请使用 1 至 {1} 个 ASCII 字母、数字、“.”“-”或“_”。",
        "'{0}' is not an indicator code: use 1 to {1} ASCII letters, digits, '.', '-' or '_'.");

    internal static readonly MessageTemplate ClassOfOtherLevel = new(ProblemCodes.ClassLevelMismatch,
        "“{0}”是{1}级指标的类别，不是{2}级指标的类别。",
        "'{0}' is a level-{1} class, not a level-{2} class.");

    internal static readonly MessageTemplate ClassNotBuiltIn = new(ProblemCodes.UnknownClass,
        "“{0}”不是内置的{1}级指标类别（见 docs/concepts.md），文档的“classes”也未声明。",
        "'{0}' is not a built-in level-{1} class (docs/concepts.md lists them) nor one the document declares in 'classes'.");

    internal static readonly MessageTemplate CountsAsNotBuiltIn = new(ProblemCodes.UnknownClass,
        "“{0}”不是内置的{1}级指标类别，声明的类别不能视同它（见 docs/concepts.md）。",
        "'{0}' is not a built-in level-{1} class for a declared class to count as (docs/concepts.md lists them).");

    internal static readonly MessageTemplate ClassDeclaredTwice = new(ProblemCodes.ClassCodeClash,
        "{1}级指标类别“{0}”已在 {2} 声明。",
        "The level-{1} class '{0}' is already declared at {2}.");

    internal static readonly MessageTemplate ClassDeclaredAsBuiltIn = new(ProblemCodes.ClassCodeClash,
        "“{0}”是内置的{1}级指标类别（{2}），不能再声明；请直接使用内置类别。",
        "'{0}' is the built-in level-{1} class {2} and cannot be declared again; use the built-in class.");

    internal static readonly MessageTemplate ClassCodeReserved = new(ProblemCodes.ClassCodeClash,
        "“not-printed”是不印出的二级指标所用的保留编码，不能声明。",
        "'not-printed' is reserved for level-2 nodes the form does not print and cannot be declared.");

    internal static readonly MessageTemplate ClassDeclaredUnused = new(ProblemCodes.ClassDeclaredUnused,
        "声明的{1}级指标类别“{0}”没有节点使用。",
        "No node uses the declared level-{1} class '{0}'.");

    internal static readonly MessageTemplate ClassCodeInvalid = new(ProblemCodes.InvalidValue,
        "“{0}”不是有效的类别编码：请使用 1 至 64 个小写 ASCII 字母、数字或“-”。",
        "'{0}' is not a class code: use 1 to 64 lower-case ASCII letters, digits and '-'.");

    internal static readonly MessageTemplate ClassLevelInvalid = new(ProblemCodes.InvalidValue,
        "类别层级 {0} 无效：只能是 1 或 2。",
        "The class level {0} is not 1 or 2.");

    internal static readonly MessageTemplate NotPrintedClassNamed = new(ProblemCodes.UnknownClass,
        "“not-printed”是不印出的二级指标的类别，文档不能填写；没有二级指标的一级指标请直接给出“indicators”。",
        "'not-printed' is the class of a level-2 node the form does not print and is not written in a document; give a level-1 node without level-2 headings its 'indicators' directly.");

    internal static readonly MessageTemplate GroupShapeConflict = new(ProblemCodes.ShapeConflict,
        "一级指标须给出“children”（二级指标）或者“indicators”（没有二级指标的三级指标）；二者不能同时给出，也不能都不给出。",
        "A level-1 node gives either 'children' (level-2 nodes) or 'indicators' (level-3 indicators without level-2 headings); not both, not neither.");

    internal static readonly MessageTemplate RowsMixLevelTwo = new(ProblemCodes.ShapeConflict,
        "一级指标“{0}”的表单行有的填写“levelTwo”，有的未填写：同一一级指标下要么都有二级指标，要么都没有。",
        "The rows of the level-1 node '{0}' give 'levelTwo' on some rows only: under one level-1 node, every row has a level-2 heading or none has.");

    internal static readonly MessageTemplate RowLevelTwoFieldWithoutLevelTwo = new(ProblemCodes.RecordFields,
        "未填写“levelTwo”的表单行不能填写“{0}”。",
        "A row without 'levelTwo' cannot give '{0}'.");

    /// <summary><see cref="NodeWithoutName"/> for a node whose code was not valid (the English text has always left a blank where the code goes).</summary>

    /// <summary><see cref="NodePointsNegative"/> for a node whose code was not valid (the English text has always left a blank where the code goes).</summary>

    internal static readonly MessageTemplate ScoringRuleBlank = new(ProblemCodes.InvalidValue,
        "计分规则引用如填写，则不能为空白。",
        "A scoring rule reference, when given, must not be blank.");

    // Evaluations, records, score groups ---------------------------------------------------------------------------

    internal static readonly MessageTemplate PerformerWithoutName = new(ProblemCodes.NameRequired,
        "实施主体没有名称。",
        "The performer has no name.");

    internal static readonly MessageTemplate EvaluationShapeConflict = new(ProblemCodes.ShapeConflict,
        "评价须给出“indicators”及“records”，或者给出“rows”；二者不能同时给出，也不能都不给出。",
        "An evaluation gives either 'indicators' with 'records', or 'rows'; not both, not neither.");

    internal static readonly MessageTemplate NestedShapeIncomplete = new(ProblemCodes.RequiredMissing,
        "嵌套形式须同时给出“indicators”和“records”。",
        "The nested shape needs both 'indicators' and 'records'.");

    internal static readonly MessageTemplate ScoreGroupWithoutId = new(ProblemCodes.NameRequired,
        "分组须有标识。",
        "A score group needs an id.");

    internal static readonly MessageTemplate NotAValidIndicatorCode = new(ProblemCodes.InvalidValue,
        "“{0}”不是有效的指标编码。",
        "'{0}' is not a valid indicator code.");

    internal static readonly MessageTemplate ScoreGroupTooFewMembers = new(ProblemCodes.RecordMismatch,
        "分组须有两个或两个以上互不相同的成员。",
        "A score group needs two or more distinct members.");

    internal static readonly MessageTemplate ScoreGroupWithoutScore = new(ProblemCodes.RequiredMissing,
        "分组须给出“assessorScore”或“recordedScore”，或者二者都给出。",
        "A score group carries an assessorScore, a recordedScore or both.");

    internal static readonly MessageTemplate NotAnIndicatorCode = new(ProblemCodes.InvalidValue,
        "“{0}”不是指标编码。",
        "'{0}' is not an indicator code.");

    internal static readonly MessageTemplate RecordLacksField = new(ProblemCodes.RecordFields,
        "“{0}”记录须填写“{1}”。",
        "A {0} record needs '{1}'.");

    internal static readonly MessageTemplate RecordHasForbiddenField = new(ProblemCodes.RecordFields,
        "“{0}”记录不应填写“{1}”。",
        "A {0} record has no '{1}'.");

    // Form rows ------------------------------------------------------------------------------------------------------

    internal static readonly MessageTemplate FormWithoutRows = new(ProblemCodes.ChildrenRequired,
        "表单没有任何行。",
        "The form has no rows.");

    internal static readonly MessageTemplate NamedNodeRowsNotContiguous = new(ProblemCodes.RowsInconsistent,
        "{0}级指标“{1}”的表单行不相邻。",
        "The rows of level-{0} node '{1}' are not contiguous.");

    internal static readonly MessageTemplate QuantitativeRowWithAchievement = new(ProblemCodes.RecordFields,
        "定量指标的表单行应填写实际值，而不是达成程度。",
        "A quantitative row records an actual value, not an achievement level.");

    internal static readonly MessageTemplate QuantitativeRowScoreWithoutActual = new(ProblemCodes.RecordFields,
        "定量指标的表单行填写了得分，须同时填写实际值。",
        "A quantitative row with a score needs its actual value.");

    internal static readonly MessageTemplate QualitativeRowWithActual = new(ProblemCodes.RecordFields,
        "定性指标的表单行应填写达成程度和得分，而不是实际值。",
        "A qualitative row records an achievement level and a score, not an actual value.");

    internal static readonly MessageTemplate QualitativeRowLevelWithoutScore = new(ProblemCodes.RecordFields,
        "定性指标的表单行填写了达成程度，须同时填写得分。",
        "A qualitative row with an achievement level needs its score.");

    internal static readonly MessageTemplate RowsDisagreeAboutClass = new(ProblemCodes.RowsInconsistent,
        "“{0}”的各表单行所填类别不一致。",
        "The rows of '{0}' disagree about its class.");

    internal static readonly MessageTemplate ClassNameUnknown = new(ProblemCodes.UnknownClass,
        "“{0}”不是内置{1}级指标类别的名称，也不是文档所声明类别的名称；请填写“{2}Class”，或在“classes”中声明。",
        "'{0}' is not the name of a built-in level-{1} class nor of one the document declares; give '{2}Class', or declare it in 'classes'.");

    internal static readonly MessageTemplate RowsDisagreeAboutPoints = new(ProblemCodes.RowsInconsistent,
        "同一指标的各表单行所填分值不一致（{0} 与 {1}）。",
        "The rows of one node disagree about its points ({0} and {1}).");

    private static readonly FrozenDictionary<Type, string> ChineseTypeNames = new Dictionary<Type, string>
    {
        [typeof(AchievementLevel)] = "达成程度",
        [typeof(AdmissionCheck)] = "入库审核项",
        [typeof(AdmissionDecision)] = "入库结论",
        [typeof(BudgetAction)] = "预算安排措施",
        [typeof(CoveredYearRule)] = "覆盖年度规则",
        [typeof(DeductionSide)] = "扣分方向",
        [typeof(DeviationReason)] = "偏差原因",
        [typeof(Direction)] = "指标方向",
        [typeof(EqualityOvershoot)] = "超出目标值的计分方式",
        [typeof(EvaluationType)] = "评价类型",
        [typeof(ExAnteConclusion)] = "事前评估结论",
        [typeof(FindingSeverity)] = "问题严重程度",
        [typeof(FrameworkOrigin)] = "指标体系类别",
        [typeof(FrameworkScope)] = "指标体系适用范围",
        [typeof(Grade)] = "评价等级",
        [typeof(IndicatorKind)] = "指标类型",
        [typeof(EffectivePeriodPolicy)] = "规则集生效期外评价的处理方式",
        [typeof(IndicatorWeighting)] = "指标计分方式",
        [typeof(Likelihood)] = "完成可能性",
        [typeof(MissingDataPolicy)] = "无数据及未到期指标的处理方式",
        [typeof(MoneyUnit)] = "金额单位",
        [typeof(MonitoringAction)] = "监控处理措施",
        [typeof(MonitoringSituation)] = "监控情形",
        [typeof(NegativeActualPolicy)] = "负实际值的处理方式",
        [typeof(DataQualityPolicy)] = "数据质量提示的计分方式",
        [typeof(NotApplicablePolicy)] = "不适用指标的处理方式",
        [typeof(PerformerRole)] = "实施主体类型",
        [typeof(ProgressState)] = "进度记录状态",
        [typeof(ProjectKind)] = "项目类型",
        [typeof(RecordState)] = "记录状态",
        [typeof(RectificationConsequence)] = "整改逾期的后果",
        [typeof(RectificationState)] = "整改状态",
        [typeof(RoundingMode)] = "舍入方式",
        [typeof(SourceKind)] = "依据类型",
        [typeof(StepCounting)] = "计档方式",
        [typeof(StrategyKind)] = "计分方法",
        [typeof(SubjectType)] = "评价对象类型",
        [typeof(TargetStatus)] = "绩效目标审核状态",
        [typeof(TimeProgressBasis)] = "时间进度计算方式",
        [typeof(TotalMode)] = "总分计算方式",
        [typeof(ValueBasis)] = "指标值设定依据",
        [typeof(WarningColour)] = "预警颜色",
        [typeof(ZeroBudgetPolicy)] = "调整后预算数为零时的处理方式",
    }.ToFrozenDictionary();

    /// <summary>An enumeration type as a message names it: 评价类型 in Chinese, its identifier (EvaluationType) in English.</summary>
    internal static Localized TypeName<TEnum>()
        where TEnum : struct, Enum =>
        new(ChineseTypeNames.TryGetValue(typeof(TEnum), out var name) ? name : typeof(TEnum).Name, typeof(TEnum).Name);

    /// <summary>An enumeration value as a document spells it: its Chinese display name, and in English the text written (measured).</summary>
    internal static Localized Written<TEnum>(TEnum value, string text)
        where TEnum : struct, Enum => new(Localized.Of(value).Chinese, text);
}
