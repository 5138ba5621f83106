using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Reminders;

namespace OneJanitorial.Bot.Tests.Reminders;

public sealed class ReminderRouterTests
{
    private static ReminderRouter Router(Action<RemindersOptions>? configure = null)
    {
        var options = new RemindersOptions { Channels = new(StringComparer.OrdinalIgnoreCase) { ["edmonton"] = "19:edm" }, DefaultChannel = "19:main" };
        configure?.Invoke(options);
        return new ReminderRouter(Options.Create(options));
    }

    private static ReminderNotice Notice(ReminderTarget target, string city = "Edmonton") => new(
        Reminder.At(42, ReminderKind.ClientResponse, ReminderTickets.Received, TimeZoneInfo.FindSystemTimeZoneById(ReminderTickets.Edmonton), target),
        ReminderTickets.Open() with { City = city }, false);

    [Fact]
    public void Route_Owner_PersonFirstThenCityChannelMentioningThem() =>
        Assert.Equal(new ReminderRoute("Taylor", "19:edm", "Taylor"), Router().Route(Notice(ReminderTarget.Owner)));

    [Fact]
    public void Route_ChannelForUnlistedCity_DefaultChannel() =>
        Assert.Equal(new ReminderRoute(null, "19:main", "Taylor"), Router().Route(Notice(ReminderTarget.Channel, "Calgary")));

    [Fact]
    public void Route_OnCallFixedChannelNoRotation_ThatChannel() =>
        Assert.Equal(new ReminderRoute(null, "19:oncall", null), Router(o => o.OnCall.Channel = "19:oncall").Route(Notice(ReminderTarget.OnCall)));

    [Theory]
    [InlineData("2026-11-02", "Peter")]
    [InlineData("2026-11-08", "Peter")] // Sunday: still week 0
    [InlineData("2026-11-09", "Edgar")]
    [InlineData("2026-11-16", "Taylor")]
    [InlineData("2026-11-23", "Peter")]
    [InlineData("2026-10-31", "Taylor")] // before the start: the rotation runs backwards too
    public void OnCallPerson_WeeklyRotation_CountsWeeksFromStart(string day, string expected)
    {
        var router = Router(o => { o.OnCall.Rotation = ["Peter", "Edgar", "Taylor"]; o.OnCall.RotationStart = new DateOnly(2026, 11, 2); });

        Assert.Equal(expected, router.OnCallPerson(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
