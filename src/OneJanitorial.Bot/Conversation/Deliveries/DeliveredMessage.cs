namespace OneJanitorial.Bot.Conversation.Deliveries;

/// <summary>
/// One outgoing message of a turn that reached the channel: its number in the turn (<see cref="Ordinal"/>, from 1 in the
/// order the turn sends; <see cref="Unnumbered"/> for one said at most once wherever it falls, see
/// <see cref="TurnDeliveryLog.OnceAsync"/>), a digest of what it carried (<see cref="Digest"/>) and the channel's id for
/// it, when it gave one.
/// </summary>
public sealed record DeliveredMessage(int Ordinal, string Digest, string? MessageId)
{
    public const int Unnumbered = 0;
}
