using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetPerformance.Catalog;

// The shape of an indicator-framework document (schema version 1), as the built-in catalogue stores it.
// Internal: the public JSON contracts are a separate layer; these types only read trusted embedded data.
internal sealed class FrameworkDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required string Id { get; init; }

    public required NameDocument Title { get; init; }

    public required string Scope { get; init; }

    public required string Origin { get; init; }

    public string? Sector { get; init; }

    public required string Source { get; init; }

    public required string Weighting { get; init; }

    public required decimal BudgetExecutionPoints { get; init; }

    public required List<LevelOneDocument> Groups { get; init; }
}

internal sealed class NameDocument
{
    public required string Zh { get; init; }

    public required string En { get; init; }
}

internal sealed class LevelOneDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Class { get; init; }

    public required decimal Points { get; init; }

    public required string Source { get; init; }

    public required bool Verified { get; init; }

    public required List<LevelTwoDocument> Children { get; init; }
}

internal sealed class LevelTwoDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Class { get; init; }

    public required decimal Points { get; init; }

    public required string Source { get; init; }

    public required bool Verified { get; init; }

    public required List<LevelThreeDocument> Indicators { get; init; }
}

internal sealed class LevelThreeDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Direction { get; init; }

    public decimal? Target { get; init; }

    public string? Unit { get; init; }

    public required string ValueBasis { get; init; }

    public required decimal Points { get; init; }

    public string? Explanation { get; init; }

    public required string Source { get; init; }

    public required bool Verified { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(FrameworkDocument))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;

/// <summary>Maps framework documents to the domain (strings to enumerations and classes).</summary>
internal static class FrameworkMapper
{
    internal static IndicatorFramework Read(Stream stream)
    {
        var document = JsonSerializer.Deserialize(stream, CatalogJsonContext.Default.FrameworkDocument)
            ?? throw new InvalidDataException("The framework document is null.");
        return Map(document);
    }

    internal static IndicatorFramework Map(FrameworkDocument d)
    {
        if (d.Kind != "indicator-framework" || d.SchemaVersion != 1)
        {
            throw new InvalidDataException($"Expected an indicator-framework document of schema version 1, not {d.Kind} {d.SchemaVersion}.");
        }

        var provenance = new Dictionary<IndicatorCode, Provenance>();
        var groups = d.Groups.Select(one =>
        {
            provenance.Add(new IndicatorCode(one.Code), new Provenance(one.Source, one.Verified));
            var twos = one.Children.Select(two =>
            {
                provenance.Add(new IndicatorCode(two.Code), new Provenance(two.Source, two.Verified));
                var threes = two.Indicators.Select(three =>
                {
                    provenance.Add(new IndicatorCode(three.Code), new Provenance(three.Source, three.Verified));
                    var direction = EnumText.ParseDirection(three.Direction);
                    return new LevelThreeIndicator(
                        new IndicatorCode(three.Code),
                        three.Name,
                        direction == Direction.Qualitative ? IndicatorKind.Qualitative : IndicatorKind.Quantitative,
                        direction,
                        three.Target,
                        three.Unit,
                        EnumText.Parse<ValueBasis>(three.ValueBasis),
                        three.Points,
                        three.Explanation);
                });
                return new LevelTwoIndicator(new IndicatorCode(two.Code), two.Name, Class(2, two.Class), two.Points, threes.ToList());
            });
            return new LevelOneIndicator(new IndicatorCode(one.Code), one.Name, Class(1, one.Class), one.Points, twos.ToList());
        }).ToList();

        var tree = new IndicatorTree(EnumText.Parse<IndicatorWeighting>(d.Weighting), groups);
        Sector? sector = null;
        if (d.Sector is not null)
        {
            sector = BudgetPerformance.Sector.TryGetBuiltIn(d.Sector, out var s) ? s : throw new InvalidDataException($"Unknown sector '{d.Sector}'.");
        }

        return new IndicatorFramework(
            d.Id,
            new LocalizedName(d.Title.Zh, d.Title.En),
            EnumText.Parse<FrameworkScope>(d.Scope),
            EnumText.Parse<FrameworkOrigin>(d.Origin),
            sector,
            d.Source,
            d.BudgetExecutionPoints,
            tree,
            provenance);
    }

    private static IndicatorClass Class(int level, string code) =>
        IndicatorClass.TryGetBuiltIn(level, code, out var c) ? c : throw new InvalidDataException($"Unknown level-{level} class '{code}'.");
}
