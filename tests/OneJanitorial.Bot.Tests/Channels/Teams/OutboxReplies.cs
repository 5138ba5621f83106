using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
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
    /// Two more polls of every sender, each given <paramref name="settle"/> of real time to run: a reply sent twice, or
    /// one more try, would show by then.
    /// </summary>
    public static async Task LetPollsPassAsync(FakeTimeProvider clock, TimeSpan settle)
    {
        for (var i = 0; i < 2; i++)
        {
            await Task.Delay(settle);
            clock.Advance(TeamsOutboxSender.PollInterval);
        }
        await Task.Delay(settle);
    }
}
