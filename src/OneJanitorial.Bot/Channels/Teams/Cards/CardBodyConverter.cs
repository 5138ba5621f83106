using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Channels.Teams.Cards;

/// <summary>Writes a card's body: a <see cref="RenderedBody"/> as the JSON it keeps, any other list element by element.</summary>
public sealed class CardBodyConverter : JsonConverter<IReadOnlyList<CardElement>>
{
    public override IReadOnlyList<CardElement> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Cards are written, never read.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<CardElement> value, JsonSerializerOptions options)
    {
        if (value is RenderedBody rendered && !options.WriteIndented)
        {
            writer.WriteRawValue(rendered.Json(), skipInputValidation: true);
            return;
        }
        JsonSerializer.Serialize(writer, value, CardJsonContext.Default.IReadOnlyListCardElement);
    }
}
