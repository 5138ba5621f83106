using OneJanitorial.Bot.Recaps;

namespace OneJanitorial.Bot.Tests.Recaps;

public sealed class FeedbackCheckInScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Phoenix = TimeZoneInfo.FindSystemTimeZoneById("America/Phoenix");

    [Theory]
    [InlineData("2026-03-10", "2026-03-11T08:00:00-04:00")] // Tuesday clean → Wednesday
    [InlineData("2026-03-13", "2026-03-16T08:00:00-04:00")] // Friday clean → Monday
    [InlineData("2026-03-14", "2026-03-16T08:00:00-04:00")] // Saturday clean → Monday
    [InlineData("2026-03-06", "2026-03-09T08:00:00-04:00")] // Friday before DST starts (Sun Mar 8) → Monday, already EDT
    [InlineData("2026-10-30", "2026-11-02T08:00:00-05:00")] // Friday before DST ends (Sun Nov 1) → Monday, EST
    public void SendAt_NextClean_EightAmNextBusinessDayInClientZone(string clean, string expected)
    {
        var sendAt = FeedbackCheckInSchedule.SendAt(DateOnly.Parse(clean, System.Globalization.CultureInfo.InvariantCulture), NewYork);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), sendAt);
        Assert.Equal(expected, sendAt.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SendAt_ZoneWithoutDst_UsesItsOffset()
    {
        var sendAt = FeedbackCheckInSchedule.SendAt(new DateOnly(2026, 7, 2), Phoenix);

        Assert.Equal(new DateTimeOffset(2026, 7, 3, 8, 0, 0, TimeSpan.FromHours(-7)), sendAt);
    }

    [Fact]
    public void SendAt_NextDayIsHoliday_SkipsIt()
    {
        var holidays = new HashSet<DateOnly> { new(2026, 7, 3) };

        var sendAt = FeedbackCheckInSchedule.SendAt(new DateOnly(2026, 7, 2), NewYork, holidays);

        Assert.Equal(new DateTimeOffset(2026, 7, 6, 8, 0, 0, TimeSpan.FromHours(-4)), sendAt);
    }

    [Fact]
    public void SendAt_EightSkippedByTheClocks_SentWhenTheyShowNine()
    {
        // A zone whose clocks jump from 08:00 to 09:00 on the first Monday of March (2026-03-02), offset -05:00 → -04:00.
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 8, 0, 0), 3, 1, DayOfWeek.Monday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Gap at eight", TimeSpan.FromHours(-5), "Gap at eight", "Gap at eight standard", "Gap at eight daylight", [rule]);

        var sendAt = FeedbackCheckInSchedule.SendAt(new DateOnly(2026, 2, 27), zone);

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(-5)), sendAt);
        Assert.Equal(new DateTime(2026, 3, 2, 9, 0, 0), TimeZoneInfo.ConvertTime(sendAt, zone).DateTime);
    }
}
