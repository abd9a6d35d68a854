using System;
using System.Text.Json;
using Ardalis.GuardClauses;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json.Reading;
using BudgetPerformance.Rules;
using BudgetPerformance.Targets;

namespace BudgetPerformance.Json;

/// <summary>
/// The one entry point for integrators who use System.Text.Json with their own options: it teaches a
/// <see cref="JsonSerializerOptions"/> the domain types <see cref="Evaluation"/>, <see cref="PerformanceTarget"/>,
/// <see cref="IndicatorFramework"/>, <see cref="BudgetPerformance.Portfolios.Portfolio"/> and <see cref="RuleSet"/>, read and written as the
/// documents of schema version 1 (source-generated; no reflection).
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class BudgetPerformanceJson
{
    /// <summary>The schema version this library reads and writes: 1.</summary>
    public const int SchemaVersion = 1;

    private static readonly Lazy<JsonSerializerOptions> Ready = new(() =>
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }.ConfigureForBudgetPerformance();
        options.MakeReadOnly();
        return options;
    });

    /// <summary>Ready-made, read-only options configured by <see cref="ConfigureForBudgetPerformance"/> (indented, <c>\n</c> line ends).</summary>
    public static JsonSerializerOptions Options => Ready.Value;

    /// <summary>
    /// Configures <paramref name="options"/> for the library: it puts a resolver for the domain types at the front of
    /// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>. Reading a domain type validates the document and throws
    /// <see cref="JsonContractException"/> (a <see cref="JsonException"/>) with the full report when it is not valid.
    /// </summary>
    /// <param name="options">Options that are not yet read-only.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only.</exception>
    public static JsonSerializerOptions ConfigureForBudgetPerformance(this JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The options are read-only; configure them before their first use.");
        }

        if (!options.TypeInfoResolverChain.Contains(DomainTypeResolver.Instance))
        {
            options.TypeInfoResolverChain.Insert(0, DomainTypeResolver.Instance);
        }

        return options;
    }
}
