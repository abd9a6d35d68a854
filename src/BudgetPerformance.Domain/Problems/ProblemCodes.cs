namespace BudgetPerformance.Problems;

/// <summary>
/// Every stable problem code of the library, as constants: the form of a document, the invariants of the model, and what
/// prevents a complete score. Each is registered, with its meaning in Chinese and English, in <see cref="ProblemRegistry"/> and
/// listed in docs/json/errors.md. Codes never change meaning; new codes may be added in a minor release.
/// </summary>
public static class ProblemCodes
{
    // Form of a document ----------------------------------------------------------------------------------

    /// <summary>The input is not well-formed JSON (including an empty input, trailing commas, comments, single quotes).</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>The document exceeds JsonReadLimits.MaxDocumentBytes (streaming: one top-level value or evaluation does).</summary>
    public const string DocumentTooLarge = "document-too-large";

    /// <summary>Objects and arrays nest deeper than JsonReadLimits.MaxDepth.</summary>
    public const string DepthExceeded = "depth-exceeded";

    /// <summary>A string exceeds JsonReadLimits.MaxStringLength characters.</summary>
    public const string StringTooLong = "string-too-long";

    /// <summary>An array exceeds JsonReadLimits.MaxArrayLength items.</summary>
    public const string ArrayTooLong = "array-too-long";

    /// <summary>A property the contract does not define (never silently dropped).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A property appears twice in one object.</summary>
    public const string DuplicateProperty = "duplicate-property";

    /// <summary>A required property is missing.</summary>
    public const string RequiredMissing = "required-missing";

    /// <summary>A value of the wrong JSON type (a string where a number belongs, ...).</summary>
    public const string WrongType = "wrong-type";

    /// <summary>null where the contract allows none (required properties, array items).</summary>
    public const string NullNotAllowed = "null-not-allowed";

    /// <summary>NaN or Infinity, as a bare literal or as a string where a number belongs.</summary>
    public const string NonFiniteNumber = "non-finite-number";

    /// <summary>A number outside the range of decimal (or of a 32-bit integer for years and versions), outside what its property allows (docs/quality.md), or a sum of numbers beyond the range of decimal.</summary>
    public const string NumberOutOfRange = "number-out-of-range";

    /// <summary>A fraction where an integer belongs, or a whole number not written as an integer (2020.0, 2.02e3).</summary>
    public const string IntegerExpected = "integer-expected";

    /// <summary>kind is not the kind being read.</summary>
    public const string WrongKind = "wrong-kind";

    /// <summary>schemaVersion is not 1.</summary>
    public const string UnsupportedSchemaVersion = "unsupported-schema-version";

    /// <summary>A value not allowed: an unknown enumeration text or direction, a malformed code or id, an impossible date, a blank name or reference, a year outside 1900–9998, a status without its reviewer, an individual framework without sector, a rounding precision outside 0–4....</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>An indicator class code (or, in form rows, a class name) that is neither a built-in class nor one the document declares.</summary>
    public const string UnknownClass = "unknown-class";

    /// <summary>A document declares a class twice (same level and code), or with the code of a built-in class of its level, or with the reserved code not-printed.</summary>
    public const string ClassCodeClash = "class-code-clash";

    /// <summary>A document declares a class that no node of its tree uses.</summary>
    public const string ClassDeclaredUnused = "class-declared-unused";

    /// <summary>An evaluation gives both or neither of indicators+records and rows; a level-1 node gives both or neither of level-2 children and its own indicators; the rows of one level-1 node disagree about having a level-2 heading.</summary>
    public const string ShapeConflict = "shape-conflict";

    /// <summary>A record or form row lacks a field its state needs, or has one it does not allow.</summary>
    public const string RecordFields = "record-fields";

    /// <summary>An assessor's, recorded or total score is negative.</summary>
    public const string ScoreNegative = "score-negative";

    /// <summary>An unexpected failure inside the reader, turned into an entry as a last resort (please report it).</summary>
    public const string InternalError = "internal-error";

    // Invariants of the model -----------------------------------------------------------------------------

    /// <summary>A name is empty or white space.</summary>
    public const string NameRequired = "name-required";

    /// <summary>Points are below 0.</summary>
    public const string PointsNegative = "points-negative";

    /// <summary>In a weighted tree, children's points do not add up exactly to the parent's (path: the parent's points).</summary>
    public const string PointsSum = "points-sum";

    /// <summary>A code is used twice in one tree, a subject code twice in a portfolio, an evaluation id twice.</summary>
    public const string DuplicateCode = "duplicate-code";

    /// <summary>A quantitative indicator has no target value.</summary>
    public const string TargetRequired = "target-required";

    /// <summary>A quantitative indicator has no unit.</summary>
    public const string UnitRequired = "unit-required";

    /// <summary>A qualitative indicator has a target value or a unit.</summary>
    public const string QualitativeHasMeasure = "qualitative-has-measure";

    /// <summary>The direction does not fit the kind.</summary>
    public const string DirectionKindMismatch = "direction-kind-mismatch";

    /// <summary>A node has a class of the other level.</summary>
    public const string ClassLevelMismatch = "class-level-mismatch";

    /// <summary>A tree (or form) without level-1 nodes, a level-1 node without level-2 nodes, or (weighted) a level-2 node without indicators.</summary>
    public const string ChildrenRequired = "children-required";

    /// <summary>Form rows of one node are not contiguous, or disagree about its class or points.</summary>
    public const string RowsInconsistent = "rows-inconsistent";

    /// <summary>A framework node lacks provenance, or provenance names a node the tree lacks.</summary>
    public const string ProvenanceMismatch = "provenance-mismatch";

    /// <summary>A record for an unknown indicator, a second record, a missing record (path: the indicator), or a record of the wrong kind.</summary>
    public const string RecordMismatch = "record-mismatch";

    /// <summary>The evaluation breaks its type's constraints (path: the performer's role, the subject's type, coveredYear, budgetExecution or onSiteVisit).</summary>
    public const string EvaluationConstraint = "evaluation-constraint";

    /// <summary>An amount that cannot be negative is (budget, adjusted budget, amount spent).</summary>
    public const string AmountNegative = "amount-negative";

    /// <summary>A portfolio entry names a department, unit or subject that the portfolio does not hold.</summary>
    public const string ReferenceUnknown = "reference-unknown";

    /// <summary>A portfolio target is for another year, or an evaluation was conducted in another year.</summary>
    public const string YearMismatch = "year-mismatch";

    /// <summary>A band's lower edge is negative, or its upper edge is not above its lower edge.</summary>
    public const string GradeBandInvalid = "grade-band-invalid";

    /// <summary>Two grade bands overlap.</summary>
    public const string GradeBandsOverlap = "grade-bands-overlap";

    /// <summary>Grade bands leave scores without a grade.</summary>
    public const string GradeBandsGap = "grade-bands-gap";

    /// <summary>The bands do not start at 0 or do not end at 100, or there are none.</summary>
    public const string GradeBandsRange = "grade-bands-range";

    /// <summary>A higher band does not have a better grade.</summary>
    public const string GradeBandsOrder = "grade-bands-order";

    /// <summary>A rule set given to the engine of a stage lacks a family the stage needs.</summary>
    public const string RuleFamilyMissing = "rule-family-missing";

    /// <summary>A calendar id is not lower-case kebab-case.</summary>
    public const string CalendarInvalidId = "calendar-invalid-id";

    /// <summary>A date lies outside the dates the calendar covers.</summary>
    public const string CalendarOutsideCoverage = "calendar-outside-coverage";

    /// <summary>A date is listed twice in the same list.</summary>
    public const string CalendarDuplicateDate = "calendar-duplicate-date";

    /// <summary>A date is both a holiday and a make-up working day.</summary>
    public const string CalendarHolidayAndWorkingDay = "calendar-holiday-and-working-day";

    /// <summary>A make-up working day falls on Monday to Friday, which is a working day anyway.</summary>
    public const string CalendarMakeUpDayNotWeekend = "calendar-make-up-day-not-weekend";

    // Scoring ---------------------------------------------------------------------------------------------

    /// <summary>An assessor's score lies outside the band of the chosen achievement level.</summary>
    public const string OutOfBand = "out-of-band";

    /// <summary>The rule set is not in force in the year the evaluation was conducted: scored, with this warning.</summary>
    public const string RuleSetNotInForce = "rule-set-not-in-force";

    /// <summary>The rule set is not in force in the year the evaluation was conducted, and the caller asked for strict mode:
    /// refused.</summary>
    public const string RuleSetNotInForceRefused = "rule-set-not-in-force-refused";

    /// <summary>Scoring's arithmetic left the range of decimal for numbers a caller built in code (documents are bounded): the
    /// evaluation alone is invalid.</summary>
    public const string ArithmeticOverflow = "arithmetic-overflow";

    /// <summary>A judged score lies outside [0, points].</summary>
    public const string JudgementOutOfRange = "judgement-out-of-range";

    /// <summary>An assessor's score has more decimals than the precision it is checked against: kept as given (a warning).</summary>
    public const string AssessorScorePrecision = "assessor-score-precision";

    /// <summary>A negative actual value where the strategy cannot use one, under the reject policy.</summary>
    public const string NegativeActual = "negative-actual";

    /// <summary>A positive indicator's target is 0: scored as the rule set's data-quality policy says, flagged for review (a warning).</summary>
    public const string ZeroTarget = "zero-target";

    /// <summary>A positive indicator's target is 0 and the rule set rejects it: no score until it is corrected.</summary>
    public const string ZeroTargetRejected = "zero-target-rejected";

    /// <summary>A reverse indicator's actual is 0: scored as the rule set's data-quality policy says, flagged for review (a warning).</summary>
    public const string ZeroActual = "zero-actual";

    /// <summary>A reverse indicator's actual is 0 and the rule set rejects it: no score until it is corrected.</summary>
    public const string ZeroActualRejected = "zero-actual-rejected";

    /// <summary>A positive indicator's actual exceeds its target by more than the rule set's over-completion threshold (a warning).</summary>
    public const string OverCompletion = "over-completion";

    /// <summary>An indicator names a scoring rule the rule set does not have.</summary>
    public const string UnknownStrategy = "unknown-strategy";

    /// <summary>The strategy cannot score the indicator's direction or record.</summary>
    public const string StrategyMismatch = "strategy-mismatch";

    /// <summary>The strategy needs a target it can divide by (not 0, or positive).</summary>
    public const string UnusableTarget = "unusable-target";

    /// <summary>The adjusted budget is 0 and the rule set rejects that, or money was spent against a zero budget.</summary>
    public const string ZeroAdjustedBudget = "zero-adjusted-budget";

    /// <summary>The evaluation lacks the budget execution its type carries under the rule set.</summary>
    public const string BudgetExecutionMissing = "budget-execution-missing";

    /// <summary>The evaluation lacks the on-site visit its type must record under the rule set.</summary>
    public const string OnSiteVisitMissing = "on-site-visit-missing";

    /// <summary>The form scores a budget-execution block that the rule set does not carry for the evaluation's type (a warning).</summary>
    public const string BudgetBlockNotInRules = "budget-block-not-in-rules";

    /// <summary>The tree and budget block do not add up to the required total points.</summary>
    public const string TotalPoints = "total-points";

    /// <summary>Output and benefit carry less than the required share of the points.</summary>
    public const string OutputBenefitShare = "output-benefit-share";

    /// <summary>Every item is not applicable: nothing can be rescaled.</summary>
    public const string NothingApplicable = "nothing-applicable";
}
