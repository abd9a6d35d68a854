using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Json;

/// <summary>
/// The named rule-set presets shipped as embedded JSON (reviewable as data, in <c>src/BudgetPerformance.Json/Presets/</c>).
/// They are data the caller chooses by id, never a default the library chooses. Integrators derive their own preset
/// from one of these in JSON and read it with <see cref="JsonDocuments.RuleSet"/>.
/// <list type="bullet">
/// <item><c>national-2020</c>: 财预〔2020〕10号 defaults, with the deployed-system defaults RULES.md names, vendor-style monitoring colours, the national admission and review checks, and the national result rule.</item>
/// <item><c>linqu-county-2021</c>: the seed's county — national scoring, and "not 优 or 良 → cut by at least 10%".</item>
/// <item><c>sichuan-2025</c>: Sichuan's monitoring checkpoints and result table.</item>
/// <item><c>korea-sabp</c>: Korea's result rules, for comparison.</item>
/// <item><c>example-budget20-ratio</c> and <c>example-uncapped-1dp</c>: illustrative variants that show the variation axes (not real jurisdictions).</item>
/// </list>
/// </summary>
/// <remarks>Loaded once, on first use; thread-safe.</remarks>
public static class RuleSetPresets
{
    private static readonly string[] Ids = ["national-2020", "linqu-county-2021", "sichuan-2025", "korea-sabp", "example-budget20-ratio", "example-uncapped-1dp"];

    private static readonly Lazy<ReadOnlyCollection<RuleSet>> Loaded = new(Load);

    /// <summary>Every preset, in the order listed above.</summary>
    public static IReadOnlyList<RuleSet> All => Loaded.Value;

    /// <summary>Finds a preset by id (ordinal).</summary>
    /// <param name="id">The id.</param>
    /// <param name="ruleSet">The rule set, when found.</param>
    public static bool TryGet(string id, [NotNullWhen(true)] out RuleSet? ruleSet)
    {
        Guard.Against.Null(id);
        ruleSet = Loaded.Value.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        return ruleSet is not null;
    }

    /// <summary>The preset with the id.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No preset has the id.</exception>
    public static RuleSet Get(string id) =>
        TryGet(id, out var ruleSet) ? ruleSet : throw new KeyNotFoundException($"There is no rule-set preset '{id}'. Presets: {string.Join(", ", Ids)}.");

    /// <summary>The JSON text of a preset exactly as shipped.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No preset has the id.</exception>
    public static string GetJson(string id)
    {
        Guard.Against.Null(id);
        if (!Ids.Contains(id, StringComparer.Ordinal))
        {
            throw new KeyNotFoundException($"There is no rule-set preset '{id}'.");
        }

        using var stream = Open(id);
        using var reader = new System.IO.StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static System.IO.Stream Open(string id)
    {
        var name = $"BudgetPerformance.Json.Presets.{id}.json";
        return typeof(RuleSetPresets).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The embedded preset {name} is missing.");
    }

    private static ReadOnlyCollection<RuleSet> Load()
    {
        var list = new List<RuleSet>();
        foreach (var id in Ids)
        {
            using var stream = Open(id);
            var ruleSet = JsonDocuments.RuleSet.Read(stream);
            if (!string.Equals(ruleSet.Id, id, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The preset file {id}.json holds the rule set {ruleSet.Id}.");
            }

            list.Add(ruleSet);
        }

        return list.AsReadOnly();
    }
}
