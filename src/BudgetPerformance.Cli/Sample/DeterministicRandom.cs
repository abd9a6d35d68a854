namespace BudgetPerformance.Cli.Sample;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its seed on every platform and runtime version (used only
/// to generate the synthetic sample data; no clock, no System.Random).
/// </summary>
internal sealed class DeterministicRandom
{
    private ulong state;

    public DeterministicRandom(ulong seed) => state = seed;

    public ulong NextUInt64()
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>An integer in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive) => min + (int)(NextUInt64() % (ulong)(maxExclusive - min));

    /// <summary>A decimal in [min, max] with the given number of decimals.</summary>
    public decimal Decimal(decimal min, decimal max, int decimals)
    {
        var scale = 1m;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10m;
        }

        var steps = (long)((max - min) * scale);
        var pick = (long)(NextUInt64() % (ulong)(steps + 1));
        return decimal.Round(min + pick / scale, decimals, System.MidpointRounding.AwayFromZero);
    }
}
