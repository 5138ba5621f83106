namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// Instants read as local calendar days. A wall-clock time goes the other way through
/// <see cref="Conversation.TimeZones.Scheduled"/>, the one rule for a time the clocks skip or show twice.
/// </summary>
public static class LocalTimes
{
    /// <summary>The local calendar day of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly DayIn(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
