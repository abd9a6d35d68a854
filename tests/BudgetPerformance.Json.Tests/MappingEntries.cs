using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Reads a document that must be refused and compares its whole report, entry by entry: code, path, indicator code
/// and message (the message is user-visible output; the expectations are written from the input and the meaning of
/// the code in docs/json/errors.md).
/// </summary>
internal static class MappingEntries
{
    internal static Entry E(string code, string path, string? indicatorCode, string message) => new(code, message, path, indicatorCode);

    internal static JsonNode Doc(string json) => JsonNode.Parse(json)!;

    internal static ValidationReport Refused<T>(JsonDocumentFormat<T> format, JsonNode doc)
        where T : class
    {
        Assert.False(format.TryRead(EvaluationMappingTests.Bytes(doc), out var value, out var report));
        Assert.Null(value);
        return report;
    }

    internal static T Accepted<T>(JsonDocumentFormat<T> format, JsonNode doc)
        where T : class
    {
        var ok = format.TryRead(EvaluationMappingTests.Bytes(doc), out var value, out var report);
        Assert.True(ok, report.ToString());
        return value!;
    }

    /// <summary>The report holds exactly <paramref name="expected"/> (in any order).</summary>
    internal static void Reports<T>(JsonDocumentFormat<T> format, JsonNode doc, params Entry[] expected)
        where T : class =>
        Same(expected, Refused(format, doc).Problems);

    internal static void Same(IEnumerable<Entry> expected, IEnumerable<Entry> actual) =>
        Assert.Equal(Lines(expected), Lines(actual));

    internal static void Same(IEnumerable<Entry> expected, IEnumerable<Problem> actual) =>
        Assert.Equal(Lines(expected), Lines(actual.Select(p => (Entry)p)));

    internal static void Evaluation(JsonNode doc, params Entry[] expected) => Reports(JsonDocuments.Evaluation, doc, expected);

    private static string[] Lines(IEnumerable<Entry> entries) =>
        [.. entries.Select(e => $"{e.Code} | {e.Path} | {e.IndicatorCode ?? "(none)"} | {e.Message}").Order(StringComparer.Ordinal)];
}
