using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace BudgetPerformance.Json.Reading;

/// <summary>
/// The magnitudes a document may give the numbers that scoring multiplies and divides, by property name (the same in every
/// document kind): a number there is 0, or its magnitude lies in [<see cref="Range.Smallest"/>, <see cref="Range.Largest"/>].
/// Anything else is <c>number-out-of-range</c> at its JSON path. The schemas carry the same limits (SchemaExport), and
/// docs/quality.md says why each was chosen: no real budget or indicator comes near them, and within them no single formula
/// of scoring can leave the range of <see cref="decimal"/> (about 7.9 × 10^28).
/// </summary>
internal static class NumberLimits
{
    /// <summary>Amounts in yuan: up to 10^15 (1000 万亿, over thirty times China's yearly national spending); a non-zero
    /// amount is at least one fen.</summary>
    internal static readonly Range Amount = new(0.01m, 1_000_000_000_000_000m);

    /// <summary>Targets, actuals, thresholds and step sizes, in the indicator's unit: up to 10^15; a non-zero one at least
    /// 10^-6 (a millionth of the unit).</summary>
    internal static readonly Range Measure = new(0.000001m, 1_000_000_000_000_000m);

    /// <summary>Points and scores: up to 10,000 (a hundred times the national total of 100); non-zero points at least 0.0001,
    /// the finest precision a rule set rounds to.</summary>
    internal static readonly Range Points = new(0.0001m, 10_000m);

    private static readonly FrozenDictionary<string, Range> ByName = new Dictionary<string, Range>(StringComparer.Ordinal)
    {
        ["adjustedBudget"] = Amount,
        ["spent"] = Amount,
        ["budget"] = Amount,
        ["below"] = Amount,
        ["target"] = Measure,
        ["actual"] = Measure,
        ["threshold"] = Measure,
        ["stepSize"] = Measure,
        ["maximum"] = Measure,
        ["points"] = Points,
        ["levelOnePoints"] = Points,
        ["levelTwoPoints"] = Points,
        ["budgetExecutionPoints"] = Points,
        ["requiredTotalPoints"] = Points,
        ["pointsPerStep"] = Points,
        ["assessorScore"] = Points,
        ["recordedScore"] = Points,
        ["recordedTotal"] = Points,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every bounded property name with its range, for the schemas.</summary>
    internal static IReadOnlyDictionary<string, Range> All => ByName;

    /// <summary>The range of a decimal property, or null when its name is not bounded here.</summary>
    internal static Range? Of(string propertyName) => ByName.TryGetValue(propertyName, out var range) ? range : null;

    /// <summary>A range of magnitudes: 0, or from <paramref name="Smallest"/> to <paramref name="Largest"/> (both inclusive), of either sign.</summary>
    internal readonly record struct Range(decimal Smallest, decimal Largest)
    {
        /// <summary>Whether <paramref name="value"/> is 0 or its magnitude lies in the range.</summary>
        internal bool Allows(decimal value)
        {
            var magnitude = Math.Abs(value);
            return magnitude == 0m || (magnitude >= Smallest && magnitude <= Largest);
        }
    }
}
