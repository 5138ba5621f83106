using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// Work of one conversation that failed in a way a retry can fix keeps its place in its lane: it is tried again before
/// the conversation's later work, which waits for it, so the replies come out in the order the messages came in. A
/// piece that fails every time holds its lane only until it is given up (<see cref="SlackInboxWorker.MaxAttempts"/>).
/// </summary>
public sealed class SlackRetryOrderTests : IAsyncLifetime
{
    private const string DmGateKey = "slack/D024BE91L";
    private const string User = "U123ABC456";

    private readonly WatchedConversationGate _gate = new();
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await SlackBotHarness.StartAsync(fakeClock: true, services: s => s.AddSingleton<IConversationGate>(_gate));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Event_FirstMessageRetriedAfterItsWaitRanOut_AnsweredBeforeTheSecondOfItsDm()
    {
        var wedged = await _gate.Inner.EnterAsync(DmGateKey, CancellationToken.None);
        await PostAsync(SlackFixtures.Event("message_im", "echo first"));
        await Polling.UntilAsync(() => _gate.Busy > 0, "The first turn did not find its conversation busy.");
        await PostAsync(SlackFixtures.Event("message_im", "echo second"));

        // The first turn's conversation stays busy for its whole queue timeout: a failed attempt, tried again later.
        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Metrics.Total("onej.slack.work.retries") == 1, maxSeconds: 600, "The first turn was not retried.");
        wedged.Dispose();

        // Before, the retry went to the back of the lane: the second message, behind it, ran at once and was answered first.
        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Slack.CallsTo("chat.postMessage").Count == 2, maxSeconds: 60, "The DM's turns were not both answered.");
        await _bot.WaitForInboxDoneAsync(2);
        Assert.Equal(["echo first", "echo second"], _bot.Slack.CallsTo("chat.postMessage").Select(c => c.Body["text"]!.GetValue<string>()));
        Assert.Equal(2, _bot.Turns.Turns.Count);
    }

    [Fact]
    public async Task HomeLane_AButtonFailingEveryAttempt_GivenUpAfterTheLastThenTheLanesNextWorkRuns()
    {
        _bot.Slack.FailNext("conversations.open", times: 100, fault: SlackFault.Drop); // the button's DM cannot be opened
        await _bot.PostInteractionAsync(HomeButton());
        var opened = SlackFixtures.Event("app_home_opened");
        opened["event"]!["user"] = User;
        await PostAsync(opened); // the Home tab of the same user, queued behind the button in the user's Home lane

        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Slack.CallsTo("views.publish").Count > 0, maxSeconds: 120, "The Home tab behind the failing button was never published.");

        var calls = _bot.Slack.Calls.Select(c => c.Method).ToList();
        var published = calls.IndexOf("views.publish");
        // Every attempt at the button (and its failure notice, which tries the DM too) came before the Home tab; before,
        // the Home tab ran at the button's first failure.
        Assert.True(calls[..published].Count(m => m == "conversations.open") >= SlackInboxWorker.MaxAttempts);
        Assert.DoesNotContain("conversations.open", calls[published..]);
        Assert.Equal((SlackInboxWorker.MaxAttempts - 1, 1), (_bot.Metrics.Total("onej.slack.work.retries"), _bot.Metrics.Total("onej.slack.work.failures")));
        await _bot.WaitForInboxDoneAsync(2);
    }

    private async Task PostAsync(JsonObject body)
    {
        using var response = await _bot.PostEventAsync(body);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A button on the Home tab: no channel, its turn answers in the user's DM (opened when it runs).</summary>
    private JsonObject HomeButton()
    {
        var payload = SlackFixtures.BlockActions(CardData.For(ScriptedFeature.EchoVerb.Name, ("site", "Home")), _bot.Slack.ResponseUrl("home"));
        payload.Remove("channel");
        payload.Remove("message");
        payload["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0HOME" };
        payload["view"] = new JsonObject { ["id"] = "V0HOME", ["type"] = "home" };
        return payload;
    }
}
