using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Internal;

/// <summary>
/// The project's own clauses for <see cref="Guard.Against"/> (Ardalis.GuardClauses), the one idiom of argument checks in the
/// libraries: <c>Guard.Against.Null(x)</c> from the package, and these for the project's rules. Each clause returns the checked
/// value, names the parameter (by <see cref="CallerArgumentExpressionAttribute"/> unless given) and throws the exception a
/// .NET caller expects: <see cref="ArgumentNullException"/>, <see cref="ArgumentOutOfRangeException"/> with the actual value,
/// <see cref="ArgumentException"/>, or the <see cref="Values.DomainInvariantException"/> of a model's problem.
/// </summary>
/// <remarks>
/// Bad data is not checked here: a type's <c>FindProblems</c> lists what is wrong with its values, and the clauses
/// <see cref="Problems(IGuardClause, IEnumerable{Problem}, string?)"/>, <see cref="ProblemsOutOfRange"/> and
/// <see cref="Invariant"/> turn the first problem into the exception of a constructor, so that both paths share one check.
/// </remarks>
internal static class ProjectGuards
{
    /// <summary>Not null, not empty and not only white space.</summary>
    internal static string Blank(this IGuardClause guard, [NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        guard.Null(value, parameterName);
        return string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException("The value must not be empty or white space.", parameterName)
            : value;
    }

    /// <summary>A defined value of its enumeration (an <see cref="ArgumentOutOfRangeException"/> otherwise).</summary>
    internal static TEnum Undefined<TEnum>(this IGuardClause guard, TEnum value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(parameterName, value, $"The value is not a defined {typeof(TEnum).Name}.");

    /// <summary>A value type built by its constructor, not <c>default</c> (an <see cref="ArgumentException"/> otherwise).</summary>
    internal static T Uncreated<T>(this IGuardClause guard, T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct, IEquatable<T> =>
        value.Equals(default) ? throw new ArgumentException($"The {parameterName} must be a created {typeof(T).Name}.", parameterName) : value;

    /// <summary>A sequence that is not null and holds no null item; returns a read-only copy.</summary>
    internal static IReadOnlyList<T> NullItems<T>(this IGuardClause guard, [NotNull] IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? parameterName = null)
        where T : class
    {
        guard.Null(items, parameterName);
        var list = new List<T>();
        var index = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException($"Item {index} is null.", parameterName);
            }

            list.Add(item);
            index++;
        }

        return list.AsReadOnly();
    }

    /// <summary>Not below zero.</summary>
    internal static decimal BelowZero(this IGuardClause guard, decimal value, [CallerArgumentExpression(nameof(value))] string? parameterName = null) =>
        value < 0m ? throw new ArgumentOutOfRangeException(parameterName, value, "The value must not be negative.") : value;

    /// <summary>Not below zero.</summary>
    internal static int BelowZero(this IGuardClause guard, int value, [CallerArgumentExpression(nameof(value))] string? parameterName = null) =>
        value < 0 ? throw new ArgumentOutOfRangeException(parameterName, value, "The value must not be negative.") : value;

    /// <summary>Above zero.</summary>
    internal static decimal NotAboveZero(this IGuardClause guard, decimal value, [CallerArgumentExpression(nameof(value))] string? parameterName = null) =>
        value <= 0m ? throw new ArgumentOutOfRangeException(parameterName, value, "The value must be above 0.") : value;

    /// <summary>In [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>].</summary>
    internal static int NotBetween(this IGuardClause guard, int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? parameterName = null) =>
        value < minInclusive || value > maxInclusive
            ? throw new ArgumentOutOfRangeException(parameterName, value, $"The value must lie in [{minInclusive}, {maxInclusive}].")
            : value;

    /// <summary>An <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="broken"/>: a precondition
    /// the model's problems do not cover (a reference to something that must exist, an incomplete input).</summary>
    internal static void InvalidWhen(this IGuardClause guard, [DoesNotReturnIf(true)] bool broken, string parameterName, string message)
    {
        if (broken)
        {
            throw new ArgumentException(message, parameterName);
        }
    }

    /// <summary>As <see cref="InvalidWhen(IGuardClause, bool, string, string)"/>, with a message that is formatted (invariant
    /// culture) only when <paramref name="broken"/>.</summary>
    internal static void InvalidWhen(this IGuardClause guard, [DoesNotReturnIf(true)] bool broken, string parameterName, [InterpolatedStringHandlerArgument(nameof(broken))] ref GuardMessageHandler message)
    {
        if (broken)
        {
            throw new ArgumentException(message.ToStringAndClear(), parameterName);
        }
    }

    /// <summary>An <see cref="ArgumentOutOfRangeException"/> carrying <paramref name="actualValue"/> when <paramref name="broken"/>.</summary>
    internal static T OutOfRangeWhen<T>(this IGuardClause guard, [DoesNotReturnIf(true)] bool broken, T actualValue, string parameterName, string message) =>
        broken ? throw new ArgumentOutOfRangeException(parameterName, actualValue, message) : actualValue;

    /// <summary>As <see cref="OutOfRangeWhen{T}(IGuardClause, bool, T, string, string)"/>, with a message that is formatted
    /// (invariant culture) only when <paramref name="broken"/>.</summary>
    internal static T OutOfRangeWhen<T>(this IGuardClause guard, [DoesNotReturnIf(true)] bool broken, T actualValue, string parameterName, [InterpolatedStringHandlerArgument(nameof(broken))] ref GuardMessageHandler message) =>
        broken ? throw new ArgumentOutOfRangeException(parameterName, actualValue, message.ToStringAndClear()) : actualValue;

    /// <summary>The first of a type's problems as an <see cref="ArgumentException"/> in English, named after the problem's
    /// element, or <paramref name="parameterName"/> when given.</summary>
    internal static void Problems(this IGuardClause guard, IEnumerable<Problem> problems, string? parameterName = null)
    {
        foreach (var problem in problems)
        {
            throw new ArgumentException(problem.MessageEn, parameterName ?? problem.Location.Element);
        }
    }

    /// <summary>The first of a type's problems as an <see cref="ArgumentOutOfRangeException"/> named after the problem's
    /// element, with the actual value that <paramref name="valueOf"/> gives for that element.</summary>
    internal static void ProblemsOutOfRange(this IGuardClause guard, IEnumerable<Problem> problems, Func<string, object?> valueOf)
    {
        foreach (var problem in problems)
        {
            var element = problem.Location.Element!;
            throw new ArgumentOutOfRangeException(element, valueOf(element), problem.MessageEn);
        }
    }

    /// <summary>The first of a type's problems as the exception <paramref name="exceptionCreator"/> makes of it (as Ardalis's
    /// own clauses take an <c>exceptionCreator</c>): for a type whose problems name several parameters in its own way.</summary>
    internal static void Problems(this IGuardClause guard, IEnumerable<Problem> problems, Func<Problem, Exception> exceptionCreator)
    {
        foreach (var problem in problems)
        {
            throw exceptionCreator(problem);
        }
    }

    /// <summary>The first of a type's problems as an <see cref="ArgumentOutOfRangeException"/> for one parameter.</summary>
    internal static void ProblemsOutOfRange<T>(this IGuardClause guard, IEnumerable<Problem> problems, T actualValue, string parameterName)
    {
        foreach (var problem in problems)
        {
            throw new ArgumentOutOfRangeException(parameterName, actualValue, problem.MessageEn);
        }
    }

    /// <summary>The first of a model's problems as the <see cref="Values.DomainInvariantException"/> that carries it, named
    /// <paramref name="parameterName"/>, or after the problem's element when not given.</summary>
    internal static void Invariant(this IGuardClause guard, IEnumerable<Problem> problems, string? parameterName = null)
    {
        foreach (var problem in problems)
        {
            throw problem.ToException(parameterName ?? problem.Location.Element);
        }
    }
}
