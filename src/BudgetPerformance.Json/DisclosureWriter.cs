using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Ardalis.GuardClauses;
using BudgetPerformance.Json.Output;
using BudgetPerformance.Scoring.Disclosure;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json;

/// <summary>
/// Writes a <see cref="Disclosure"/> for publication: as a JSON document of kind <c>disclosure</c> (source-generated, schema
/// version 1, schema in docs/schemas/disclosure.schema.json) and as two CSV tables (targets, one row per level-3 indicator;
/// results, one row per evaluation).
/// </summary>
/// <remarks>
/// <para>JSON: UTF-8 without a byte-order mark, camelCase, two-space indentation, <c>\n</c> line ends and a final newline, absent
/// values omitted, Chinese unescaped, enumerations as kebab-case text, decimals as numbers with their scale.</para>
/// <para>CSV (RFC 4180): UTF-8 without a byte-order mark, a header row, <c>\r\n</c> after every row; a field containing a comma,
/// a double quote, a carriage return or a line feed is enclosed in double quotes, with each double quote doubled; numbers in the
/// invariant culture (a decimal point, no grouping), amounts in yuan; an absent value is an empty field; several findings are
/// joined by <c>\n</c> in one field.</para>
/// <para>Independent of the current culture. Thread-safe.</para>
/// </remarks>
public static class DisclosureWriter
{
    /// <summary>The document kind: <c>disclosure</c>.</summary>
    public const string Kind = "disclosure";

    /// <summary>The header of <see cref="ToTargetsCsv"/>.</summary>
    public const string TargetsCsvHeader = "department_code,department,subject_type,subject_code,subject,amount_yuan,overall_goal,indicator_code,level_one,level_two,indicator,direction,target,unit,points";

    /// <summary>The header of <see cref="ToResultsCsv"/>.</summary>
    public const string ResultsCsvHeader = "evaluation_id,evaluation_type,evaluation_type_zh,department_code,department,subject_type,subject_code,subject,performer_role,covered_year,amount_yuan,total,grade,grade_zh,findings";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON document as UTF-8 bytes.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is null.</exception>
    public static byte[] ToJsonUtf8Bytes(Disclosure disclosure)
    {
        Guard.Against.Null(disclosure);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            JsonSerializer.Serialize(writer, ToContract(disclosure), DisclosureContext.Default.DisclosureDocument);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The JSON document as a string.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is null.</exception>
    public static string ToJson(Disclosure disclosure) => Encoding.UTF8.GetString(ToJsonUtf8Bytes(disclosure));

    /// <summary>The JSON Schema (draft 2020-12) of the document, as checked in under docs/schemas/disclosure.schema.json.</summary>
    public static string Schema()
    {
        var options = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true };
        var body = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(DisclosureContext.Default.DisclosureDocument, options);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:budget-performance:schema:disclosure:1",
            ["title"] = "BudgetPerformance disclosure document, schema version 1",
        };
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            root[name] = value;
        }

        var properties = (JsonObject)root["properties"]!;
        properties["kind"] = new JsonObject { ["type"] = "string", ["const"] = Kind };
        properties["schemaVersion"] = new JsonObject { ["type"] = "integer", ["const"] = 1 };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            root.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The targets table: one row per level-3 indicator of every disclosed target, in the disclosure order.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is null.</exception>
    public static string ToTargetsCsv(Disclosure disclosure)
    {
        Guard.Against.Null(disclosure);
        var b = new StringBuilder().Append(TargetsCsvHeader).Append("\r\n");
        foreach (var t in disclosure.Targets)
        {
            foreach (var i in t.Indicators)
            {
                Row(b, t.DepartmentCode, t.DepartmentName, Text(t.Subject.Type), t.Subject.Code, t.SubjectName, Number(t.Amount.Yuan), t.OverallGoal,
                    i.Code, i.LevelOne, i.LevelTwo, i.Name, i.Direction, Number(i.Target), i.Unit, Number(i.Points));
            }
        }

        return b.ToString();
    }

    /// <summary>The results table: one row per disclosed evaluation, in the disclosure order.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is null.</exception>
    public static string ToResultsCsv(Disclosure disclosure)
    {
        Guard.Against.Null(disclosure);
        var b = new StringBuilder().Append(ResultsCsvHeader).Append("\r\n");
        foreach (var e in disclosure.Evaluations)
        {
            Row(b, e.Id, Text(e.Type), DisplayNames.Of(e.Type).Chinese, e.DepartmentCode, e.DepartmentName, Text(e.Subject.Type), e.Subject.Code, e.SubjectName,
                Text(e.PerformerRole), e.CoveredYear.Year.ToString(CultureInfo.InvariantCulture), Number(e.Amount.Yuan), Number(e.Total),
                e.Grade is { } g ? Text(g) : null, e.Grade is { } z ? z.GetDisplayName().Chinese : null, string.Join("\n", e.Findings));
        }

        return b.ToString();
    }

    /// <summary>Quotes one CSV field by RFC 4180: enclosed in double quotes (with inner quotes doubled) when it contains a comma, a double quote, CR or LF.</summary>
    /// <param name="field">The field, or null for an empty one.</param>
    public static string QuoteCsv(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The kebab-case text of an enumeration value, as the JSON documents write it (e.g. <c>finance-evaluation</c>).</summary>
    internal static string Text<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumText.Format(value);

    private static void Row(StringBuilder b, params string?[] fields) => b.Append(string.Join(",", fields.Select(QuoteCsv))).Append("\r\n");

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static DisclosureDocument ToContract(Disclosure d) => new()
    {
        Kind = Kind,
        SchemaVersion = 1,
        Year = d.Year.Year,
        Targets = d.Targets.Select(t => new DisclosedTargetContract
        {
            Subject = new DisclosedSubjectContract { Type = Text(t.Subject.Type), Code = t.Subject.Code, Name = t.SubjectName },
            Department = Department(t.DepartmentCode, t.DepartmentName),
            Amount = t.Amount.Yuan,
            OverallGoal = t.OverallGoal,
            Indicators = t.Indicators.Select(i => new DisclosedIndicatorContract
            {
                Code = i.Code,
                LevelOne = i.LevelOne,
                LevelTwo = i.LevelTwo,
                Name = i.Name,
                Direction = i.Direction,
                Target = i.Target,
                Unit = i.Unit,
                Points = i.Points,
            }).ToList(),
        }).ToList(),
        Evaluations = d.Evaluations.Select(e => new DisclosedEvaluationContract
        {
            Id = e.Id,
            Type = Text(e.Type),
            Subject = new DisclosedSubjectContract { Type = Text(e.Subject.Type), Code = e.Subject.Code, Name = e.SubjectName },
            Department = Department(e.DepartmentCode, e.DepartmentName),
            PerformerRole = Text(e.PerformerRole),
            CoveredYear = e.CoveredYear.Year,
            Amount = e.Amount.Yuan,
            Total = e.Total,
            Grade = e.Grade is { } g ? Text(g) : null,
            Scores = e.Scores.Select(s => new DisclosedScoreContract { Code = s.Code, Name = s.Name, Points = s.Points, Actual = s.Actual, Score = s.Score }).ToList(),
            Findings = [.. e.Findings],
        }).ToList(),
    };

    private static DisclosedDepartmentContract? Department(string? code, string? name) =>
        code is null ? null : new DisclosedDepartmentContract { Code = code, Name = name ?? code };

}
