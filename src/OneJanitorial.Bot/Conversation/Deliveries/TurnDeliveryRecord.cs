namespace OneJanitorial.Bot.Conversation.Deliveries;

/// <summary>The stored form of a <see cref="TurnDeliveryLog"/>: the messages delivered so far and when it was last written.</summary>
public sealed record TurnDeliveryRecord(DateTimeOffset UpdatedAt, IReadOnlyList<DeliveredMessage> Messages);
