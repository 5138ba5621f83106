using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Reminders.Chat;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// The Home tab through the real endpoint (a signed app_home_opened in, views.publish out) with real content: the
/// help, the user's open ticket, its upcoming reminders from the outbox, and the huddle digest.
/// </summary>
public sealed class SlackHomeTabTests : IAsyncLifetime
{
    private const string User = "U061F7AUR"; // the user in TestData/Slack/app_home_opened.json
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await SlackBotHarness.StartAsync(new Dictionary<string, string?> { ["Reminders:SchedulerEnabled"] = "false" }, ownDatabase: true);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task AppHomeOpened_PublishesHelpMyOpenTicketMyUpcomingRemindersAndTheHuddle()
    {
        var ticket = await OpenTicketAsync();

        await _bot.PostEventAsync(SlackFixtures.Event("app_home_opened"));

        var publish = (await _bot.Slack.WaitForAsync("views.publish")).Single().Body;
        Assert.Equal(User, publish["user_id"]!.GetValue<string>());
        var blocks = publish["view"]!["blocks"]!.AsArray();
        Assert.InRange(blocks.Count, 1, SlackHomeTab.MaxBlocks);
        var home = blocks.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains(WelcomeCard.Summary, home, StringComparison.Ordinal);
        Assert.Contains(ticket.Title, home, StringComparison.Ordinal);
        Assert.Contains(MyRemindersCard.Title, home, StringComparison.Ordinal);
        Assert.Contains($"{ReminderText.DueLine(Reminder.At(ticket.Number, ReminderKind.EstClose, DateTimeOffset.UtcNow, TimeZoneInfo.Utc, ReminderTarget.Owner))} — ticket {ticket.Number}", home, StringComparison.Ordinal);
        Assert.Matches("(Morning|End-of-day) huddle — ", home);
        Assert.Contains("*KPIs this month*", home, StringComparison.Ordinal);
        Assert.True(
            home.IndexOf(WelcomeCard.Summary, StringComparison.Ordinal) < home.IndexOf(ticket.Title, StringComparison.Ordinal)
            && home.IndexOf(ticket.Title, StringComparison.Ordinal) < home.IndexOf(MyRemindersCard.Title, StringComparison.Ordinal)
            && home.IndexOf(MyRemindersCard.Title, StringComparison.Ordinal) < home.IndexOf(" huddle — ", StringComparison.Ordinal),
            "help, my tickets, my reminders, huddle in that order");
    }

    [Fact]
    public async Task AppHomeOpened_NoTicketsOfTheUser_SaysNothingIsComingUp()
    {
        await _bot.PostEventAsync(SlackFixtures.Event("app_home_opened"));

        var home = (await _bot.Slack.WaitForAsync("views.publish")).Single().Body["view"]!["blocks"]!.ToJsonString();
        Assert.Contains("Nothing is coming up for your open tickets.", home, StringComparison.Ordinal);
    }

    /// <summary>An open ticket of the Slack user (its CSR) created today, and the outbox synced as the scheduler does.</summary>
    private async Task<Ticket> OpenTicketAsync()
    {
        var ticket = await _bot.ImportTicketAsync(User);
        await _bot.Services.GetRequiredService<ReminderDispatcher>().SyncAsync(CancellationToken.None);
        return ticket;
    }
}
