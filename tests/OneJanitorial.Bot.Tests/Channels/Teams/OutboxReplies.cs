using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>What the outbox tests keep, read back and wait for, shared by the in-memory and the PostgreSQL ones.</summary>
internal static class OutboxReplies
{
    /// <summary>A plain text reply to <paramref name="conversationId"/>, to be kept.</summary>
    public static OutboxMessage Reply(FakeBotConnector connector, string conversationId, string text) =>
        new(connector.ServiceUrl, conversationId, null, new Activity { Type = ActivityTypes.Message, Text = text }, 0, default, default);

    /// <summary>The texts the connector received for <paramref name="conversationId"/>, in the order it received them.</summary>
    public static List<string> Texts(FakeBotConnector connector, string conversationId) =>
        [.. connector.Requests.Where(r => r.ConversationId == conversationId).Select(r => r.Body!["text"]!.GetValue<string>())];

    /// <summary>A sender of <paramref name="outbox"/> on the connector pipeline of <paramref name="services"/> (<see cref="ConnectorTestServices"/>), not started.</summary>
    public static TeamsOutboxSender Sender(IServiceProvider services, TeamsOutbox outbox, TimeProvider clock) => new(
        outbox,
        services.GetRequiredService<ConnectorClient>(),
        services.GetRequiredService<TeamsMetrics>(),
        services.GetRequiredService<IOptions<BotOptions>>(),
        clock,
        services.GetRequiredService<ILogger<TeamsOutboxSender>>());

    /// <summary>
    /// Two more polls of every one of <paramref name="senders"/>, each run to its end: the clock is moved on only while
    /// every sender waits for its next poll, and after each move until every one waits again. A reply sent twice, or one
    /// more try, would show by then. A sender that does not come back to wait a whole poll interval (a reply still due)
    /// fails the wait.
    /// </summary>
    public static async Task LetPollsPassAsync(TimerWatchingTimeProvider clock, int senders)
    {
        for (var i = 0; i < 2; i++)
        {
            await Polling.UntilAsync(() => clock.Pending(TeamsOutboxSender.PollInterval) == senders, "A sender did not come back to wait for its next poll.");
            clock.Advance(TeamsOutboxSender.PollInterval);
        }
        await Polling.UntilAsync(() => clock.Pending(TeamsOutboxSender.PollInterval) == senders, "A sender did not come back to wait for its next poll.");
    }
}
