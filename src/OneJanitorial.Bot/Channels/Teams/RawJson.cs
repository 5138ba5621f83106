using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// A JSON value written as it is into the activity: text read from JSON, or a value serialized straight into the
/// activity's writer (an outgoing card), so its JSON is neither parsed nor copied through a buffer of its own. As a
/// <see cref="JsonElement"/> a card was serialized, parsed and written again (about 4% of the CPU of a cached SOP
/// answer's turn); as bytes made first, it was one more array and copy per card.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson
{
    private readonly Action<Utf8JsonWriter>? _write;
    private byte[]? _utf8;

    public RawJson(byte[] utf8) => _utf8 = utf8;

    private RawJson(Action<Utf8JsonWriter> write) => _write = write;

    /// <summary>The value's UTF-8 JSON (serialized on first use for a value not yet written).</summary>
    public ReadOnlyMemory<byte> Utf8 => _utf8 ??= Serialize(_write!);

    public static RawJson From<T>(T value, JsonTypeInfo<T> typeInfo) => new(writer => JsonSerializer.Serialize(writer, value, typeInfo));

    /// <summary>Writes the value into <paramref name="writer"/>: the text unchanged, or the value serialized there.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (_utf8 is { } utf8)
        {
            writer.WriteRawValue(utf8, skipInputValidation: true);
            return;
        }
        _write!(writer);
    }

    public override string ToString() => System.Text.Encoding.UTF8.GetString(Utf8.Span);

    private static byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }
}
