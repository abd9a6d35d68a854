using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Json;

/// <summary>
/// The limits a reader enforces on untrusted input; each breach is a report entry, not an exception.
/// </summary>
/// <remarks>Immutable and thread-safe. All limits are inclusive maxima.</remarks>
public sealed class JsonReadLimits
{
    /// <summary>Creates limits.</summary>
    /// <param name="maxDocumentBytes">The largest document in UTF-8 bytes (for the streaming portfolio reader: the largest single evaluation or other top-level value); at least 1.</param>
    /// <param name="maxDepth">The deepest nesting of objects and arrays; 1 to 256.</param>
    /// <param name="maxStringLength">The longest string value, in UTF-16 characters; at least 1.</param>
    /// <param name="maxArrayLength">The most items in one array (the streaming portfolio reader does not count evaluations); at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range.</exception>
    public JsonReadLimits(long maxDocumentBytes = DefaultMaxDocumentBytes, int maxDepth = DefaultMaxDepth, int maxStringLength = DefaultMaxStringLength, int maxArrayLength = DefaultMaxArrayLength)
    {
        Guard.Against.OutOfRangeWhen(maxDocumentBytes < 1, maxDocumentBytes, nameof(maxDocumentBytes), "The limit must be at least 1.");

        MaxDocumentBytes = maxDocumentBytes;
        MaxDepth = Guard.Against.NotBetween(maxDepth, 1, 256);
        MaxStringLength = Guard.Against.NotBetween(maxStringLength, 1, int.MaxValue);
        MaxArrayLength = Guard.Against.NotBetween(maxArrayLength, 1, int.MaxValue);
    }

    /// <summary>The default document size limit, 64 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 64L * 1024 * 1024;

    /// <summary>The default depth limit, 32 (the deepest valid document nests 9 levels).</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>The default string length limit, 16,384 characters.</summary>
    public const int DefaultMaxStringLength = 16_384;

    /// <summary>The default array length limit, 100,000 items.</summary>
    public const int DefaultMaxArrayLength = 100_000;

    /// <summary>The default limits.</summary>
    public static JsonReadLimits Default { get; } = new();

    /// <summary>The largest document in bytes.</summary>
    public long MaxDocumentBytes { get; }

    /// <summary>The deepest nesting.</summary>
    public int MaxDepth { get; }

    /// <summary>The longest string.</summary>
    public int MaxStringLength { get; }

    /// <summary>The longest array.</summary>
    public int MaxArrayLength { get; }
}
