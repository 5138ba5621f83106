using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Channels.Teams.Cards;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class CardJsonContext : JsonSerializerContext;

public static class CardJson
{
    public static JsonElement ToElement(AdaptiveCard card) =>
        JsonSerializer.SerializeToElement(card, CardJsonContext.Default.AdaptiveCard);

    public static string Serialize(AdaptiveCard card, bool indented = false) =>
        indented
            ? JsonNode.Parse(JsonSerializer.Serialize(card, CardJsonContext.Default.AdaptiveCard))!.ToJsonString(new JsonSerializerOptions { WriteIndented = true })
            : JsonSerializer.Serialize(card, CardJsonContext.Default.AdaptiveCard);
}
