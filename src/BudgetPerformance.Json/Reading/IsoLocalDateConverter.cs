using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace BudgetPerformance.Json.Reading;

/// <summary>
/// Dates as ISO <c>yyyy-MM-dd</c> in the ISO calendar, with NodaTime's own <see cref="LocalDatePattern.Iso"/> — the
/// pattern NodaTime.Serialization.SystemTextJson uses, so documents are identical; that package itself is not
/// referenced because it is not trimming-safe (IL2104), and the libraries promise trimmed and AOT consumers no warnings.
/// </summary>
internal sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A date must be a string of the form yyyy-MM-dd.");
        }

        var result = LocalDatePattern.Iso.Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonException($"'{reader.GetString()}' is not a date of the form yyyy-MM-dd.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
