namespace BudgetPerformance.Json;

/// <summary>
/// The stable codes of report entries about the form of a document (docs/json/errors.md). Problems of domain
/// invariants use the codes of <see cref="ProblemCodes"/>. Codes never change meaning.
/// </summary>
public static class JsonErrorCodes
{
    /// <summary>The input is not well-formed JSON.</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>The document is larger than <see cref="JsonReadLimits.MaxDocumentBytes"/>.</summary>
    public const string DocumentTooLarge = "document-too-large";

    /// <summary>Objects and arrays nest deeper than <see cref="JsonReadLimits.MaxDepth"/>.</summary>
    public const string DepthExceeded = "depth-exceeded";

    /// <summary>A string is longer than <see cref="JsonReadLimits.MaxStringLength"/>.</summary>
    public const string StringTooLong = "string-too-long";

    /// <summary>An array has more items than <see cref="JsonReadLimits.MaxArrayLength"/>.</summary>
    public const string ArrayTooLong = "array-too-long";

    /// <summary>A property the contract does not define (never silently dropped).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A property appears twice in one object.</summary>
    public const string DuplicateProperty = "duplicate-property";

    /// <summary>A required property is missing.</summary>
    public const string RequiredMissing = "required-missing";

    /// <summary>A value has the wrong JSON type (for example a string where a number belongs).</summary>
    public const string WrongType = "wrong-type";

    /// <summary>A null where the contract allows none.</summary>
    public const string NullNotAllowed = "null-not-allowed";

    /// <summary>NaN or Infinity, as a bare literal or as a string where a number belongs.</summary>
    public const string NonFiniteNumber = "non-finite-number";

    /// <summary>A number outside the range of <see cref="decimal"/> (or of a 32-bit integer where an integer belongs).</summary>
    public const string NumberOutOfRange = "number-out-of-range";

    /// <summary>A number with a fraction where an integer belongs.</summary>
    public const string IntegerExpected = "integer-expected";

    /// <summary>The document's <c>kind</c> is not the kind being read.</summary>
    public const string WrongKind = "wrong-kind";

    /// <summary>The document's <c>schemaVersion</c> is not one this library reads (it reads 1).</summary>
    public const string UnsupportedSchemaVersion = "unsupported-schema-version";

    /// <summary>A value is not one of the allowed values (an enumeration text, a code, a date...).</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>An indicator class code is not a built-in class of any level.</summary>
    public const string UnknownClass = "unknown-class";

    /// <summary>An evaluation gives both or neither of its two shapes (indicators with records, or form rows).</summary>
    public const string ShapeConflict = "shape-conflict";

    /// <summary>A record or form row carries a field its state does not allow, or lacks one it needs.</summary>
    public const string RecordFields = "record-fields";

    /// <summary>A score (assessor's, recorded or total) is negative.</summary>
    public const string ScoreNegative = "score-negative";

    /// <summary>A grade band is malformed: a negative lower edge, or an upper edge not above the lower.</summary>
    public const string GradeBandInvalid = "grade-band-invalid";

    /// <summary>Grade bands overlap.</summary>
    public const string GradeBandsOverlap = "grade-bands-overlap";

    /// <summary>Grade bands leave a gap between them.</summary>
    public const string GradeBandsGap = "grade-bands-gap";

    /// <summary>Grade bands do not start at 0 or do not end at 100.</summary>
    public const string GradeBandsRange = "grade-bands-range";

    /// <summary>A higher grade band does not have a better grade (or a grade repeats).</summary>
    public const string GradeBandsOrder = "grade-bands-order";

    /// <summary>An unexpected failure while reading: the last-resort entry that keeps a reader from crashing. Please report it.</summary>
    public const string InternalError = "internal-error";
}
