namespace BudgetPerformance.Problems;

/// <content>The form of a document: syntax, limits, structure, header.</content>
internal static partial class Messages
{
    // Syntax: encoding, well-formedness, nesting -----------------------------------------------------------

    internal static readonly MessageTemplate DocumentNotUtf8 = new(ProblemCodes.MalformedJson,
        "文档不是有效的 UTF-8 编码。",
        "The document is not valid UTF-8.");

    internal static readonly MessageTemplate DocumentNotUtf8AtOffset = new(ProblemCodes.MalformedJson,
        "文档不是有效的 UTF-8 编码（第一个无效字节位于偏移量 {0} 处）。",
        "The document is not valid UTF-8 (the first invalid byte is at offset {0}).");

    internal static readonly MessageTemplate InputNotUtf8 = new(ProblemCodes.MalformedJson,
        "输入不是有效的 UTF-8 编码。",
        "The input is not valid UTF-8.");

    internal static readonly MessageTemplate ValueNotUtf8AtOffset = new(ProblemCodes.MalformedJson,
        "输入不是有效的 UTF-8 编码（该值的第一个无效字节位于偏移量 {0} 处）。",
        "The input is not valid UTF-8 (the first invalid byte is at offset {0} of this value).");

    internal static readonly MessageTemplate ValueTextLoneSurrogate = new(ProblemCodes.MalformedJson,
        "某个字符串或属性名称不是有效的文本（含有转义的孤立代理项，如 \\ud800）。",
        "A string or property name is not valid text (an escaped lone surrogate such as \\ud800).");

    internal static readonly MessageTemplate PropertyNameLoneSurrogate = new(ProblemCodes.MalformedJson,
        "属性名称不是有效的文本（含有转义的孤立代理项，如 \\ud800）。",
        "A property name is not valid text (an escaped lone surrogate such as \\ud800).");

    internal static readonly MessageTemplate StringLoneSurrogate = new(ProblemCodes.MalformedJson,
        "该字符串不是有效的文本（含有转义的孤立代理项，如 \\ud800）。",
        "The string is not valid text (an escaped lone surrogate such as \\ud800).");

    internal static readonly MessageTemplate PropertyNameNotText = new(ProblemCodes.MalformedJson,
        "属性名称不是有效的文本。",
        "A property name is not valid text.");

    internal static readonly MessageTemplate JsonMalformedAtLine = new(ProblemCodes.MalformedJson,
        "输入不是格式正确的 JSON（第 {0} 行，第 {1} 字节）：{2}",
        "The input is not well-formed JSON (line {0}, byte {1}): {2}");

    internal static readonly MessageTemplate JsonMalformed = new(ProblemCodes.MalformedJson,
        "输入不是格式正确的 JSON：{0}",
        "The input is not well-formed JSON: {0}");

    internal static readonly MessageTemplate InputEndsBeforePortfolio = new(ProblemCodes.MalformedJson,
        "组合文档尚未结束，输入即已终止。",
        "The input ends before the portfolio document does.");

    internal static readonly MessageTemplate NonFiniteLiteral = new(ProblemCodes.NonFiniteNumber,
        "NaN 和 Infinity 在 JSON 中不是数字，一律不予接受。",
        "NaN and Infinity are not numbers in JSON and are never accepted.");

    internal static readonly MessageTemplate NestingTooDeep = new(ProblemCodes.DepthExceeded,
        "对象和数组的嵌套深度超过 {0} 层。",
        "Objects and arrays nest deeper than {0} levels.");

    // Limits -----------------------------------------------------------------------------------------------

    internal static readonly MessageTemplate DocumentBytesOverLimit = new(ProblemCodes.DocumentTooLarge,
        "文档有 {0} 字节，上限为 {1} 字节。",
        "The document has {0} bytes; the limit is {1}.");

    internal static readonly MessageTemplate SingleValueLargerThan = new(ProblemCodes.DocumentTooLarge,
        "单个值超过 {0} 字节。",
        "A single value is larger than {0} bytes.");

    internal static readonly MessageTemplate ArrayItemsOverLimit = new(ProblemCodes.ArrayTooLong,
        "数组有 {0} 个元素，上限为 {1} 个。",
        "The array has {0} items; the limit is {1}.");

    internal static readonly MessageTemplate StringCharactersOverLimit = new(ProblemCodes.StringTooLong,
        "字符串有 {0} 个字符，上限为 {1} 个。",
        "The string has {0} characters; the limit is {1}.");

    // Structure: properties, nulls, types, numbers, dates --------------------------------------------------

    internal static readonly MessageTemplate PropertyDuplicate = new(ProblemCodes.DuplicateProperty,
        "属性“{0}”重复出现。",
        "The property '{0}' appears more than once.");

    internal static readonly MessageTemplate PropertyUnknown = new(ProblemCodes.UnknownProperty,
        "属性“{0}”未在契约中定义。",
        "The property '{0}' is not part of the contract.");

    internal static readonly MessageTemplate RequiredPropertyMissing = new(ProblemCodes.RequiredMissing,
        "缺少必填属性“{0}”。",
        "The required property '{0}' is missing.");

    internal static readonly MessageTemplate PropertyNull = new(ProblemCodes.NullNotAllowed,
        "属性“{0}”不得为 null。",
        "The property '{0}' must not be null.");

    internal static readonly MessageTemplate ArrayItemNull = new(ProblemCodes.NullNotAllowed,
        "数组元素不得为 null。",
        "An array item must not be null.");

    internal static readonly MessageTemplate ValueNull = new(ProblemCodes.NullNotAllowed,
        "该值不得为 null。",
        "The value must not be null.");

    /// <summary>{0} and {1} are <see cref="Localized"/>: 对象 / an object, 字符串 / a string, ...</summary>
    internal static readonly MessageTemplate ValueOfWrongType = new(ProblemCodes.WrongType,
        "应为{0}，实际为{1}。",
        "Expected {0}, found {1}.");

    internal static readonly MessageTemplate ArrayExpected = new(ProblemCodes.WrongType,
        "应为数组。",
        "Expected an array.");

    internal static readonly MessageTemplate NumberNotFinite = new(ProblemCodes.NonFiniteNumber,
        "“{0}”不是有限数字；JSON 数字不能为 NaN 或 Infinity。",
        "'{0}' is not a finite number; JSON numbers are never NaN or Infinity.");

    internal static readonly MessageTemplate NumberOutsideDecimal = new(ProblemCodes.NumberOutOfRange,
        "数字 {0} 超出 decimal 类型的取值范围。",
        "The number {0} is outside the range of a decimal.");

    internal static readonly MessageTemplate NumberBeyondDecimalPrecision = new(ProblemCodes.NumberOutOfRange,
        "数字 {0} 无法用 decimal 精确表示（有效数字超过 28 至 29 位、小数超过 28 位，或小到读作 0），读取会改变它。",
        "The number {0} cannot be held exactly by a decimal (more than 28 to 29 significant digits, more than 28 decimal places, or so small it would read as 0); reading it would change it.");

    internal static readonly MessageTemplate NumberBeyondItsLimits = new(ProblemCodes.NumberOutOfRange,
        "数字 {0} 超出 {1} 的允许范围：应为 0，或绝对值在 {2} 至 {3:#,0} 之间。",
        "The number {0} is outside the limits of {1}: 0, or a magnitude from {2} to {3:#,0}.");

    internal static readonly MessageTemplate NumberOutsideInt32 = new(ProblemCodes.NumberOutOfRange,
        "数字 {0} 超出 32 位整数的取值范围。",
        "The number {0} is outside the range of a 32-bit integer.");

    internal static readonly MessageTemplate SumOutsideDecimal = new(ProblemCodes.NumberOutOfRange,
        "数值过大：其合计（分值、得分或金额）超出 decimal 类型的取值范围（约 7.9 × 10^28）。",
        "The numbers are too large: a sum of them (points, scores or amounts) exceeds the decimal range (about 7.9 × 10^28).");

    internal static readonly MessageTemplate NumberNotInteger = new(ProblemCodes.IntegerExpected,
        "数字 {0} 不是整数。",
        "The number {0} is not an integer.");

    internal static readonly MessageTemplate NumberNotWrittenAsInteger = new(ProblemCodes.IntegerExpected,
        "数字 {0} 未按整数形式书写。",
        "The number {0} is not written as an integer.");

    internal static readonly MessageTemplate DateNotIso = new(ProblemCodes.InvalidValue,
        "“{0}”不是 yyyy-MM-dd 形式的日期。",
        "'{0}' is not a date of the form yyyy-MM-dd.");

    // Header: kind and schema version ----------------------------------------------------------------------

    internal static readonly MessageTemplate DocumentNotObject = new(ProblemCodes.WrongType,
        "“{0}”类型的文档应为 JSON 对象。",
        "A {0} document is a JSON object.");

    internal static readonly MessageTemplate DocumentKindMissing = new(ProblemCodes.RequiredMissing,
        "文档缺少“kind”属性；其值应为 \"{0}\"。",
        "The document has no 'kind'; expected \"{0}\".");

    internal static readonly MessageTemplate DocumentOfOtherKind = new(ProblemCodes.WrongKind,
        "文档不是“{0}”类型的文档（kind 为 {1}）。",
        "The document is not a {0} document (kind {1}).");

    internal static readonly MessageTemplate SchemaVersionMissing = new(ProblemCodes.RequiredMissing,
        "文档缺少“schemaVersion”属性。",
        "The document has no 'schemaVersion'.");

    internal static readonly MessageTemplate SchemaVersionUnsupported = new(ProblemCodes.UnsupportedSchemaVersion,
        "不支持模式版本 {0}；本库读取的模式版本为 {1}。",
        "Schema version {0} is not supported; this library reads version {1}.");

    internal static readonly MessageTemplate StreamSubjectsAfterEvaluations = new(ProblemCodes.RequiredMissing,
        "流式读取时，“year”和各对象列表（departments、units、sections、spendingItems）必须位于“evaluations”之前，以便逐个核对评价；“evaluations”之前缺少：{0}。",
        "For streaming, 'year' and the subject lists (departments, units, sections, spendingItems) must come before 'evaluations', so that each evaluation can be checked as it arrives; missing before it: {0}.");

    internal static readonly MessageTemplate StreamHeaderAfterEvaluations = new(ProblemCodes.RequiredMissing,
        "流式读取时，“kind”和“schemaVersion”必须位于“evaluations”之前。",
        "For streaming, 'kind' and 'schemaVersion' must come before 'evaluations'.");

    // Last resort ------------------------------------------------------------------------------------------

    internal static readonly MessageTemplate ReadingFailed = new(ProblemCodes.InternalError,
        "读取意外失败（{0}：{1}）。请报告此问题。",
        "Reading failed unexpectedly ({0}: {1}). Please report this.");
}
