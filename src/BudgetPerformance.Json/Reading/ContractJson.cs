using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Reading;

/// <summary>The options every contract is read and written with (source-generated metadata only).</summary>
internal static class ContractJson
{
    internal static JsonSerializerOptions Options => ContractOptions.Value;

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static JsonTypeInfo<TDocument> TypeInfo<TDocument>() => (JsonTypeInfo<TDocument>)Options.GetTypeInfo(typeof(TDocument));

    /// <summary>The contract's metadata skipping unknown properties: for reading on past them once they are reported.</summary>
    internal static JsonTypeInfo<TDocument> Lenient<TDocument>() => (JsonTypeInfo<TDocument>)LenientOptions.Value.GetTypeInfo(typeof(TDocument));

    /// <summary>Whether every problem from <paramref name="from"/> on is an unknown property (and there is one).</summary>
    internal static bool OnlyUnknownProperties(ProblemList problems, int from)
    {
        for (var i = from; i < problems.Count; i++)
        {
            if (problems.CodeAt(i) != ProblemCodes.UnknownProperty)
            {
                return false;
            }
        }

        return problems.Count > from;
    }

    private static readonly Lazy<JsonSerializerOptions> LenientOptions = new(() =>
    {
        var options = new JsonSerializerOptions(Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };
        options.MakeReadOnly();
        return options;
    });

    private static readonly Lazy<JsonSerializerOptions> ContractOptions = new(() =>
    {
        var options = new JsonSerializerOptions(ContractContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
            IndentSize = 2,
        };
        options.MakeReadOnly();
        return options;
    });
}
