using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Reads any JSON value as its text; writes it with <see cref="RawJson.WriteTo"/> (a serializer produced it).</summary>
public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson(Encoding.UTF8.GetBytes(document.RootElement.GetRawText()));
    }

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) => value.WriteTo(writer);
}
