namespace OneJanitorial.Bot.Conversation;

public static class TimeZones
{
    /// <summary>The zone with this IANA (or Windows) id, or null for a missing or unknown id.</summary>
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
