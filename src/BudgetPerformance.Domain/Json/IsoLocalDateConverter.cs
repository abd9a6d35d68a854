using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace BudgetPerformance.Json;

/// <summary>Dates as ISO <c>yyyy-MM-dd</c>, through NodaTime.Serialization.SystemTextJson (a parameterless wrapper for source generation).</summary>
internal sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaConverters.LocalDateConverter.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        NodaConverters.LocalDateConverter.Write(writer, value, options);
}
