using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BudgetPerformance.Reliability.Tests;

/// <summary>
/// Malformed documents made from valid ones: dropped fields, swapped types, extreme numbers, deep nesting, huge strings,
/// duplicated and unknown members, odd dates, and byte-level damage. Deterministic for a seed.
/// </summary>
internal static class Mutations
{
    private static readonly string[] ExtremeNumbers =
    [
        "1e400", "-1e400", "1e-400", "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950336",
        "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1.0000000000000000000000000001", "123456789012345678901234567890.5",
        "-0", "-0.0", "1E+28", "1e29", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1000000000000000", "-1000000000000000",
        "0", "-1", "1e2", "0.5", "100.000000000000000000000001", "5e-324",
    ];

    private static readonly string[] OddStrings =
    [
        "", " ", "9999-12-31", "0001-01-01", "2021-02-29", "-2021-01-01", "2021-1-1", "20210101", ">=", "qualitative", "<", "NaN", "Infinity",
        "\u0000", "\uFFFF", "\uD800", "1.1.1", "1..1", "0.0.0", "self-evaluation", "project", "x", "中文", "a\"b\\c",
    ];

    private static readonly JsonSerializerOptions Deep = new() { MaxDepth = 4096 };

    public static byte[] Mutate(byte[] valid, int seed, int count)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(valid, documentOptions: new JsonDocumentOptions { MaxDepth = 4096 })!;
        var byteLevel = random.Next(10) == 0;
        for (var i = 0; i < count; i++)
        {
            root = MutateOnce(root, random);
        }

        var bytes = Encoding.UTF8.GetBytes(root.ToJsonString(Deep));
        return byteLevel ? DamageBytes(bytes, random) : bytes;
    }

    private static JsonNode MutateOnce(JsonNode root, Random random)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        var replacement = random.Next(12) switch
        {
            0 or 1 => Drop(target),
            2 or 3 => SwapType(target, random),
            4 or 5 => JsonNode.Parse(ExtremeNumbers[random.Next(ExtremeNumbers.Length)]),
            6 => Nested(random),
            7 => JsonValue.Create(HugeString(random)),
            8 => JsonValue.Create(OddStrings[random.Next(OddStrings.Length)]),
            9 => Duplicate(target, random),
            10 => Negate(target),
            _ => Unknown(target, random),
        };

        if (ReferenceEquals(replacement, target))
        {
            return root;
        }

        if (target.Parent is null)
        {
            return replacement ?? JsonValue.Create("null root")!;
        }

        Replace(target, replacement);
        return root;
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        if (node is null)
        {
            return;
        }

        into.Add(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, value) in o.ToList())
                {
                    Collect(value, into);
                }

                break;
            case JsonArray a:
                foreach (var value in a.ToList())
                {
                    Collect(value, into);
                }

                break;
        }
    }

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = replacement;
                break;
            case JsonArray a:
                a[target.GetElementIndex()] = replacement;
                break;
        }
    }

    // Removing is done on the parent; the returned node is the (unchanged) target so that nothing is replaced.
    private static JsonNode Drop(JsonNode target)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o.Remove(target.GetPropertyName());
                break;
            case JsonArray a:
                a.RemoveAt(target.GetElementIndex());
                break;
        }

        return target;
    }

    private static JsonNode? SwapType(JsonNode target, Random random) => (target.GetValueKind(), random.Next(6)) switch
    {
        (JsonValueKind.String, 0) => JsonValue.Create(12.5m),
        (JsonValueKind.Number, 0) => JsonValue.Create(target.ToJsonString()),
        (_, 1) => null,
        (_, 2) => JsonValue.Create(true),
        (_, 3) => new JsonObject(),
        (_, 4) => new JsonArray(),
        _ => JsonValue.Create("text"),
    };

    private static JsonNode Nested(Random random)
    {
        var depth = new[] { 5, 31, 32, 33, 65, 200, 1000 }[random.Next(7)];
        var objects = random.Next(2) == 0;
        var text = objects
            ? string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)
            : new string('[', depth) + "1" + new string(']', depth);
        return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 4096 })!;
    }

    private static string HugeString(Random random)
    {
        var length = new[] { 16_383, 16_384, 16_385, 70_000 }[random.Next(4)];
        var c = "a中\n\"\\€"[random.Next(6)];
        return new string(c, length);
    }

    private static JsonNode Duplicate(JsonNode target, Random random)
    {
        if (target.Parent is JsonArray a)
        {
            var copies = random.Next(1, 4);
            for (var i = 0; i < copies; i++)
            {
                a.Add(target.DeepClone());
            }
        }
        else if (target is JsonArray array && array.Count > 0)
        {
            array.Add(array[random.Next(array.Count)]?.DeepClone()); // an item may be null after an earlier mutation (NullReferenceException until 2026-12-06)
        }

        return target;
    }

    private static JsonNode Negate(JsonNode target) =>
        target.GetValueKind() == JsonValueKind.Number
            ? JsonNode.Parse(target.ToJsonString().StartsWith('-') ? target.ToJsonString()[1..] : "-" + target.ToJsonString())!
            : target;

    private static JsonNode Unknown(JsonNode target, Random random)
    {
        if (target is JsonObject o)
        {
            var names = o.Select(p => p.Key).ToList();
            if (names.Count > 0 && random.Next(2) == 0)
            {
                // Rename a member to a different case (a near miss, not the contract's name).
                var name = names[random.Next(names.Count)];
                var value = o[name];
                o.Remove(name);
                o[name.ToUpperInvariant()] = value;
            }
            else
            {
                o["unexpected" + random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture)] = 1;
            }
        }

        return target;
    }

    private static byte[] DamageBytes(byte[] bytes, Random random)
    {
        var list = bytes.ToList();
        switch (random.Next(5))
        {
            case 0:
                return bytes[..random.Next(bytes.Length)];
            case 1:
                list[random.Next(list.Count)] = (byte)random.Next(256);
                break;
            case 2:
                list.Insert(random.Next(list.Count), 0xFF);
                break;
            case 3:
                list.InsertRange(0, [0xEF, 0xBB, 0xBF]);
                break;
            default:
                list.InsertRange(random.Next(list.Count), "/*c*/"u8.ToArray());
                break;
        }

        return [.. list];
    }
}
