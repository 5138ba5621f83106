namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// Wall-clock times to instants, defined on every day of the year. A time the clocks skip (02:30 on a spring-forward
/// day) is read with the offset before the jump, so it fires at the moment the clocks show 03:30; a time that occurs
/// twice (01:30 on a fall-back day) fires at its first occurrence.
/// </summary>
public static class LocalTimes
{
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone) =>
        ToInstant(date.ToDateTime(time), zone);

    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // No transition is closer than a few hours to another, so three hours earlier has the offset before the gap.
            return new DateTimeOffset(local, zone.GetUtcOffset(local.AddHours(-3)));
        }
        if (zone.IsAmbiguousTime(local))
        {
            // The larger offset is the earlier instant: the first time the clocks show this.
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The local calendar day of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly DayIn(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
