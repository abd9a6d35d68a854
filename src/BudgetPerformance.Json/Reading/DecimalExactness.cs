using System;
using System.Globalization;

namespace BudgetPerformance.Json.Reading;

/// <summary>
/// Whether a decimal read from a JSON number holds the number exactly. <see cref="System.Text.Json.Utf8JsonReader.TryGetDecimal"/>
/// rounds what it cannot hold: a 31-digit number to 28 or 29 significant digits, <c>1.5e-30</c> to 28 places, <c>0.1e-400</c>
/// to 0. The literal and the decimal are each reduced to their significant digits (no leading zeros, no trailing zeros)
/// and the power of ten of the last one, and compared: <c>1.50</c>, <c>1e2</c> and <c>100e-30</c> are exact; a literal
/// with more significant digits than the decimal kept, or a non-zero literal read as 0, is not.
/// </summary>
internal static class DecimalExactness
{
    // An exponent beyond this is saturated: no decimal comes near it, so the comparison fails as it should.
    private const long ExponentCap = 1_000_000_000_000L;

    /// <summary>Whether <paramref name="value"/> is exactly the number written as <paramref name="literal"/> (a valid JSON number).</summary>
    internal static bool Holds(ReadOnlySpan<byte> literal, decimal value)
    {
        var (digits, exponent) = Significant(literal);
        if (digits.Length == 0)
        {
            return value == 0m;
        }

        var (held, heldExponent) = Significant(System.Text.Encoding.ASCII.GetBytes(Math.Abs(value).ToString(CultureInfo.InvariantCulture)));
        return exponent == heldExponent && digits.SequenceEqual(held);
    }

    // The significant digits of a JSON number (none for zero) and the power of ten of the last of them.
    private static (byte[] Digits, long Exponent) Significant(ReadOnlySpan<byte> number)
    {
        var i = 0;
        if (i < number.Length && number[i] == (byte)'-')
        {
            i++;
        }

        var mantissa = new System.Collections.Generic.List<byte>();
        long exponent = 0;
        var fraction = false;
        for (; i < number.Length && number[i] is not ((byte)'e' or (byte)'E'); i++)
        {
            if (number[i] == (byte)'.')
            {
                fraction = true;
                continue;
            }

            if (mantissa.Count > 0 || number[i] != (byte)'0')
            {
                mantissa.Add(number[i]);
            }

            if (fraction)
            {
                exponent--;
            }
        }

        if (i < number.Length)
        {
            i++;
            var negative = i < number.Length && number[i] == (byte)'-';
            if (i < number.Length && number[i] is (byte)'-' or (byte)'+')
            {
                i++;
            }

            long written = 0;
            for (; i < number.Length; i++)
            {
                written = Math.Min(ExponentCap, (written * 10) + (number[i] - (byte)'0'));
            }

            exponent += negative ? -written : written;
        }

        var count = mantissa.Count;
        while (count > 0 && mantissa[count - 1] == (byte)'0')
        {
            count--;
            exponent++;
        }

        return (mantissa.GetRange(0, count).ToArray(), exponent);
    }
}
