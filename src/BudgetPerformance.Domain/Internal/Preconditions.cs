using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace BudgetPerformance.Internal;

/// <summary>The one place where arguments are checked. Every method returns the checked value.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    internal static string CheckNotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or white space.", paramName);
        }

        return value;
    }

    internal static decimal CheckNonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must not be negative.");
        }

        return value;
    }

    internal static int CheckRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The value must lie in [{minInclusive}, {maxInclusive}].");
        }

        return value;
    }

    internal static TEnum CheckDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The value is not a defined {typeof(TEnum).Name}.");
        }

        return value;
    }

    internal static IReadOnlyList<T> CheckItemsNotNull<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : class
    {
        if (items is null)
        {
            throw new ArgumentNullException(paramName);
        }

        var list = new List<T>();
        var index = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException($"Item {index} is null.", paramName);
            }

            list.Add(item);
            index++;
        }

        return list.AsReadOnly();
    }
}
