using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetPerformance.Scoring;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Output;

/// <summary>Writing and reading the CLI's JSON: UTF-8, two-space indentation, <c>\n</c>, a final newline, readable Chinese.</summary>
internal static class CliJson
{
    public const int SchemaVersion = 1;

    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    public static CliJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    });

    public static string Write<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static T Read<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(json, typeInfo) ?? throw new JsonException("The document is null.");

    /// <summary>Kebab-case text of an enumeration value: <c>SelfEvaluation</c> → <c>self-evaluation</c>.</summary>
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumText.Format(value);

    /// <summary>The names of the set flags, in ascending order of value.</summary>
    public static IReadOnlyList<string> Flags(ScoreFlags flags) =>
        Enum.GetValues<ScoreFlags>().Where(f => f != ScoreFlags.None && (flags & f) == f).Select(f => Kebab(f)).ToArray();

    public static SubjectDto Subject(SubjectRef subject) => new() { Type = Kebab(subject.Type), Code = subject.Code };

    public static RuleSetRef Ref(Rules.RuleSet ruleSet) => new() { Id = ruleSet.Id, Version = ruleSet.Version };
}
