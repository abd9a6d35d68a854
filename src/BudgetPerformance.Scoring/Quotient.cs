using System;
using BudgetPerformance.Grades;

namespace BudgetPerformance.Scoring;

/// <summary>
/// A score as an exact fraction, numerator ÷ denominator (the denominator above 0), kept so until it is rounded. Every
/// formula multiplies first and divides once, at the end, and <see cref="Round"/> rounds the fraction itself: an exact
/// midpoint such as 69.65 ÷ 14 = 4.975 rounds half up to 4.98, where a quotient rounded on the way (4.97499…) would give 4.97.
/// </summary>
/// <remarks>
/// A value on the stack: no allocation. Numerators and denominators are products of the inputs, exact as long as those
/// products fit in a <see cref="decimal"/> (28 significant digits).
/// </remarks>
internal readonly struct Quotient
{
    public static readonly Quotient Zero = new(0m, 1m);

    // 10^-p and 10^p for the precisions 0–4 of a Rounding, and how near (in units of the last decimal kept) a quotient must come
    // to an edge of the rounding before the edge is checked exactly: a decimal quotient is off by at most one unit of its 28th
    // significant digit, far less than 10^-12 units for any score below 10^11.
    private static readonly decimal[] Units = [1m, 0.1m, 0.01m, 0.001m, 0.0001m];
    private static readonly decimal[] Powers = [1m, 10m, 100m, 1000m, 10000m];
    private const decimal Near = 0.000000000001m;

    public Quotient(decimal numerator, decimal denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    public decimal Numerator { get; }

    public decimal Denominator { get; }

    /// <summary>The fraction as one decimal: the single division (none when the denominator is 1).</summary>
    public decimal Value => Denominator == 1m ? Numerator : Numerator / Denominator;

    public bool IsNegative => Numerator < 0m;

    public static Quotient Of(decimal value) => new(value, 1m);

    /// <summary>Whether this fraction is above <paramref name="other"/>, compared exactly (cross-multiplied).</summary>
    public bool IsAbove(Quotient other) => Numerator * other.Denominator > other.Numerator * Denominator;

    /// <summary>This fraction times <paramref name="value"/>.</summary>
    public Quotient Times(decimal value) => new(Numerator * value, Denominator);

    /// <summary>This fraction less <paramref name="other"/>, over the product of the denominators.</summary>
    public Quotient Minus(Quotient other) =>
        Denominator == other.Denominator
            ? new(Numerator - other.Numerator, Denominator)
            : new((Numerator * other.Denominator) - (other.Numerator * Denominator), Denominator * other.Denominator);

    /// <summary>
    /// The fraction rounded to <paramref name="rounding"/>'s precision by its mode (with exactly that many decimals), decided on
    /// the exact fraction: the quotient chooses the result, and where it lies near an edge of the rounding (a multiple of the
    /// last decimal for up and down, a midpoint for the half modes) the side of the edge is settled by cross-multiplying, never
    /// by the rounded quotient. Exact for every score below 10^11 whose numerator and denominator are exact.
    /// </summary>
    public decimal Round(Rounding rounding) => rounding.Apply(Denominator == 1m ? Numerator : Decide(rounding));

    // The quotient where it is far from every edge (Apply rounds it), else the exact result, a multiple of the unit.
    private decimal Decide(Rounding rounding)
    {
        var q = Numerator / Denominator;
        var p = rounding.Decimals;
        var units = q * Powers[p]; // exact: a shift of the scale
        var floor = decimal.Floor(units);
        var fraction = units - floor;
        var unit = Units[p];
        if (rounding.Mode is RoundingMode.Up or RoundingMode.Down)
        {
            if (fraction > Near && fraction < 1m - Near)
            {
                return q;
            }

            // Near the multiple E of the unit: the exact fraction is at E, above it or below it.
            var edge = (fraction <= Near ? floor : floor + 1m) * unit;
            var side = Side(edge);
            return rounding.Mode == RoundingMode.Down
                ? (side >= 0 ? edge : edge - unit)
                : (side <= 0 ? edge : edge + unit);
        }

        var fromMidpoint = fraction - 0.5m;
        if (fromMidpoint > Near || fromMidpoint < -Near)
        {
            return q;
        }

        // Near the midpoint between floor and floor + 1 units: above it rounds up, below it down, on it by the mode.
        var lower = floor * unit;
        var upper = lower + unit;
        var at = Side(lower + (unit / 2m));
        if (at != 0)
        {
            return at > 0 ? upper : lower;
        }

        if (rounding.Mode == RoundingMode.HalfAwayFromZero)
        {
            return q >= 0m ? upper : lower;
        }

        return decimal.Remainder(floor, 2m) == 0m ? lower : upper;
    }

    /// <summary>The sign of this fraction less <paramref name="value"/>, exactly: numerator against value × denominator.</summary>
    private int Side(decimal value) => Math.Sign(Numerator - (value * Denominator));
}
