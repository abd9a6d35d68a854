using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Json.Reading;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Schemas;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of a document kind from its contract with
/// <see cref="JsonSchemaExporter"/>, then adds what the exporter cannot infer: the kind and version constants, the
/// enumeration texts, directions, code patterns, dates, minimums and the evaluation's two shapes.
/// </summary>
internal static class SchemaExport
{
    private static readonly string[] Numbers0 = ["points", "budgetExecutionPoints", "adjustedBudget", "spent", "budget", "assessorScore", "recordedScore", "recordedTotal", "levelOnePoints", "levelTwoPoints"];

    internal static string Generate(string kind, JsonTypeInfo info)
    {
        var options = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var body = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(info, options);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"urn:budget-performance:schema:{kind}:{BudgetPerformanceJson.SchemaVersion}",
            ["title"] = $"BudgetPerformance {kind} document, schema version {BudgetPerformanceJson.SchemaVersion}",
        };
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            root[name] = value;
        }

        var properties = (JsonObject)root["properties"]!;
        properties["kind"] = new JsonObject { ["type"] = "string", ["const"] = kind };
        properties["schemaVersion"] = new JsonObject { ["type"] = "integer", ["const"] = BudgetPerformanceJson.SchemaVersion };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ContractJson.WriterOptions))
        {
            root.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is not JsonObject schema)
        {
            return node;
        }

        var type = context.TypeInfo.Type;
        if (context.PropertyInfo is null)
        {
            if (type == typeof(EvaluationContract) || type == typeof(EvaluationDocument))
            {
                schema["oneOf"] = new JsonArray(
                    new JsonObject { ["required"] = new JsonArray("indicators", "records") },
                    new JsonObject { ["required"] = new JsonArray("rows") });
                schema["dependentRequired"] = new JsonObject { ["indicators"] = new JsonArray("records"), ["records"] = new JsonArray("indicators") };
            }
            else if (type == typeof(GroupContract) || type == typeof(FrameworkGroupContract))
            {
                // Level-2 children, or (a two-level score sheet) the level-3 indicators directly.
                schema["oneOf"] = new JsonArray(
                    new JsonObject { ["required"] = new JsonArray("children") },
                    new JsonObject { ["required"] = new JsonArray("indicators") });
            }

            return schema;
        }

        var name = context.PropertyInfo.Name;
        var owner = context.PropertyInfo.DeclaringType;
        if (context.PropertyInfo.PropertyType == typeof(NodaTime.LocalDate))
        {
            // Written as yyyy-MM-dd by IsoLocalDateConverter; the exporter knows only the struct's own shape.
            return new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };
        }
        else if (Numbers0.Contains(name))
        {
            schema["minimum"] = 0;
        }
        else if (name is "year" or "coveredYear" or "conductedIn")
        {
            schema["minimum"] = FiscalYear.MinValue;
            schema["maximum"] = FiscalYear.MaxValue;
        }
        else if (name == "version")
        {
            schema["minimum"] = 1;
        }
        else if (name == "decimals")
        {
            schema["minimum"] = 0;
            schema["maximum"] = Rounding.MaxDecimals;
        }
        else if (name == "level" && owner == typeof(ClassContract))
        {
            schema["minimum"] = 1;
            schema["maximum"] = 2;
        }
        else if (name is "class" or "levelOneClass" or "levelTwoClass" || (name is "code" or "countsAs" && owner == typeof(ClassContract)) || (name == "id" && (owner == typeof(FrameworkDocument) || owner == typeof(RuleSetDocument))))
        {
            schema["pattern"] = "^[a-z0-9-]{1,64}$";
        }
        else if (name == "code" && (owner == typeof(NodeContract) || owner == typeof(IndicatorContract) || owner == typeof(RecordContract)))
        {
            schema["pattern"] = "^[A-Za-z0-9._-]{1,64}$";
        }
        else if (name is "groups" or "children" or "sources" or "bands" or "rows" || (name == "indicators" && owner != typeof(SubgroupContract) && owner != typeof(FrameworkSubgroupContract)))
        {
            schema["minItems"] = 1;
        }

        var valueType = Nullable.GetUnderlyingType(context.PropertyInfo.PropertyType) ?? context.PropertyInfo.PropertyType;
        if (valueType == typeof(decimal) && NumberLimits.Of(name) is { } range)
        {
            Bound(schema, range);
        }

        if (Enumeration(name, owner) is { } values)
        {
            var allowsNull = schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");
            var list = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
            if (allowsNull)
            {
                list.Add(null);
            }

            schema["enum"] = list;
        }

        return schema;
    }

    // The limits of NumberLimits: at most Largest in magnitude, and not strictly between 0 and Smallest in magnitude (a schema
    // cannot say "0, or at least Smallest" more directly). A property with a minimum of 0 already is non-negative.
    private static void Bound(JsonObject schema, NumberLimits.Range range)
    {
        var nonNegative = schema["minimum"] is not null;
        if (!nonNegative)
        {
            schema["minimum"] = -range.Largest;
        }

        schema["maximum"] = range.Largest;
        var above = new JsonObject { ["type"] = "number", ["exclusiveMinimum"] = 0, ["exclusiveMaximum"] = range.Smallest };
        schema["not"] = nonNegative
            ? above
            : new JsonObject { ["anyOf"] = new JsonArray(above, new JsonObject { ["type"] = "number", ["exclusiveMinimum"] = -range.Smallest, ["exclusiveMaximum"] = 0 }) };
    }

    private static IEnumerable<string>? Enumeration(string name, Type? owner) => name switch
    {
        "direction" => [">=", ">", "=", "<=", "<", "qualitative"],
        "weighting" => EnumText.All<IndicatorWeighting>(),
        "valueBasis" => EnumText.All<ValueBasis>(),
        "scope" => EnumText.All<FrameworkScope>(),
        "origin" => EnumText.All<FrameworkOrigin>(),
        "sector" => Sector.BuiltIn.Select(s => s.Code),
        "status" => EnumText.All<TargetStatus>(),
        "state" => EnumText.All<RecordState>(),
        "achievement" => EnumText.All<AchievementLevel>(),
        "grade" or "recordedGrade" => EnumText.All<Grade>(),
        "role" => EnumText.All<PerformerRole>(),
        "mode" => EnumText.All<RoundingMode>(),
        "overshoot" => EnumText.All<EqualityOvershoot>(),
        "projectKind" => EnumText.All<ProjectKind>(),
        "type" when owner == typeof(SubjectRefContract) => EnumText.All<SubjectType>(),
        "type" when owner == typeof(EvaluationContract) || owner == typeof(BudgetPointsContract) => EnumText.All<EvaluationType>(),
        "type" when owner == typeof(SpendingItemContract) => [EnumText.Format(SubjectType.Project), EnumText.Format(SubjectType.Policy)],
        "kind" when owner == typeof(SourceContract) => EnumText.All<SourceKind>(),
        "zeroTarget" or "zeroReverseActual" when owner == typeof(DataQualityContract) => EnumText.All<DataQualityPolicy>(),
        _ => null,
    };
}
