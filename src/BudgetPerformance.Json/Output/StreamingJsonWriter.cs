using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BudgetPerformance.Json.Output;

/// <summary>
/// Writes a JSON document to a <see cref="TextWriter"/> piece by piece (an array of a million results never sits in
/// memory): the same bytes as <see cref="CliJson.Write{T}"/> writes for the whole document.
/// </summary>
internal sealed class StreamingJsonWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 16);
    private readonly TextWriter output;

    public StreamingJsonWriter(TextWriter output)
    {
        this.output = output;
        Writer = new Utf8JsonWriter(buffer, CliJson.WriterOptions);
    }

    public Utf8JsonWriter Writer { get; }

    public void Value<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        JsonSerializer.Serialize(Writer, value, typeInfo);
        Flush();
    }

    public void Flush()
    {
        Writer.Flush();
        if (buffer.WrittenCount > 0)
        {
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }
    }

    /// <summary>Ends the document with its final newline.</summary>
    public void End()
    {
        Flush();
        output.Write('\n');
        output.Flush();
    }

    public void Dispose() => Writer.Dispose();
}
