using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BudgetPerformance.Calendars;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Targets;

namespace BudgetPerformance.Json.Reading;

/// <summary>Resolves the domain types of the six document kinds to their converters (no reflection).</summary>
internal sealed class DomainTypeResolver : IJsonTypeInfoResolver
{
    internal static readonly DomainTypeResolver Instance = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(Evaluation))
        {
            return JsonMetadataServices.CreateValueInfo<Evaluation>(options, new DocumentConverter<EvaluationDocument, Evaluation>(JsonDocuments.EvaluationCodec));
        }

        if (type == typeof(PerformanceTarget))
        {
            return JsonMetadataServices.CreateValueInfo<PerformanceTarget>(options, new DocumentConverter<PerformanceTargetDocument, PerformanceTarget>(JsonDocuments.TargetCodec));
        }

        if (type == typeof(Catalog.IndicatorFramework))
        {
            return JsonMetadataServices.CreateValueInfo<Catalog.IndicatorFramework>(options, new DocumentConverter<FrameworkDocument, Catalog.IndicatorFramework>(JsonDocuments.FrameworkCodec));
        }

        if (type == typeof(Portfolio))
        {
            return JsonMetadataServices.CreateValueInfo<Portfolio>(options, new DocumentConverter<PortfolioDocument, Portfolio>(JsonDocuments.PortfolioCodec));
        }

        if (type == typeof(Rules.RuleSet))
        {
            return JsonMetadataServices.CreateValueInfo<Rules.RuleSet>(options, new DocumentConverter<RuleSetDocument, Rules.RuleSet>(JsonDocuments.RuleSetCodec));
        }

        if (type == typeof(HolidayCalendar))
        {
            return JsonMetadataServices.CreateValueInfo<HolidayCalendar>(options, new DocumentConverter<CalendarDocument, HolidayCalendar>(JsonDocuments.CalendarCodec));
        }

        return null;
    }
}
