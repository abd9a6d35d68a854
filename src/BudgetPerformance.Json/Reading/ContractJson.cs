using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BudgetPerformance.Json.Contracts;

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
