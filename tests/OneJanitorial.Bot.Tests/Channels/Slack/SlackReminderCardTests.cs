using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// A reminder of a team on Slack, sent by the real host's sender, and its Snooze button pressed in Slack (a signed
/// block_actions): the same reminder chat feature as in Teams records it once and replaces the card.
/// </summary>
public sealed class SlackReminderCardTests : IAsyncLifetime
{
    private const string Channel = "C123ABC456";
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(
        new Dictionary<string, string?> { ["Reminders:SchedulerEnabled"] = "false", ["Slack:Channels:Toronto"] = Channel }, ownDatabase: true);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task SnoozePressedInSlack_RecordedOnceByTheSameCore_CardReplacedInPlace()
    {
        var ticket = await _bot.ImportTicketAsync("una");
        var notice = new ReminderNotice(
            Reminder.At(ticket.Number, ReminderKind.ClientResponse, DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"), ReminderTarget.Channel),
            ticket, Late: false);

        var sent = await _bot.Services.GetRequiredService<IReminderSender>().SendAsync(notice, CancellationToken.None);

        Assert.Equal(DeliveryResult.Sent("slack channel"), sent);
        var card = _bot.Slack.CallsTo("chat.postMessage").Single();
        Assert.Equal(Channel, card.Body["channel"]!.GetValue<string>());
        await PressAsync(card, "Snooze 1 h");
        var update = (await _bot.Slack.WaitForAsync("chat.update")).Single().Body;
        Assert.Equal(card.Response!["ts"]!.GetValue<string>(), update["ts"]!.GetValue<string>());
        Assert.Contains("Snoozed by U123ABC456", update.ToJsonString(), StringComparison.Ordinal);

        await PressAsync(card, "Snooze 1 h");

        var again = (await _bot.Slack.WaitForAsync("chat.postMessage", 2))[1].Body["text"]!.GetValue<string>();
        Assert.Contains("nothing was recorded twice", again, StringComparison.Ordinal);
    }

    /// <summary>Presses the card's button titled <paramref name="title"/> as Slack reports it (its value, the message's ts).</summary>
    private async Task PressAsync(RecordedSlackCall card, string title)
    {
        var button = card.Body["blocks"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray()).First(e => e!["text"]!["text"]!.GetValue<string>() == title)!;
        var payload = SlackFixtures.BlockActions(JsonNode.Parse(button["value"]!.GetValue<string>())!.AsObject(), _bot.Slack.ResponseUrl("press"));
        payload["channel"]!["id"] = Channel;
        payload["container"]!["channel_id"] = Channel;
        payload["container"]!["message_ts"] = card.Response!["ts"]!.GetValue<string>();
        using var response = await _bot.PostInteractionAsync(payload);
        response.EnsureSuccessStatusCode();
    }
}
