namespace BudgetPerformance.Json.Reading;

/// <summary>
/// Where the properties of one level-3 indicator are in the document: the node's path and the name of its name
/// property; the path of a property is made only when a report entry needs it.
/// </summary>
internal readonly record struct IndicatorPaths(string Node, string NameProperty = "name")
{
    internal string Name => Node + "." + NameProperty;

    internal string Direction => Node + ".direction";

    internal string Target => Node + ".target";

    internal string Unit => Node + ".unit";

    internal string Points => Node + ".points";

    internal string ValueBasis => Node + ".valueBasis";

    internal string ScoringRule => Node + ".scoringRule";
}
