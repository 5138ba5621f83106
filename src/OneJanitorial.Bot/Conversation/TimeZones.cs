namespace OneJanitorial.Bot.Conversation;

public static class TimeZones
{
    /// <summary>The zone with this IANA (or Windows) id, or null for a missing or unknown id.</summary>
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    /// <summary>
    /// The instant a wall-clock time in <paramref name="zone"/> stands for, one rule for the cards, modals and commands:
    /// null when the clocks skip it (02:30 on a spring-forward day: say so with <see cref="Skipped"/>, never move it),
    /// its first occurrence when it happens twice (01:30 on a fall-back day), as reminders read wall-clock times.
    /// </summary>
    public static DateTimeOffset? AtWallClock(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return null;
        }
        // The larger offset is the earlier instant.
        return new DateTimeOffset(local, zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local));
    }

    /// <summary>
    /// The instant a scheduled wall-clock time fires at (a reminder, a huddle post), defined on every day of the year:
    /// <see cref="AtWallClock"/>, and a time the clocks skip read with the offset before the jump, so 02:30 on a
    /// spring-forward day fires at the moment the clocks show 03:30.
    /// </summary>
    public static DateTimeOffset Scheduled(DateTime local, TimeZoneInfo zone) =>
        AtWallClock(local, zone)
        // No transition is closer than a few hours to another, so three hours earlier has the offset before the gap.
        ?? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(local.AddHours(-3)));

    /// <summary>The message for a time <see cref="AtWallClock"/> finds skipped; <paramref name="what"/> names the field or the time.</summary>
    public static string Skipped(string what, TimeZoneInfo zone) => $"{what} does not exist in {zone.Id} (the clocks skip it).";
}
