namespace OneJanitorial.Bot.Conversation.Deliveries;

/// <summary>
/// The next message a turn is about to send, numbered and digested as it is recorded (<see cref="Message"/>, without a
/// channel id yet); <see cref="Delivered"/> when an earlier run of the same turn delivered the same content at that
/// number (then <see cref="Message"/> is that delivery, with its channel id), so it is not sent again.
/// </summary>
public sealed record OutgoingMessage(DeliveredMessage Message, bool Delivered);
