namespace OneJanitorial.Bot.Conversation.Deliveries;

/// <summary>
/// The next message a turn is about to send, numbered (<see cref="Ordinal"/>) and digested (<see cref="Digest"/>);
/// <see cref="Earlier"/> is set when an earlier run of the same turn delivered the same content at that number, so it is
/// not sent again.
/// </summary>
public sealed record OutgoingMessage(int Ordinal, string Digest, DeliveredMessage? Earlier);
