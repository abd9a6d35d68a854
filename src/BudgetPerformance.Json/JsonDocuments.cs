using System.Collections.Generic;
using System.IO;
using System.Threading;
using Ardalis.GuardClauses;
using BudgetPerformance.Calendars;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Json.Reading;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Rules;
using BudgetPerformance.Targets;

namespace BudgetPerformance.Json;

/// <summary>
/// The JSON documents of schema version 1, one <see cref="JsonDocumentFormat{T}"/> per kind, and the streaming
/// portfolio reader. See docs/json/ for the fields of each kind and docs/schemas/ for their JSON Schemas.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class JsonDocuments
{
    internal static readonly Codec<FrameworkDocument, IndicatorFramework> FrameworkCodec =
        new(DocumentKinds.IndicatorFramework, ContractJson.TypeInfo<FrameworkDocument>(), (m, d, p) => m.Framework(d, p), Mapper.ToContract);

    internal static readonly Codec<PerformanceTargetDocument, PerformanceTarget> TargetCodec =
        new(DocumentKinds.PerformanceTarget, ContractJson.TypeInfo<PerformanceTargetDocument>(), (m, d, p) => m.Target(d, p), Mapper.ToTargetDocument);

    internal static readonly Codec<EvaluationDocument, Evaluation> EvaluationCodec =
        new(DocumentKinds.Evaluation, ContractJson.TypeInfo<EvaluationDocument>(), (m, d, p) => m.Evaluation(d, p), Mapper.ToEvaluationDocument);

    internal static readonly Codec<PortfolioDocument, Portfolio> PortfolioCodec =
        new(DocumentKinds.Portfolio, ContractJson.TypeInfo<PortfolioDocument>(), (m, d, p) => m.Portfolio(d, p), Mapper.ToContract);

    internal static readonly Codec<RuleSetDocument, RuleSet> RuleSetCodec =
        new(DocumentKinds.RuleSet, ContractJson.TypeInfo<RuleSetDocument>(), (m, d, p) => m.RuleSet(d, p), Mapper.ToContract);

    internal static readonly Codec<CalendarDocument, HolidayCalendar> CalendarCodec =
        new(DocumentKinds.WorkingDayCalendar, ContractJson.TypeInfo<CalendarDocument>(), (m, d, p) => m.Calendar(d, p), Mapper.ToContract);

    /// <summary>Indicator frameworks (<c>indicator-framework</c>), the shape of the built-in catalogue.</summary>
    public static JsonDocumentFormat<IndicatorFramework> IndicatorFramework { get; } = new(FrameworkCodec);

    /// <summary>Performance targets (<c>performance-target</c>).</summary>
    public static JsonDocumentFormat<PerformanceTarget> PerformanceTarget { get; } = new(TargetCodec);

    /// <summary>Evaluations (<c>evaluation</c>), nested or as flat form rows.</summary>
    public static JsonDocumentFormat<Evaluation> Evaluation { get; } = new(EvaluationCodec);

    /// <summary>Portfolios of one fiscal year (<c>portfolio</c>).</summary>
    public static JsonDocumentFormat<Portfolio> Portfolio { get; } = new(PortfolioCodec);

    /// <summary>Rule sets (<c>rule-set</c>): the envelope and the grading family.</summary>
    public static JsonDocumentFormat<RuleSet> RuleSet { get; } = new(RuleSetCodec);

    /// <summary>Working-day calendars (<c>working-day-calendar</c>): the official holidays and make-up working days of the years they cover.</summary>
    public static JsonDocumentFormat<HolidayCalendar> WorkingDayCalendar { get; } = new(CalendarCodec);

    /// <summary>
    /// Reads the evaluations of a portfolio document one at a time, so that memory does not grow with the size of the
    /// stream: only one evaluation (or other top-level value) is held at once. The other top-level properties are
    /// validated as they pass; each evaluation is validated fully, and its subject and year are checked against the
    /// subject lists and year that precede the <c>evaluations</c> array (writers put it last). It stops at the first
    /// invalid part; <see cref="ReadPortfolioEntriesAsync"/> refuses a bad evaluation and reads on.
    /// </summary>
    /// <param name="utf8Json">The stream of UTF-8; not closed.</param>
    /// <param name="limits">The limits, or null for the defaults; <see cref="JsonReadLimits.MaxDocumentBytes"/> bounds each single top-level value
    /// (counted with its name and the separator and blanks before it) or evaluation (counted with the comma before it), however the
    /// stream delivers it, and <see cref="JsonReadLimits.MaxArrayLength"/> does not count evaluations.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The evaluations, in document order.</returns>
    /// <exception cref="JsonContractException">When enumerated: the document or an evaluation is not valid; the report lists every problem of that part
    /// (paths such as <c>$.evaluations[12].records[0].actual</c>). Evaluations before it have been yielded.</exception>
    public static IAsyncEnumerable<Evaluation> ReadPortfolioEvaluationsAsync(Stream utf8Json, JsonReadLimits? limits = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(utf8Json);
        return new PortfolioStreamReader(utf8Json, limits ?? JsonReadLimits.Default).ReadAsync(cancellationToken);
    }

    /// <summary>
    /// Reads a portfolio document from a stream as <see cref="ReadPortfolioEvaluationsAsync"/> does (one evaluation held at
    /// a time, each validated fully and checked against the portfolio by the same check as the document reader), but never
    /// throws for bad data: an evaluation that is not valid is an entry with its report (code, path, and its id when the
    /// document gives one), and the reading goes on with the next one, so that every readable evaluation is read. A problem
    /// that leaves nothing more to read (malformed or truncated JSON, a part larger than the limit, a problem outside the
    /// evaluations, the subject lists after <c>evaluations</c>) is the last entry, with <see cref="PortfolioStreamEntry.StopsReading"/>.
    /// </summary>
    /// <param name="utf8Json">The stream of UTF-8; not closed.</param>
    /// <param name="limits">The limits, or null for the defaults, as for <see cref="ReadPortfolioEvaluationsAsync"/>.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The entries, in document order: the document is valid when none is refused.</returns>
    public static IAsyncEnumerable<PortfolioStreamEntry> ReadPortfolioEntriesAsync(Stream utf8Json, JsonReadLimits? limits = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(utf8Json);
        return new PortfolioStreamReader(utf8Json, limits ?? JsonReadLimits.Default).ReadEntriesAsync(cancellationToken);
    }
}
