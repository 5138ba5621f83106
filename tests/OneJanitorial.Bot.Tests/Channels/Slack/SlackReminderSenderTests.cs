using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Reminders.Chat;
using OneJanitorial.Bot.Tests.Reminders;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>Reminders of the teams mapped to Slack through the real Web API client to a fake Slack on 127.0.0.1; other teams to the wrapped sender.</summary>
public sealed class SlackReminderSenderTests : IAsyncLifetime
{
    private const string EdmontonChannel = "C0EDMONTON1";
    private const string Taylor = "U0TAYLOR01";
    private readonly RecordingReminderSender _teams = new();
    private FakeSlackServer _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(_slack.Settings())
        {
            ["Slack:MaxAttempts"] = "1",
            ["Slack:Channels:edmonton"] = EdmontonChannel,
            ["Slack:Users:Taylor"] = Taylor,
            ["Reminders:OnCall:Rotation:0"] = "Peter",
            ["Reminders:OnCall:RotationStart"] = "2026-11-02",
        }).Build();
        var services = ReminderTestServices.Create(configuration);
        services.AddSingleton<IReminderSender>(_teams);
        services.AddSingleton<TurnDeliveries>();
        services.AddSlackChannel();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private IReminderSender Sender => _services.GetRequiredService<IReminderSender>();

    private static ReminderNotice Notice(ReminderTarget target, string city = "Edmonton") => new(
        Reminder.At(42, ReminderKind.ClientResponse, ReminderTickets.Received.AddMinutes(90), TimeZoneInfo.FindSystemTimeZoneById(ReminderTickets.Edmonton), target),
        ReminderTickets.Open() with { City = city }, Late: false);

    [Fact]
    public async Task PostAsync_HuddleIntoATeamsChannel_TheWrappedSenderPostsIt()
    {
        var result = await Sender.PostAsync("19:east@thread.tacv2", new OneJanitorial.Bot.Views.View("Morning huddle"), CancellationToken.None);

        Assert.Equal(DeliveryResult.Sent("test channel"), result);
        Assert.Equal("19:east@thread.tacv2", Assert.Single(_teams.Posted).Channel);
    }

    [Fact]
    public async Task SendAsync_OwnerHasASlackId_PostsInTheirDm()
    {
        var result = await Sender.SendAsync(Notice(ReminderTarget.Owner), CancellationToken.None);

        Assert.Equal(DeliveryResult.Sent("slack direct message"), result);
        Assert.Equal(Taylor, _slack.CallsTo("conversations.open").Single().Body["users"]!.GetValue<string>());
        var post = _slack.CallsTo("chat.postMessage").Single().Body;
        Assert.Equal("D" + Taylor, post["channel"]!.GetValue<string>());
        Assert.Contains("Client response due", post["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var blocks = post["blocks"]!.ToJsonString();
        Assert.Contains($"Ticket {ReminderTickets.Open().Number}", blocks, StringComparison.Ordinal);
        Assert.Contains("\"Done\"", blocks, StringComparison.Ordinal);
        Assert.Contains("Snooze 1 h", blocks, StringComparison.Ordinal);
        Assert.Empty(_teams.Delivered);
    }

    [Fact]
    public async Task SendAsync_ChannelReminder_PostsInTheTeamsSlackChannelMentioningTheOwner()
    {
        var result = await Sender.SendAsync(Notice(ReminderTarget.Channel), CancellationToken.None);

        Assert.Equal(DeliveryResult.Sent("slack channel"), result);
        var post = _slack.CallsTo("chat.postMessage").Single().Body;
        Assert.Equal(EdmontonChannel, post["channel"]!.GetValue<string>());
        Assert.StartsWith($"<@{Taylor}> ", post["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"<@{Taylor}>", post["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        Assert.Empty(_slack.CallsTo("conversations.open"));
    }

    [Fact]
    public async Task SendAsync_OnCallPersonWithoutSlackId_PostsInTheChannelWithTheirNameInBold()
    {
        await Sender.SendAsync(Notice(ReminderTarget.OnCall), CancellationToken.None);

        Assert.StartsWith("*@Peter* ", _slack.CallsTo("chat.postMessage").Single().Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A reminder is one Slack message whatever its kind, lateness and mention, so a failed post is retried whole and
    /// never leaves a first page posted twice (a scheduled huddle post into a Slack channel is one message too, see
    /// SlackHuddlePostTests; the huddle in a DM or /huddle is one page, see HuddleViewSizeTests).
    /// </summary>
    [Theory]
    [InlineData(ReminderTarget.Owner)]
    [InlineData(ReminderTarget.Channel)]
    public async Task SendAsync_EveryReminderKindLateWithALongTitle_OneSlackMessage(ReminderTarget target)
    {
        var kinds = Enum.GetValues<ReminderKind>().Where(k => k is not (ReminderKind.MorningHuddle or ReminderKind.EndOfDayHuddle)).ToList();
        var ticket = ReminderTickets.Open() with { Title = "NC - Walmart - Tower A - " + new string('x', 600) };
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ReminderTickets.Edmonton);

        foreach (var kind in kinds)
        {
            var notice = new ReminderNotice(Reminder.At(ticket.Number, kind, ReminderTickets.Received.AddMinutes(90), zone, target), ticket, Late: true);
            Assert.True((await Sender.SendAsync(notice, CancellationToken.None)).Delivered, kind.ToString());
        }

        Assert.Equal(kinds.Count, _slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task SendAsync_TeamNotOnSlack_GoesToTheWrappedSender()
    {
        var result = await Sender.SendAsync(Notice(ReminderTarget.OnCall, city: "Toronto"), CancellationToken.None);

        Assert.Equal(DeliveryResult.Sent("test"), result);
        Assert.Single(_teams.Delivered);
        Assert.Empty(_slack.Calls);
    }

    [Fact]
    public async Task SendAsync_SlackRateLimitsThePost_IsAPeerUnavailableDeliveryTheDispatcherRetries()
    {
        _slack.RateLimitNext("chat.postMessage");

        var result = await Sender.SendAsync(Notice(ReminderTarget.Channel), CancellationToken.None);

        Assert.Equal(DeliveryResult.Unavailable("slack chat.postMessage: http_429"), result);
        Assert.Empty(_teams.Delivered);
    }

    [Fact]
    public async Task PostAsync_SlackOutAfterTheFirstPage_TheDeliveryTriedAgainPostsOnlyThePagesNotPosted()
    {
        var view = new View("Morning huddle") { Blocks = [.. Enumerable.Range(1, 70).Select(i => new Paragraph($"ticket {i}"))] }; // two pages
        var delivery = TestDeliveries.Post($"huddle/{EdmontonChannel}/2026-11-19/morning-huddle");
        _slack.FailNext("chat.postMessage", after: 1);

        var failed = await Sender.PostAsync(EdmontonChannel, view, delivery, CancellationToken.None);
        var retried = await Sender.PostAsync(EdmontonChannel, view, delivery, CancellationToken.None);

        Assert.True(failed.PeerUnavailable);
        Assert.Equal(DeliveryResult.Sent("slack channel"), retried);
        // Before, the retry posted the digest again from its first page: the channel had page 1 twice.
        var pages = _slack.CallsTo("chat.postMessage").Where(c => c.Response?["ok"]?.GetValue<bool>() == true).Select(c => c.Body["blocks"]!.ToJsonString()).ToList();
        Assert.Equal(2, pages.Count);
        Assert.Equal(2, pages.Distinct().Count());
    }

    [Fact]
    public async Task SendAsync_SlackPostFails_PeerUnavailableOnlyWhenSlackIsOut()
    {
        _slack.FailNext("chat.postMessage");
        var unavailable = await Sender.SendAsync(Notice(ReminderTarget.Channel), CancellationToken.None);

        Assert.True(unavailable.PeerUnavailable); // HTTP 500: Slack is out
        Assert.False(new SlackApiResult(false, "channel_not_found", []).PeerUnavailable);
        Assert.False(new SlackApiResult(false, "http_404", []).PeerUnavailable);
    }
}
