using System.Numerics;
using BudgetPerformance.Grades;

namespace BudgetPerformance.Scoring;

// The wide form of a Quotient: BigInteger numerator and denominator in lowest terms, for the rare fraction whose decimal steps
// would drop a digit (inputs with many significant digits, or of very different magnitudes). Exact on every input.
internal readonly partial struct Quotient
{
    private static readonly BigInteger Mantissa = BigInteger.One << 96;

    private Quotient(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (gcd > BigInteger.One)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        this.numerator = 0m;
        this.denominator = 1m;
        wideNumerator = numerator;
        wideDenominator = denominator;
    }

    private bool IsWide => !wideDenominator.IsZero;

    /// <summary>This fraction in its wide form.</summary>
    private Quotient Widen()
    {
        if (IsWide)
        {
            return this;
        }

        var n = Widen(numerator);
        var d = Widen(denominator);
        return new Quotient(n.wideNumerator * d.wideDenominator, n.wideDenominator * d.wideNumerator);
    }

    /// <summary>A decimal in the wide form: its mantissa over 10^scale.</summary>
    private static Quotient Widen(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        return new Quotient(value < 0m ? -mantissa : mantissa, BigInteger.Pow(10, value.Scale));
    }

    private Quotient WideTimes(Quotient other) => new(wideNumerator * other.wideNumerator, wideDenominator * other.wideDenominator);

    private Quotient WideMinus(Quotient other) =>
        new((wideNumerator * other.wideDenominator) - (other.wideNumerator * wideDenominator), wideDenominator * other.wideDenominator);

    private int WideCompareTo(Quotient other) => (wideNumerator * other.wideDenominator).CompareTo(other.wideNumerator * wideDenominator);

    private Quotient Inverse() => new(wideDenominator, wideNumerator);

    private decimal WideFloor() => ToDecimal(FloorOf(wideNumerator, wideDenominator), 0);

    // n ÷ d to 28 significant digits (the most decimals that keep the mantissa within 96 bits).
    private decimal WideValue()
    {
        for (var scale = 28; scale > 0; scale--)
        {
            var q = BigInteger.Divide(wideNumerator * BigInteger.Pow(10, scale), wideDenominator);
            if (BigInteger.Abs(q) < Mantissa)
            {
                return ToDecimal(q, scale);
            }
        }

        return ToDecimal(BigInteger.Divide(wideNumerator, wideDenominator), 0);
    }

    // The exact rounding: u = n × 10^p ÷ d, to a whole number by the mode, over 10^p.
    private decimal WideRound(Rounding rounding)
    {
        var scale = BigInteger.Pow(10, rounding.Decimals);
        var n = wideNumerator * scale;
        var d = wideDenominator;
        var floor = FloorOf(n, d);
        var rest = n - (floor * d); // 0 ≤ rest < d
        BigInteger k;
        if (rest.IsZero)
        {
            k = floor;
        }
        else if (rounding.Mode == RoundingMode.Down)
        {
            k = floor;
        }
        else if (rounding.Mode == RoundingMode.Up)
        {
            k = floor + 1;
        }
        else
        {
            var side = (rest * 2).CompareTo(d);
            k = side < 0 ? floor
                : side > 0 ? floor + 1
                : rounding.Mode == RoundingMode.HalfAwayFromZero ? (n.Sign >= 0 ? floor + 1 : floor)
                : (floor.IsEven ? floor : floor + 1);
        }

        return ToDecimal(k, rounding.Decimals);
    }

    private static BigInteger FloorOf(BigInteger n, BigInteger d)
    {
        var q = BigInteger.DivRem(n, d, out var r);
        return r.Sign < 0 ? q - 1 : q; // d > 0
    }

    // mantissa ÷ 10^scale as a decimal; a mantissa beyond 96 bits cannot be a decimal (the caller's input was out of range).
    private static decimal ToDecimal(BigInteger mantissa, int scale)
    {
        var magnitude = BigInteger.Abs(mantissa);
        if (magnitude >= Mantissa)
        {
            return (decimal)mantissa; // throws OverflowException, as decimal arithmetic would
        }

        var mask = uint.MaxValue;
        return new decimal(unchecked((int)(uint)(magnitude & mask)), unchecked((int)(uint)((magnitude >> 32) & mask)), unchecked((int)(uint)((magnitude >> 64) & mask)), mantissa.Sign < 0, (byte)scale);
    }
}
