namespace BudgetPerformance.Problems;

/// <content>The indicator tree: nodes, level-3 indicators, flat rows.</content>
internal static partial class Messages
{
    internal static readonly MessageTemplate TreeWithoutGroups = new(ProblemCodes.ChildrenRequired,
        "指标树没有一级指标。",
        "The tree has no level-1 nodes.");

    internal static readonly MessageTemplate CodeUsedTwiceInTree = new(ProblemCodes.DuplicateCode,
        "编码 {0} 在指标树中重复使用。",
        "The code {0} is used more than once in the tree.");

    internal static readonly MessageTemplate CodeUsedTwice = new(ProblemCodes.DuplicateCode,
        "编码 {0} 重复使用。",
        "The code {0} is used more than once.");

    internal static readonly MessageTemplate LevelTwoWithoutIndicators = new(ProblemCodes.ChildrenRequired,
        "二级指标 {0} 下没有三级指标。",
        "Level-2 node {0} has no level-3 indicators.");

    internal static readonly MessageTemplate UncodedLevelOneWithoutChildren = new(ProblemCodes.ChildrenRequired,
        "一级指标下没有二级指标。",
        "Level-1 node has no level-2 nodes.");

    internal static readonly MessageTemplate LevelOneWithoutChildren = new(ProblemCodes.ChildrenRequired,
        "一级指标 {0} 下没有二级指标。",
        "Level-1 node {0} has no level-2 nodes.");

    internal static readonly MessageTemplate UnprintedLevelTwoNotAlone = new(ProblemCodes.ShapeConflict,
        "一级指标 {0} 的不印出二级指标须是其唯一的下级，并与 {0} 编码、分值相同。",
        "The unprinted level-2 node of level-1 node {0} must be its only child and have the code and points of {0}.");

    internal static readonly MessageTemplate PointsDoNotAddUp = new(ProblemCodes.PointsSum,
        "{0} 的下级指标分值合计 {1}，不等于 {0} 的分值 {2}。",
        "The children of {0} have {1} points in all, not the {2} of {0}.");

    internal static readonly MessageTemplate PointsBeyondDecimal = new(ProblemCodes.NumberOutOfRange,
        "{0} 的下级指标分值合计超出 decimal 的范围（约 7.9 × 10^28）。",
        "The children of {0} have more points in all than a decimal holds (about 7.9 × 10^28).");

    internal static readonly MessageTemplate TreePointsBeyondDecimal = new(ProblemCodes.NumberOutOfRange,
        "一级指标分值合计超出 decimal 的范围（约 7.9 × 10^28）。",
        "The level-1 nodes have more points in all than a decimal holds (about 7.9 × 10^28).");

    internal static readonly MessageTemplate NodeWithoutName = new(ProblemCodes.NameRequired,
        "{0}级指标 {1} 没有名称。",
        "Level-{0} node {1} has no name.");

    internal static readonly MessageTemplate NodeClassOfOtherLevel = new(ProblemCodes.ClassLevelMismatch,
        "{0}级指标 {1} 的类别“{3}”属于{2}级指标。",
        "Level-{0} node {1} has the level-{2} class '{3}'.");

    internal static readonly MessageTemplate UncodedNodeWithoutName = new(ProblemCodes.NameRequired,
        "{0}级指标没有名称。",
        "Level-{0} node has no name.");

    internal static readonly MessageTemplate UncodedNodePointsNegative = new(ProblemCodes.PointsNegative,
        "{0}级指标的分值为负。",
        "Level-{0} node has negative points.");

    internal static readonly MessageTemplate NodePointsNegative = new(ProblemCodes.PointsNegative,
        "{0}级指标 {1} 的分值为负。",
        "Level-{0} node {1} has negative points.");

    internal static readonly MessageTemplate IndicatorWithoutName = new(ProblemCodes.NameRequired,
        "指标 {0} 没有名称。",
        "Indicator {0} has no name.");

    internal static readonly MessageTemplate IndicatorPointsNegative = new(ProblemCodes.PointsNegative,
        "指标 {0} 的分值为负。",
        "Indicator {0} has negative points.");

    internal static readonly MessageTemplate DirectionDoesNotFitKind = new(ProblemCodes.DirectionKindMismatch,
        "指标 {0} 为{1}指标，但其方向为“{2}”。",
        "Indicator {0} is {1} but its direction is {2}.");

    internal static readonly MessageTemplate QuantitativeWithoutTarget = new(ProblemCodes.TargetRequired,
        "定量指标 {0} 没有目标值。",
        "Quantitative indicator {0} has no target value.");

    internal static readonly MessageTemplate QuantitativeWithoutUnit = new(ProblemCodes.UnitRequired,
        "定量指标 {0} 没有计量单位。",
        "Quantitative indicator {0} has no unit.");

    internal static readonly MessageTemplate QualitativeWithMeasure = new(ProblemCodes.QualitativeHasMeasure,
        "定性指标 {0} 不应有目标值或计量单位。",
        "Qualitative indicator {0} must have neither a target value nor a unit.");

    internal static readonly MessageTemplate RowsNotContiguous = new(ProblemCodes.RowsInconsistent,
        "{0}级指标 {1} 的表单行不相邻（第 {2} 行）。",
        "The rows of level-{0} node {1} are not contiguous (row {2}).");

    internal static readonly MessageTemplate RowDisagrees = new(ProblemCodes.RowsInconsistent,
        "第 {0} 行关于{1}级指标 {2} 的内容与前面的行不一致。",
        "Row {0} disagrees with earlier rows about level-{1} node {2}.");

    internal static readonly MessageTemplate PlaceholderRowNotAlone = new(ProblemCodes.RowsInconsistent,
        "二级指标 {0} 含占位行；占位行只能单独出现，且只用于模板。",
        "Level-2 node {0} has a placeholder row; placeholders stand alone and only in templates.");
}
