using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// A Slack turn that runs past <c>Slack:TurnTimeout</c> on the bot's clock (not the machine's) is cancelled: an
/// event's turn is logged and run again, and answered once; a modal submit is answered that it failed.
/// </summary>
public sealed class SlackTurnTimeoutTests : IAsyncLifetime
{
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(fakeClock: true);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Event_TurnRunsPastItsTimeoutOnTheBotsClock_CancelledLoggedThenRunAgainAndAnsweredOnce()
    {
        var body = SlackFixtures.Event("message_im", "wait");
        using var accepted = await _bot.PostEventAsync(body);
        await _bot.Feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(_bot.Clock.TurnRunning); // its timeout is a timer of the bot's clock

        _bot.Clock.Advance(_bot.Clock.TurnTimeout);

        await Polling.UntilAsync(() => _bot.Logs.Lines.Any(l => l.EventId == 2114), "The turn was not cancelled at its timeout on the bot's clock.");
        Assert.Contains(body["event_id"]!.GetValue<string>(), Assert.Single(_bot.Logs.Lines, l => l.EventId == 2114).Text, StringComparison.Ordinal);
        Assert.Empty(_bot.Slack.CallsTo("chat.postMessage"));
        _bot.Feature.Release();
        await Polling.RunClockUntilAsync(_bot.Clock, () => _bot.Slack.CallsTo("chat.postMessage").Count > 0, maxSeconds: 60, "The timed-out turn was not run again.");
        await _bot.WaitForInboxDoneAsync(1);
        Assert.Equal("done waiting", Assert.Single(_bot.Slack.CallsTo("chat.postMessage")).Body["text"]!.GetValue<string>());
        Assert.Equal(2, _bot.Feature.Handled.Count);
    }

    [Fact]
    public async Task ModalSubmit_TurnRunsPastItsTimeoutOnTheBotsClock_AnsweredThatItFailed()
    {
        var answer = _bot.PostInteractionAsync(SlackFixtures.ViewSubmission("V0TIMEOUT1", ScriptedFeature.WaitVerb));
        await _bot.Feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));

        _bot.Clock.Advance(_bot.Clock.TurnTimeout);

        using var response = await answer.WaitAsync(TimeSpan.FromSeconds(20)); // not held for a minute of the machine's time
        response.EnsureSuccessStatusCode();
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("update", ack["response_action"]!.GetValue<string>());
        Assert.Equal(SlackViewSubmissions.FailedNote, ack["view"]!["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2116);
    }
}
