using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Reminders;
using static OneJanitorial.Bot.Tests.Reminders.ReminderTickets;

namespace OneJanitorial.Bot.Tests.Reminders;

/// <summary>When the huddle digests are posted: 08:00 and 16:30 in the team's zone on business days, into each team channel.</summary>
public sealed class HuddleScheduleTests
{
    private static readonly RemindersOptions Options = new()
    {
        Channels = new(StringComparer.OrdinalIgnoreCase) { ["Toronto"] = "19:east@thread.tacv2", ["Ottawa"] = "19:east@thread.tacv2", ["Edmonton"] = "19:west@thread.tacv2" },
        DefaultChannel = "19:all@thread.tacv2",
    };

    private static IReadOnlyList<string> Keys(DateTimeOffset now, RemindersOptions? options = null, params DateOnly[] holidays)
    {
        var channels = new HuddleChannels(Microsoft.Extensions.Options.Options.Create(options ?? Options)).All();
        return [.. HuddleSchedule.Due(channels, (options ?? Options).Huddles, Settings(holidays), now).Select(r => $"{r.Key} {ReminderHistory.Stamp(r.DueUtc)}")];
    }

    [Fact]
    public void Due_BusinessDayBeforeEight_NextIsTodaysMorningPerChannel()
    {
        Assert.Equal(
        [
            "huddle/19:east@thread.tacv2/2026-11-18/morning-huddle 2026-11-18T13:00:00Z",
            "huddle/19:west@thread.tacv2/2026-11-18/morning-huddle 2026-11-18T13:00:00Z",
            "huddle/19:all@thread.tacv2/2026-11-18/morning-huddle 2026-11-18T13:00:00Z",
        ], Keys(Utc("2026-11-18T12:00:00Z"))); // Wed 07:00 Toronto
    }

    [Fact]
    public void Due_AfterTheMorningPost_TodaysMorningStillListedAndTheEndOfDayNext()
    {
        var keys = Keys(Utc("2026-11-18T15:00:00Z"), new RemindersOptions { DefaultChannel = "c" }); // 10:00

        Assert.Equal(["huddle/c/2026-11-18/morning-huddle 2026-11-18T13:00:00Z", "huddle/c/2026-11-18/end-of-day-huddle 2026-11-18T21:30:00Z"], keys);
    }

    [Fact]
    public void Due_FridayEvening_NextIsMondayMorningNothingMadeUpForTheWeekend()
    {
        var keys = Keys(Utc("2026-11-21T15:00:00Z"), new RemindersOptions { DefaultChannel = "c" }); // Sat 10:00

        Assert.Equal(["huddle/c/2026-11-23/morning-huddle 2026-11-23T13:00:00Z"], keys);
    }

    [Fact]
    public void Due_FridayBeforeTheClocksSpringForward_MondayMorningAtEightDaylightTime()
    {
        var keys = Keys(Utc("2026-03-06T22:00:00Z"), new RemindersOptions { DefaultChannel = "c" }); // Fri 17:00 EST; Sun Mar 8 springs forward

        Assert.Equal(["huddle/c/2026-03-06/end-of-day-huddle 2026-03-06T21:30:00Z", "huddle/c/2026-03-09/morning-huddle 2026-03-09T12:00:00Z"], keys);
    }

    [Fact]
    public void Due_HolidayMonday_NextIsTuesday()
    {
        var keys = Keys(Utc("2026-11-21T15:00:00Z"), new RemindersOptions { DefaultChannel = "c" }, new DateOnly(2026, 11, 23));

        Assert.Equal(["huddle/c/2026-11-24/morning-huddle 2026-11-24T13:00:00Z"], keys);
    }

    [Fact]
    public void EndOfItsDay_PostsOfABusinessDay_StaleWhenItsBusinessHoursEndOrAtMidnightWhenDueAfterThem()
    {
        var settings = Settings();
        var morning = HuddleSchedule.Due(["c"], new HuddleTimesOptions(), settings, Utc("2026-11-18T12:00:00Z"))[0];
        var late = HuddleSchedule.Due(["c"], new HuddleTimesOptions { EndOfDay = new TimeOnly(18, 0) }, settings, Utc("2026-11-18T22:00:00Z"))
            .Single(post => post.Kind == ReminderKind.EndOfDayHuddle); // 18:00, after business hours

        Assert.Equal(Utc("2026-11-18T22:00:00Z"), HuddleSchedule.EndOfItsDay(morning, settings)); // 17:00 Toronto
        Assert.Equal(Utc("2026-11-19T05:00:00Z"), HuddleSchedule.EndOfItsDay(late, settings)); // midnight Toronto
    }

    [Fact]
    public void Due_NoChannelOrTurnedOff_Nothing()
    {
        Assert.Empty(Keys(Utc("2026-11-18T15:00:00Z"), new RemindersOptions()));
        Assert.Empty(Keys(Utc("2026-11-18T15:00:00Z"), new RemindersOptions { DefaultChannel = "c", Huddles = { Enabled = false } }));
    }
}
