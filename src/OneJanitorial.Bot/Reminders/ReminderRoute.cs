namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// Where a reminder goes: the person's 1:1 chat when there is one, else the channel with an @mention of
/// <see cref="Mention"/>. Either may be missing; a channel adapter that can use neither reports a failed delivery.
/// </summary>
public sealed record ReminderRoute(string? Person, string? Channel, string? Mention);
