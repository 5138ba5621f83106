using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// Issue 9, head-of-line blocking: work waiting for its conversation's earlier turn does not hold one of the worker's
/// <see cref="SlackInboxWorker.Parallelism"/> slots, so a CSR's quick messages behind a slow turn in their DM never keep
/// another conversation waiting; the DM's own messages are still answered once each, in the order accepted, after it.
/// </summary>
public sealed class SlackConversationLaneTests : IAsyncLifetime
{
    private const string Dm = "D024BE91L";
    private const string Channel = "C123ABC456";

    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync();

    public async Task DisposeAsync()
    {
        _bot.Feature.Release();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task Event_SlotsWorthOfMessagesQueuedBehindABlockedTurn_AnotherConversationAnsweredBeforeItIsReleased()
    {
        await PostAsync("message_im", "wait");
        await _bot.Feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var queued = Enumerable.Range(1, SlackInboxWorker.Parallelism).Select(i => $"echo queued {i}").ToList();
        foreach (var text in queued)
        {
            await PostAsync("message_im", text);
        }

        await PostAsync("app_mention", "echo from another conversation");

        var first = Assert.Single(await _bot.Slack.WaitForAsync("chat.postMessage"));
        Assert.Equal((Channel, "echo from another conversation"), (Str(first, "channel"), Str(first, "text")));
        _bot.Feature.Release();
        await _bot.WaitForInboxDoneAsync(2 + queued.Count);
        var posts = _bot.Slack.CallsTo("chat.postMessage");
        Assert.Equal(2 + queued.Count, posts.Count);
        Assert.Equal(["done waiting", .. queued], posts.Where(c => Str(c, "channel") == Dm).Select(c => Str(c, "text")));
    }

    private async Task PostAsync(string fixture, string text)
    {
        using var response = await _bot.PostEventAsync(SlackFixtures.Event(fixture, text));
        response.EnsureSuccessStatusCode();
    }

    private static string? Str(RecordedSlackCall call, string name) => call.Body[name]?.GetValue<string>();
}
