using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tests.Conversation;

/// <summary>
/// The one rule for a wall-clock time on a day the clocks change (Toronto: 2026-03-08 02:00 → 03:00, 2026-11-01
/// 02:00 → 01:00): a form refuses a time the clocks skip, a schedule fires it when the clocks show the hour after;
/// a time shown twice is its first occurrence for both.
/// </summary>
public sealed class TimeZonesTests
{
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void AtWallClock_TimeTheClocksSkip_Null()
    {
        Assert.Null(TimeZones.AtWallClock(new DateTime(2026, 3, 8, 2, 30, 0), Toronto));
    }

    [Fact]
    public void Scheduled_TimeTheClocksSkip_FiresWhenTheClocksShowTheHourAfter()
    {
        var fires = TimeZones.Scheduled(new DateTime(2026, 3, 8, 2, 30, 0), Toronto);

        Assert.Equal(Utc("2026-03-08T07:30:00Z"), fires);
        Assert.Equal(new DateTime(2026, 3, 8, 3, 30, 0), TimeZoneInfo.ConvertTime(fires, Toronto).DateTime);
    }

    [Theory]
    [InlineData(2026, 11, 1, 1, 30, "2026-11-01T05:30:00Z")] // shown twice: the first, in daylight time (EDT, -4)
    [InlineData(2026, 11, 1, 2, 30, "2026-11-01T07:30:00Z")] // after the change: standard time (EST, -5)
    [InlineData(2026, 3, 8, 3, 30, "2026-03-08T07:30:00Z")] // right after the gap: daylight time
    [InlineData(2026, 6, 15, 8, 0, "2026-06-15T12:00:00Z")]
    public void Scheduled_AnyOtherTime_TheInstantAtWallClockReads(int year, int month, int day, int hour, int minute, string expected)
    {
        var local = new DateTime(year, month, day, hour, minute, 0);

        Assert.Equal(Utc(expected), TimeZones.Scheduled(local, Toronto));
        Assert.Equal(TimeZones.AtWallClock(local, Toronto), TimeZones.Scheduled(local, Toronto));
    }
}
