using System.Globalization;
using System.Runtime.CompilerServices;

namespace BudgetPerformance.Internal;

/// <summary>
/// The message of a guard clause written as an interpolated string: formatted only when the clause is broken (so a check
/// that passes allocates nothing), and always with the invariant culture.
/// </summary>
[InterpolatedStringHandler]
internal ref struct GuardMessageHandler
{
    private DefaultInterpolatedStringHandler inner;

    /// <summary>Starts the message; <paramref name="shouldAppend"/> is false unless <paramref name="broken"/>.</summary>
    public GuardMessageHandler(int literalLength, int formattedCount, bool broken, out bool shouldAppend)
    {
        inner = broken ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
        shouldAppend = broken;
    }

    /// <summary>Appends literal text.</summary>
    public void AppendLiteral(string value) => inner.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

    /// <summary>Appends a value with a format.</summary>
    public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);

    /// <summary>The message.</summary>
    public string ToStringAndClear() => inner.ToStringAndClear();
}
