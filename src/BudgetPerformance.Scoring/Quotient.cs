using System;
using System.Numerics;
using BudgetPerformance.Grades;

namespace BudgetPerformance.Scoring;

/// <summary>
/// A score as an exact fraction, numerator ÷ denominator (the denominator above 0), kept so until it is rounded. Every
/// formula multiplies first and divides once, at the end, and <see cref="Round"/> rounds the fraction itself: an exact
/// midpoint such as 69.65 ÷ 14 = 4.975 rounds half up to 4.98, where a quotient rounded on the way (4.97499…) would give 4.97.
/// </summary>
/// <remarks>
/// A value on the stack. Numerator and denominator are decimals while every step is exact, which a decimal shows by its scale
/// (a product keeps the sum of its factors' scales, a sum the larger scale, unless digits were dropped); a step that would drop
/// a digit or overflow makes the fraction wide (<c>Quotient.Wide.cs</c>): BigInteger numerator and denominator, exact on every
/// input, allocating only then. Inputs with up to about fourteen significant digits never leave the decimals.
/// </remarks>
internal readonly partial struct Quotient
{
    public static readonly Quotient Zero = new(0m, 1m);

    // 10^-p and 10^p for the precisions 0–4 of a Rounding, and how near (in units of the last decimal kept) a quotient must come
    // to an edge of the rounding before the edge is checked exactly: a decimal quotient of exact decimals is off by at most one
    // unit of its 28th significant digit, far less than 10^-12 units for any score below 10^11.
    private static readonly decimal[] Units = [1m, 0.1m, 0.01m, 0.001m, 0.0001m];
    private static readonly decimal[] Powers = [1m, 10m, 100m, 1000m, 10000m];
    private const decimal Near = 0.000000000001m;

    // Beyond these magnitudes a decimal product or sum might overflow: the step is made wide instead.
    private const decimal SafeFactor = 100_000_000_000_000m; // 10^14: a product of two stays below 10^28
    private const decimal SafeTerm = 10_000_000_000_000_000_000_000_000_000m; // 10^28

    private readonly decimal numerator;
    private readonly decimal denominator;
    private readonly BigInteger wideNumerator; // the wide form (Quotient.Wide.cs)
    private readonly BigInteger wideDenominator; // 0: not wide

    public Quotient(decimal numerator, decimal denominator)
    {
        if (denominator < 0m)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        this.numerator = numerator;
        this.denominator = denominator;
    }

    /// <summary>The fraction as one decimal: the single division (none when the denominator is 1), to 28 significant digits.</summary>
    public decimal Value => IsWide ? WideValue() : denominator == 1m ? numerator : numerator / denominator;

    public bool IsNegative => Sign < 0;

    public int Sign => IsWide ? wideNumerator.Sign : Math.Sign(numerator);

    public static Quotient Of(decimal value) => new(value, 1m);

    /// <summary>The value when it is a decimal with nothing to divide (an assessor's score, a whole share), else false.</summary>
    public bool TryGetDecimal(out decimal value)
    {
        value = numerator;
        return !IsWide && denominator == 1m;
    }

    /// <summary>Whether this fraction is above <paramref name="other"/>, compared exactly.</summary>
    public bool IsAbove(Quotient other) => CompareTo(other) > 0;

    /// <summary>The sign of this fraction less <paramref name="other"/>, exactly (cross-multiplied).</summary>
    public int CompareTo(Quotient other)
    {
        if (!IsWide && !other.IsWide && Product(numerator, other.denominator, out var left) && Product(other.numerator, denominator, out var right))
        {
            return left.CompareTo(right);
        }

        return Widen().WideCompareTo(other.Widen());
    }

    /// <summary>This fraction times <paramref name="value"/>.</summary>
    public Quotient Times(decimal value) =>
        !IsWide && Product(numerator, value, out var n) ? new(n, denominator) : Widen().WideTimes(Widen(value));

    /// <summary>This fraction times <paramref name="other"/>.</summary>
    public Quotient Times(Quotient other) =>
        !IsWide && !other.IsWide && Product(numerator, other.numerator, out var n) && Product(denominator, other.denominator, out var d)
            ? new(n, d)
            : Widen().WideTimes(other.Widen());

    /// <summary>This fraction divided by <paramref name="value"/> (not 0).</summary>
    public Quotient Over(decimal value) =>
        !IsWide && Product(denominator, value, out var d) ? new(numerator, d) : Widen().WideTimes(Widen(value).Inverse());

    /// <summary>This fraction divided by <paramref name="other"/> (not 0).</summary>
    public Quotient Over(Quotient other) =>
        !IsWide && !other.IsWide && Product(numerator, other.denominator, out var n) && Product(denominator, other.numerator, out var d)
            ? new(n, d)
            : Widen().WideTimes(other.Widen().Inverse());

    /// <summary>This fraction less <paramref name="other"/>, over the product of the denominators.</summary>
    public Quotient Minus(Quotient other)
    {
        if (!IsWide && !other.IsWide)
        {
            if (denominator == other.denominator && Difference(numerator, other.numerator, out var same))
            {
                return new(same, denominator);
            }

            if (Product(numerator, other.denominator, out var left) && Product(other.numerator, denominator, out var right)
                && Difference(left, right, out var n) && Product(denominator, other.denominator, out var d))
            {
                return new(n, d);
            }
        }

        return Widen().WideMinus(other.Widen());
    }

    /// <summary>The difference of two decimals, exactly.</summary>
    public static Quotient Difference(decimal x, decimal y) => Difference(x, y, out var d) ? Of(d) : Widen(x).WideMinus(Widen(y));

    /// <summary>The product of two decimals, exactly.</summary>
    public static Quotient Product(decimal x, decimal y) => Product(x, y, out var p) ? Of(p) : Widen(x).WideTimes(Widen(y));

    /// <summary>The largest whole number at most this fraction.</summary>
    public decimal Floor()
    {
        if (IsWide)
        {
            return WideFloor();
        }

        // The decimal quotient may be off by one unit of its last digit, enough to cross a whole number: settle it exactly.
        var whole = decimal.Floor(Value);
        if (IsAbove(Of(whole + 1m)) || CompareTo(Of(whole + 1m)) == 0)
        {
            return whole + 1m;
        }

        return CompareTo(Of(whole)) < 0 ? whole - 1m : whole;
    }

    /// <summary>
    /// The fraction rounded to <paramref name="rounding"/>'s precision by its mode (with exactly that many decimals), decided on
    /// the exact fraction: the quotient chooses the result, and where it lies near an edge of the rounding (a multiple of the
    /// last decimal for up and down, a midpoint for the half modes) the side of the edge is settled exactly, never by the
    /// rounded quotient. Exact for every score below 10^11.
    /// </summary>
    public decimal Round(Rounding rounding)
    {
        if (IsWide)
        {
            return rounding.Apply(WideRound(rounding));
        }

        return rounding.Apply(denominator == 1m ? numerator : Decide(rounding));
    }

    // The quotient where it is far from every edge (Apply rounds it), else the exact result, a multiple of the unit.
    private decimal Decide(Rounding rounding)
    {
        var q = numerator / denominator;
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
            var side = CompareTo(Of(edge));
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
        var at = CompareTo(Of(lower + (unit / 2m)));
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

    // x × y, true when it is exact: a decimal product keeps the sum of the scales unless it dropped digits. Factors whose
    // product could overflow are not multiplied here.
    private static bool Product(decimal x, decimal y, out decimal product)
    {
        if (x.Scale + y.Scale > 28 || (Math.Abs(x) >= SafeFactor || Math.Abs(y) >= SafeFactor) && MightOverflow(Math.Abs(x), Math.Abs(y)))
        {
            product = 0m;
            return false;
        }

        product = x * y;
        return product.Scale == x.Scale + y.Scale;
    }

    private static bool MightOverflow(decimal x, decimal y) => x > 1m && y > 1m && y >= SafeTerm / x;

    // x − y, true when it is exact: a decimal sum keeps the larger scale unless it dropped digits.
    private static bool Difference(decimal x, decimal y, out decimal difference)
    {
        if (Math.Abs(x) >= SafeTerm || Math.Abs(y) >= SafeTerm)
        {
            difference = 0m;
            return false;
        }

        difference = x - y;
        return difference.Scale == Math.Max(x.Scale, y.Scale);
    }
}
