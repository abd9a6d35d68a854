using System.Collections.Generic;

namespace BudgetPerformance.Internal;

/// <summary>
/// Sums of decimals that report, rather than throw, when they leave the range of <see cref="decimal"/> (about ±7.9 × 10^28):
/// the checks of the model find such sums as problems, without catching an exception.
/// </summary>
internal static class DecimalSum
{
    /// <summary>Adds <paramref name="b"/> to <paramref name="a"/>; false (and 0) when the sum is outside the range.</summary>
    internal static bool TryAdd(decimal a, decimal b, out decimal sum)
    {
        if ((b > 0m && a > decimal.MaxValue - b) || (b < 0m && a < decimal.MinValue - b))
        {
            sum = 0m;
            return false;
        }

        sum = a + b;
        return true;
    }

    /// <summary>The sum of <paramref name="values"/>; false (and 0) when a partial sum leaves the range.</summary>
    internal static bool TryTotal(IEnumerable<decimal> values, out decimal total)
    {
        total = 0m;
        foreach (var value in values)
        {
            if (!TryAdd(total, value, out total))
            {
                return false;
            }
        }

        return true;
    }
}
