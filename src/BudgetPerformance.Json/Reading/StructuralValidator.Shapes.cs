using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace BudgetPerformance.Json.Reading;

/// <content>What a contract type expects: its shape and its members, resolved once per type from the metadata.</content>
internal sealed partial class StructuralValidator
{
    /// <summary>What a contract type expects, resolved once per type from its metadata.</summary>
    private sealed class Shape
    {
        private readonly JsonTypeInfo? info;
        private Member[]? members;
        private Shape? element;

        internal Shape(JsonTypeInfo info)
        {
            this.info = info;
            Type = info.Type;
            Kind = info.Kind switch
            {
                JsonTypeInfoKind.Object => Kind.Object,
                JsonTypeInfoKind.Enumerable => Kind.Array,
                _ => KindOf(info.Type),
            };
        }

        private Shape(Type type)
        {
            Type = type;
            Kind = KindOf(type);
        }

        internal Type Type { get; }

        internal Kind Kind { get; }

        internal static Shape Value(Type type) => new(type);

        internal Member[] Members(JsonSerializerOptions options)
        {
            if (members is null)
            {
                var list = new Member[info!.Properties.Count];
                for (var i = 0; i < list.Length; i++)
                {
                    list[i] = new Member(info.Properties[i], i, options);
                }

                members = list;
            }

            return members;
        }

        internal Shape Element(JsonSerializerOptions options) => element ??= ShapeOf(options.GetTypeInfo(info!.ElementType!));

        private static Kind KindOf(Type type) =>
            type == typeof(string) ? Kind.String
            : type == typeof(decimal) ? Kind.Decimal
            : type == typeof(int) ? Kind.Int
            : type == typeof(bool) ? Kind.Bool
            : type == typeof(LocalDate) ? Kind.Date
            : Kind.Unsupported;
    }

    /// <summary>One property of a contract: its name (also as UTF-8), whether it may be null or missing, its value's shape and the
    /// limits of its magnitude.</summary>
    private sealed class Member(JsonPropertyInfo property, int index, JsonSerializerOptions options)
    {
        private Shape? value;

        internal string Name { get; } = property.Name;

        internal byte[] Utf8 { get; } = Encoding.UTF8.GetBytes(property.Name);

        internal int Index { get; } = index;

        internal bool Required { get; } = property.IsRequired;

        internal bool NullAllowed { get; } = (property.IsSetNullable || Nullable.GetUnderlyingType(property.PropertyType) is not null) && !property.IsRequired;

        /// <summary>The magnitudes the property may hold when it is a number (<see cref="NumberLimits"/>), or null.</summary>
        internal NumberLimits.Range? Limit { get; } = NumberLimits.Of(property.Name);

        internal Shape Value => value ??= Resolve();

        private Shape Resolve()
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            return property.CustomConverter is not null || property.PropertyType == typeof(LocalDate)
                ? Shape.Value(type)
                : ShapeOf(options.GetTypeInfo(type));
        }
    }
}
