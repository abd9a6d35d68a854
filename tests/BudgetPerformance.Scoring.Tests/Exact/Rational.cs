using System;
using System.Globalization;
using System.Numerics;
using BudgetPerformance.Grades;

namespace BudgetPerformance.Scoring.Tests.Exact;

/// <summary>
/// An exact rational number for the reference scorer: a BigInteger numerator over a positive BigInteger denominator, in
/// lowest terms. Nothing here shares code with the library's <c>Quotient</c>: every operation is exact, and rounding is
/// done on the fraction itself, per <see cref="RoundingMode"/>.
/// </summary>
public readonly struct Rational : IComparable<Rational>, IEquatable<Rational>
{
    public static readonly Rational Zero = new(BigInteger.Zero, BigInteger.One);
    public static readonly Rational One = new(BigInteger.One, BigInteger.One);

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException();
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        N = numerator;
        D = denominator.IsZero ? BigInteger.One : denominator;
    }

    public BigInteger N { get; }

    public BigInteger D { get; }

    public int Sign => N.Sign;

    /// <summary>The exact value of a decimal: its 96-bit mantissa over 10^scale.</summary>
    public static Rational Of(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = (bits[3] & int.MinValue) != 0;
        return new Rational(negative ? -mantissa : mantissa, BigInteger.Pow(10, scale));
    }

    public static Rational Of(long value) => new(value, BigInteger.One);

    /// <summary>Whether the fraction is a decimal with at most <paramref name="decimals"/> places and fits a decimal.</summary>
    public bool IsDecimal(int decimals = 28)
    {
        var d = D;
        var twos = 0;
        var fives = 0;
        while (d % 2 == 0)
        {
            d /= 2;
            twos++;
        }

        while (d % 5 == 0)
        {
            d /= 5;
            fives++;
        }

        return d.IsOne && Math.Max(twos, fives) <= decimals && BigInteger.Abs(N * BigInteger.Pow(10, Math.Max(twos, fives)) / D) < (BigInteger.One << 96);
    }

    /// <summary>The decimal of a fraction that <see cref="IsDecimal"/> says is one (exact).</summary>
    public decimal ToDecimal()
    {
        var places = 0;
        while (!(BigInteger.Pow(10, places) % D).IsZero)
        {
            places++;
        }

        return Make(N * BigInteger.Pow(10, places) / D, places);
    }

    /// <summary>The decimal of the fraction where it is one; else the fraction cut to what a decimal holds (a generator's nearest).</summary>
    public decimal Fit() => IsDecimal() ? ToDecimal() : Truncate(28);

    /// <summary>The fraction cut (towards 0) to at most <paramref name="decimals"/> places, as a decimal (fewer where 28 digits do not hold them).</summary>
    public decimal Truncate(int decimals)
    {
        while (true)
        {
            var scaled = BigInteger.Divide(N * BigInteger.Pow(10, decimals), D);
            if (BigInteger.Abs(scaled) < (BigInteger.One << 96) || decimals == 0)
            {
                return Make(scaled, decimals);
            }

            decimals--;
        }
    }

    private static decimal Make(BigInteger mantissa, int scale)
    {
        var magnitude = BigInteger.Abs(mantissa);
        var mask = (BigInteger.One << 32) - 1;
        return new decimal(unchecked((int)(uint)(magnitude & mask)), unchecked((int)(uint)((magnitude >> 32) & mask)), unchecked((int)(uint)((magnitude >> 64) & mask)), mantissa.Sign < 0, (byte)scale);
    }

    public static Rational operator +(Rational x, Rational y) => new((x.N * y.D) + (y.N * x.D), x.D * y.D);

    public static Rational operator -(Rational x, Rational y) => new((x.N * y.D) - (y.N * x.D), x.D * y.D);

    public static Rational operator *(Rational x, Rational y) => new(x.N * y.N, x.D * y.D);

    public static Rational operator /(Rational x, Rational y) => new(x.N * y.D, x.D * y.N);

    public static bool operator <(Rational x, Rational y) => x.CompareTo(y) < 0;

    public static bool operator >(Rational x, Rational y) => x.CompareTo(y) > 0;

    public static bool operator <=(Rational x, Rational y) => x.CompareTo(y) <= 0;

    public static bool operator >=(Rational x, Rational y) => x.CompareTo(y) >= 0;

    public static bool operator ==(Rational x, Rational y) => x.Equals(y);

    public static bool operator !=(Rational x, Rational y) => !x.Equals(y);

    public static Rational Abs(Rational x) => new(BigInteger.Abs(x.N), x.D);

    public static Rational Max(Rational x, Rational y) => x >= y ? x : y;

    public static Rational Min(Rational x, Rational y) => x <= y ? x : y;

    /// <summary>The largest integer at most the fraction.</summary>
    public BigInteger Floor() => BigInteger.Divide(N - (N.Sign < 0 ? D - 1 : 0), D);

    /// <summary>The smallest integer at least the fraction.</summary>
    public BigInteger Ceiling() => -new Rational(-N, D).Floor();

    /// <summary>
    /// The fraction rounded to <paramref name="decimals"/> places by <paramref name="mode"/>: with u = x × 10^p, half away from
    /// zero is sign × ⌊|u| + ½⌋, half to even the nearest integer with a midpoint to the even one, up ⌈u⌉ and down ⌊u⌋.
    /// </summary>
    public Rational Round(int decimals, RoundingMode mode)
    {
        var scale = BigInteger.Pow(10, decimals);
        var u = this * new Rational(scale, BigInteger.One);
        var half = new Rational(BigInteger.One, 2);
        BigInteger k;
        switch (mode)
        {
            case RoundingMode.HalfAwayFromZero:
                k = (Abs(u) + half).Floor() * u.Sign;
                break;
            case RoundingMode.HalfToEven:
                {
                    var floor = u.Floor();
                    var rest = u - new Rational(floor, BigInteger.One);
                    var c = rest.CompareTo(half);
                    k = c < 0 ? floor : c > 0 ? floor + 1 : (floor.IsEven ? floor : floor + 1);
                    break;
                }

            case RoundingMode.Up:
                k = u.Ceiling();
                break;
            default:
                k = u.Floor();
                break;
        }

        return new Rational(k, scale);
    }

    public int CompareTo(Rational other) => (N * other.D).CompareTo(other.N * D);

    public bool Equals(Rational other) => N == other.N && D == other.D;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(N, D);

    public override string ToString() => D.IsOne ? N.ToString(CultureInfo.InvariantCulture) : N.ToString(CultureInfo.InvariantCulture) + "/" + D.ToString(CultureInfo.InvariantCulture);
}
