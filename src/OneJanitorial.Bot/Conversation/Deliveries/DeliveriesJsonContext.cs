using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Conversation.Deliveries;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TurnDeliveryRecord))]
internal sealed partial class DeliveriesJsonContext : JsonSerializerContext;
