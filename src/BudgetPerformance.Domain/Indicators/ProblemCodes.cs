namespace BudgetPerformance;

/// <summary>
/// The stable codes of the domain invariants. They appear in <see cref="DomainInvariantException.ProblemCode"/>
/// and <see cref="DomainProblem.Code"/>, and the JSON validation report uses them too. Codes never change meaning.
/// </summary>
public static class ProblemCodes
{
    /// <summary>A name is empty or white space.</summary>
    public const string NameRequired = "name-required";

    /// <summary>Points are negative.</summary>
    public const string PointsNegative = "points-negative";

    /// <summary>Children's points do not add up to their parent's in a weighted tree.</summary>
    public const string PointsSum = "points-sum";

    /// <summary>A code is used twice in one tree.</summary>
    public const string DuplicateCode = "duplicate-code";

    /// <summary>A quantitative indicator has no numeric target.</summary>
    public const string TargetRequired = "target-required";

    /// <summary>A quantitative indicator has no unit.</summary>
    public const string UnitRequired = "unit-required";

    /// <summary>A qualitative indicator has a numeric target or a unit.</summary>
    public const string QualitativeHasMeasure = "qualitative-has-measure";

    /// <summary>The direction does not fit the kind (a qualitative direction on a quantitative indicator, or the reverse).</summary>
    public const string DirectionKindMismatch = "direction-kind-mismatch";

    /// <summary>A node's class belongs to another level.</summary>
    public const string ClassLevelMismatch = "class-level-mismatch";

    /// <summary>A node has no children where it must have some.</summary>
    public const string ChildrenRequired = "children-required";

    /// <summary>Flat rows of one node are not contiguous, or disagree about the node.</summary>
    public const string RowsInconsistent = "rows-inconsistent";

    /// <summary>A framework node lacks its provenance, or provenance names a node the tree lacks.</summary>
    public const string ProvenanceMismatch = "provenance-mismatch";

    /// <summary>An evaluation record does not match the indicator tree.</summary>
    public const string RecordMismatch = "record-mismatch";

    /// <summary>An evaluation breaks a constraint of its type.</summary>
    public const string EvaluationConstraint = "evaluation-constraint";

    /// <summary>An amount is negative where it cannot be.</summary>
    public const string AmountNegative = "amount-negative";

    /// <summary>A reference names a subject (department, unit, project, policy, section) that the collection does not hold.</summary>
    public const string ReferenceUnknown = "reference-unknown";

    /// <summary>A target or evaluation belongs to another fiscal year than the collection it is in.</summary>
    public const string YearMismatch = "year-mismatch";
}
