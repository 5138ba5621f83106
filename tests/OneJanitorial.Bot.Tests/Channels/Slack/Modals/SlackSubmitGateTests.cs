using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack.Modals;

/// <summary>
/// Issue 9, several instances: a modal submit is a turn of its modal's conversation like any other, so it never runs
/// beside a message turn of that conversation (where the two would race on the dialog state). It waits for that turn
/// only within the part of Slack's 3 seconds it can spare; when the turn is not done by then, the form is told to come
/// back and the submit runs once, after the turn, by the worker, which renews its claim while the conversation stays busy,
/// so no other instance takes it on as stale and runs it again.
/// </summary>
public sealed class SlackSubmitGateTests : IAsyncLifetime
{
    private readonly WatchedConversationGate _gate = new();
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await SlackBotHarness.StartAsync(fakeClock: true, services: s => s.AddSingleton<IConversationGate>(_gate));

    public async Task DisposeAsync()
    {
        _bot.Feature.Release();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task Submit_WhileATurnOfItsConversationRuns_RunsAfterItAndIsAnsweredOnce()
    {
        await StartEarlierTurnAsync();

        var answer = _bot.PostInteractionAsync(SlackFixtures.ViewSubmission("V0GATE0001", ScriptedFeature.EchoVerb));
        await Polling.UntilAsync(() => _gate.Waiting == 1 || answer.IsCompleted, "The submit neither waited nor was answered.");
        Assert.False(answer.IsCompleted, "The submit ran beside the earlier turn of its conversation.");
        _bot.Feature.Release();

        using var response = await answer.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("clear", (await AckAsync(response))["response_action"]!.GetValue<string>());
        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Slack.CallsTo("chat.postEphemeral").Count > 0, maxSeconds: 60, "The submit's note was not posted.");
        await _bot.WaitForInboxDoneAsync(3); // the mention, the submit, its note
        AssertRanOnceEachInOrder();
    }

    [Fact]
    public async Task Submit_ItsConversationNotFreeWithinSlacksDeadline_FormToldToComeBackAndTheWorkerRunsItOnceAfter()
    {
        await StartEarlierTurnAsync();
        var payload = SlackFixtures.ViewSubmission("V0GATE0002", ScriptedFeature.EchoVerb);

        var answer = _bot.PostInteractionAsync(payload);
        await Polling.UntilAsync(() => _gate.Waiting == 1 || answer.IsCompleted, "The submit neither waited nor was answered.");
        _bot.Clock.Advance(SlackViewSubmissions.GateWaitLimit);

        using var response = await answer.WaitAsync(TimeSpan.FromSeconds(20));
        var ack = await AckAsync(response);
        Assert.Equal("push", ack["response_action"]!.GetValue<string>());
        Assert.Equal(SlackViewSubmissions.BusyNote, ack["view"]!["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        Assert.Single(_bot.Feature.Handled); // only the earlier turn
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2140 && l.Text.Contains(SlackViewSubmissions.WorkId(payload), StringComparison.Ordinal));
        _bot.Feature.Release();

        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Slack.CallsTo("chat.postEphemeral").Count > 0, maxSeconds: 60, "The deferred submit was never run.");
        await _bot.WaitForInboxDoneAsync(3); // the mention, the submit, its note
        AssertRanOnceEachInOrder();
        Assert.Equal((0, 0), (_bot.Metrics.Total("onej.slack.work.retries"), _bot.Metrics.Total("onej.slack.work.failures")));
    }

    [Fact]
    public async Task Submit_LeftToTheWorkerWhileItsConversationIsBusyPastTheStaleLimit_KeepsItsClaimAndRunsOnceAfter()
    {
        // A turn of the modal's channel on another instance, stood in for by the test holding the channel's gate.
        var earlier = await _gate.Inner.EnterAsync("slack/C123ABC456", CancellationToken.None);
        var payload = SlackFixtures.ViewSubmission("V0GATE0003", ScriptedFeature.EchoVerb);
        var heldSince = _bot.Clock.GetUtcNow();
        var answer = _bot.PostInteractionAsync(payload);
        await Polling.UntilAsync(() => _gate.Waiting == 1 || answer.IsCompleted, "The submit neither waited nor was answered.");
        _bot.Clock.Advance(SlackViewSubmissions.GateWaitLimit);
        using var response = await answer.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(SlackViewSubmissions.BusyNote, (await AckAsync(response))["view"]!["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        await Polling.UntilAsync(() => _gate.Busy > 0, "The worker did not try the held submit.");

        // Held past the stale limit, its conversation busy all along (not yet for a whole queue timeout, which would
        // count a failed attempt, and renew the claim that way).
        var staleAfter = _bot.Clock.TurnTimeout * 2;
        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Clock.GetUtcNow() - heldSince > staleAfter, maxSeconds: 600, "The clock did not move.");
        Assert.Equal(0, _bot.Metrics.Total("onej.slack.work.retries"));

        // Another instance's sweep finds its claim renewed: it does not take the submit on and run it a second time.
        Assert.Equal(0, await new SlackInbox(_bot.Store, _bot.Clock).ClaimStaleAsync(staleAfter, CancellationToken.None));
        Assert.Empty(_bot.Feature.Handled);
        earlier.Dispose();
        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Slack.CallsTo("chat.postEphemeral").Count > 0, maxSeconds: 60, "The held submit was never run.");
        await _bot.WaitForInboxDoneAsync(2); // the submit, its note
        Assert.Equal([ScriptedFeature.EchoVerb.Name], _bot.Feature.Handled.Select(t => t.Verb));
        Assert.Contains("site:", Assert.Single(_bot.Slack.CallsTo("chat.postEphemeral")).Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.EventId == 2123); // no copy of it lost its claim
    }

    /// <summary>A message turn of the modal's channel that runs until the test releases it.</summary>
    private async Task StartEarlierTurnAsync()
    {
        using var accepted = await _bot.PostEventAsync(SlackFixtures.Event("app_mention", "wait"));
        await _bot.Feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }

    private void AssertRanOnceEachInOrder()
    {
        Assert.Equal(["wait", ScriptedFeature.EchoVerb.Name], _bot.Feature.Handled.Select(t => t.Text ?? t.Verb));
        Assert.Equal(1, _bot.Feature.MaxConcurrent);
        Assert.Equal("done waiting", Assert.Single(_bot.Slack.CallsTo("chat.postMessage")).Body["text"]!.GetValue<string>());
        Assert.Contains("site:", Assert.Single(_bot.Slack.CallsTo("chat.postEphemeral")).Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.EventId is 2113 or 2116); // no turn failed (a conflict on the dialog state would)
    }

    private static async Task<JsonObject> AckAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
