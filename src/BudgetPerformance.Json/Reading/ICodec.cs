using System;
using System.Text.Json.Serialization.Metadata;

namespace BudgetPerformance.Json.Reading;

/// <summary>The read and write pipeline of one document kind: syntax → structure → mapping, and domain → contract → UTF-8.</summary>
internal interface ICodec<T>
    where T : class
{
    string Kind { get; }

    JsonTypeInfo ContractTypeInfo { get; }

    T? Read(ReadOnlyMemory<byte> utf8, JsonReadLimits limits, out ValidationReport report);

    byte[] Write(T value);
}
