using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Catalog;

namespace BudgetPerformance.Json;

/// <summary>
/// The built-in indicator frameworks, shipped as embedded JSON resources (reviewable as data) and loaded once,
/// on first use. Ids:
/// <list type="bullet">
/// <item><c>project-self-evaluation-2020</c>: the 财预〔2020〕10号 self-evaluation template (产出 50 / 效益 30 / 满意度 10, budget execution 10);</item>
/// <item><c>project-evaluation-2020</c>: the 财预〔2020〕10号 reference evaluation framework (决策/过程/产出/效益);</item>
/// <item><c>project-2013</c> and <c>whole-department-2013</c>: the 财预〔2013〕53号 common frameworks;</item>
/// <item><c>whole-budget-2013</c>: the 财预〔2013〕53号 whole-budget framework, levels 1 and 2 only, with unverified placeholders below;</item>
/// <item><c>agriculture-development</c>: an individual library for agricultural development projects (农业开发项目).</item>
/// </list>
/// </summary>
/// <remarks>Thread-safe: the catalogue is immutable once loaded.</remarks>
public static class IndicatorCatalog
{
    private static readonly string[] ResourceIds =
    [
        "project-self-evaluation-2020",
        "project-evaluation-2020",
        "project-2013",
        "whole-department-2013",
        "whole-budget-2013",
        "agriculture-development",
    ];

    private static readonly Lazy<ReadOnlyCollection<IndicatorFramework>> Loaded = new(Load);

    /// <summary>Every built-in framework, in the order listed above.</summary>
    public static IReadOnlyList<IndicatorFramework> BuiltIn => Loaded.Value;

    /// <summary>Finds a built-in framework by id (ordinal).</summary>
    /// <param name="id">The id.</param>
    /// <param name="framework">The framework, when found.</param>
    public static bool TryGet(string id, [NotNullWhen(true)] out IndicatorFramework? framework)
    {
        Guard.Against.Null(id);
        framework = Loaded.Value.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
        return framework is not null;
    }

    /// <summary>The built-in framework with the id.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No built-in framework has the id.</exception>
    public static IndicatorFramework Get(string id) =>
        TryGet(id, out var framework) ? framework : throw new KeyNotFoundException($"There is no built-in framework '{id}'.");

    /// <summary>
    /// Reads the embedded frameworks afresh, without the cache behind <see cref="BuiltIn"/>: a test calls it so that the
    /// mutation run's per-test coverage sees the loader run in that test, not in whichever test touched the cache first.
    /// </summary>
    internal static ReadOnlyCollection<IndicatorFramework> Load()
    {
        var assembly = typeof(IndicatorCatalog).Assembly;
        var frameworks = new List<IndicatorFramework>();
        foreach (var id in ResourceIds)
        {
            var name = $"BudgetPerformance.Json.Catalog.{id}.json";
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
            var framework = Json.JsonDocuments.IndicatorFramework.Read(stream);
            if (!string.Equals(framework.Id, id, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The resource {name} holds the framework {framework.Id}.");
            }

            frameworks.Add(framework);
        }

        return frameworks.AsReadOnly();
    }
}
