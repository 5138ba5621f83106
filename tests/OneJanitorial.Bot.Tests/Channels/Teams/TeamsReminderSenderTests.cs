using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Reminders.Chat;
using OneJanitorial.Bot.Tests.Reminders;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets.Chat;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>Reminder delivery through the real connector client to a fake Bot Connector on 127.0.0.1.</summary>
public sealed class TeamsReminderSenderTests : IAsyncLifetime
{
    private const string EdmontonChannel = "19:edmonton@thread.tacv2";
    private FakeBotConnector _connector = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reminders:Channels:Edmonton"] = EdmontonChannel,
            ["Reminders:OnCall:Rotation:0"] = "Peter",
            ["Reminders:OnCall:Rotation:1"] = "Edgar",
            ["Reminders:OnCall:RotationStart"] = "2026-11-02",
            ["Reminders:SchedulerEnabled"] = "false",
        }).Build();
        var services = ReminderTestServices.Create(configuration);
        services.AddSingleton(new OfferedAction(ActionPlace.Reminder, new VerbAction("Open ticket", TicketVerbs.Show)));
        services.AddTeamsChannel(configuration);
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private IReminderSender Sender => _services.GetRequiredService<IReminderSender>();

    private Task SaveAsync(string conversation, string type, string? userId, string? userName) =>
        _services.GetRequiredService<ConversationReferences>().SaveAsync(
            new ConversationReference(_connector.ServiceUrl, conversation, type, "tenant-1", type == "channel" ? "team-1" : null,
                type == "channel" ? conversation : null, "bot-1", "OneJ", userId, userName, null), CancellationToken.None);

    private static ReminderNotice Notice(ReminderKind kind, ReminderTarget target) => new(
        Reminder.At(42, kind, ReminderTickets.Received.AddMinutes(90), TimeZoneInfo.FindSystemTimeZoneById(ReminderTickets.Edmonton), target),
        ReminderTickets.Open(), Late: false);

    [Fact]
    public async Task SendAsync_OwnerHasPersonalChat_PostsTheReminderCardThere()
    {
        await SaveAsync("a:taylor-chat", "personal", "29:taylor", "Taylor");

        var result = await Sender.SendAsync(Notice(ReminderKind.ClientResponse, ReminderTarget.Owner), CancellationToken.None);

        Assert.Equal(DeliveryResult.Sent("personal chat"), result);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("a:taylor-chat", request.ConversationId);
        Assert.Null(request.Body!["text"]);
        var card = Assert.Single(request.Body["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", card["contentType"]!.GetValue<string>());
        Assert.Equal("1.2", card["content"]!["version"]!.GetValue<string>());
        var text = card["content"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Client response due", text);
        Assert.Contains("10:45 AM Wed, Nov 18 (America/Edmonton)", text);
        Assert.Contains("Ticket 42: New Concern — Walmart", text);
        Assert.Contains("within 90 minutes", text);
        var body = card["content"]!["body"]!.AsArray();
        var row = body[^1]!["actions"]!.AsArray(); // Done and Open ticket, under the action
        Assert.Equal(["Done", "Open ticket"], row.Select(a => a!["title"]!.GetValue<string>()));
        Assert.Equal(["Snooze 1 h", "Tomorrow 8 AM"], card["content"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        Assert.Equal("42/client-response/2026-11-18T17:45:00Z", row[0]!["data"]!["reminder"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_ChatSavedAtInstallWithoutName_FoundByTheIdTheNameWasSeenWith()
    {
        await SaveAsync("a:taylor-chat", "personal", "29:taylor", null);
        await SaveAsync(EdmontonChannel, "channel", "29:taylor", "Taylor");

        var result = await Sender.SendAsync(Notice(ReminderKind.ClientResponse, ReminderTarget.Owner), CancellationToken.None);

        Assert.Equal(DeliveryResult.Sent("personal chat"), result);
        Assert.Equal("a:taylor-chat", Assert.Single(_connector.Requests).ConversationId);
    }

    [Fact]
    public async Task SendAsync_OwnerWithoutChatButSeenInChannel_ChannelPostWithRealMention()
    {
        await SaveAsync(EdmontonChannel, "channel", "29:taylor", "Taylor");

        var result = await Sender.SendAsync(Notice(ReminderKind.ClientResponse, ReminderTarget.Owner), CancellationToken.None);

        Assert.Equal(DeliveryResult.Sent("team channel"), result);
        var body = Assert.Single(_connector.Requests).Body!;
        Assert.Equal("<at>Taylor</at> Client response due", body["text"]!.GetValue<string>());
        Assert.Single(body["attachments"]!.AsArray());
        var mention = body["entities"]![0]!;
        Assert.Equal(("mention", "29:taylor", "<at>Taylor</at>"), (mention["type"]!.GetValue<string>(), mention["mentioned"]!["id"]!.GetValue<string>(), mention["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SendAsync_OwnerDisplayNameWithMarkup_MentionNameIsEscaped()
    {
        const string Name = "Tay</at><b>lor & Co";
        await SaveAsync(EdmontonChannel, "channel", "29:taylor", Name);
        var notice = Notice(ReminderKind.ClientResponse, ReminderTarget.Owner);

        await Sender.SendAsync(notice with { Ticket = notice.Ticket with { Owner = Name } }, CancellationToken.None);

        var body = Assert.Single(_connector.Requests).Body!;
        const string Tag = "<at>Tay&lt;/at&gt;&lt;b&gt;lor &amp; Co</at>";
        Assert.Equal($"{Tag} Client response due", body["text"]!.GetValue<string>());
        var mention = body["entities"]![0]!;
        Assert.Equal((Tag, Name), (mention["text"]!.GetValue<string>(), mention["mentioned"]!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SendAsync_OverdueToChannel_MentionsTheOwnerByNameWhenNeverSeen()
    {
        await SaveAsync(EdmontonChannel, "channel", "29:someone", "Someone Else");

        await Sender.SendAsync(Notice(ReminderKind.Overdue, ReminderTarget.Channel), CancellationToken.None);

        var body = Assert.Single(_connector.Requests).Body!;
        Assert.Equal("**@Taylor** Overdue", body["text"]!.GetValue<string>());
        Assert.Single(body["attachments"]!.AsArray());
        Assert.Null(body["entities"]);
    }

    [Fact]
    public async Task PostAsync_HuddleIntoTheTeamChannel_ANewPostWithTheCard()
    {
        await SaveAsync(EdmontonChannel, "channel", "29:someone", "Someone Else");

        var result = await Sender.PostAsync(EdmontonChannel, new View("Morning huddle") { Blocks = [new Paragraph("Morning huddle — Wed, Nov 18")] }, CancellationToken.None);

        Assert.Equal(DeliveryResult.Sent("team channel"), result);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal(EdmontonChannel, request.ConversationId);
        Assert.Contains("Morning huddle — Wed, Nov 18", request.Body!["attachments"]![0]!["content"]!.ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task PostAsync_BotNotInTheChannel_FailedNotSilent()
    {
        var result = await Sender.PostAsync(EdmontonChannel, new View("Morning huddle"), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task SendAsync_NoChatAndBotNotInChannel_FailedNotSilent()
    {
        var result = await Sender.SendAsync(Notice(ReminderKind.ClientResponse, ReminderTarget.Owner), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Contains("not installed in the configured team channel", result.Detail);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task SendAsync_OnCallRotation_ThisWeeksPersonInTheirChat()
    {
        await SaveAsync("a:peter-chat", "personal", "29:peter", "Peter");
        await SaveAsync("a:edgar-chat", "personal", "29:edgar", "Edgar");

        await Sender.SendAsync(Notice(ReminderKind.OnCall, ReminderTarget.OnCall), CancellationToken.None); // Wed Nov 18: week 2 → Peter

        Assert.Equal("a:peter-chat", Assert.Single(_connector.Requests).ConversationId);
    }

    [Fact]
    public async Task SendAsync_ChatHasRepliesKeptInTheOutbox_TheReminderIsKeptBehindThem()
    {
        await SaveAsync("a:taylor-chat", "personal", "29:taylor", "Taylor");
        var outbox = _services.GetRequiredService<TeamsOutbox>();
        await outbox.KeepAsync(OutboxReplies.Reply(_connector, "a:taylor-chat", "Ticket 42 created"), "act-1", 1, tried: true, CancellationToken.None);

        var result = await Sender.SendAsync(Notice(ReminderKind.ClientResponse, ReminderTarget.Owner), CancellationToken.None);

        // Before, the reminder was posted at once, overtaking the reply the connector could not take.
        Assert.Equal(DeliveryResult.Sent("personal chat"), result);
        Assert.Empty(_connector.Requests);
        var queue = Assert.Single(await outbox.ListAsync(CancellationToken.None));
        Assert.Equal("Ticket 42 created", queue[0].Message.Activity.Text);
        Assert.Single(queue[1].Message.Activity.Attachments!); // the reminder card
    }

    [Fact]
    public async Task SendAsync_ConnectorRefuses_ThrowsForTheDispatcherToRetry()
    {
        await SaveAsync("a:taylor-chat", "personal", "29:taylor", "Taylor");
        _connector.FailNext(403);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Sender.SendAsync(Notice(ReminderKind.ClientResponse, ReminderTarget.Owner), CancellationToken.None));

        Assert.Contains("403", error.Message);
    }
}
