using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// A turn's reply of several pages (<see cref="ScriptedFeature.LongView"/>: three pages of Block Kit, then a plain
/// message) through the real inbox worker against a fake Slack whose chat.postMessage fails on a later page (HTTP 500
/// <c>internal_error</c>, a dropped connection, no answer within <c>Slack:CallTimeoutSeconds</c> of the bot's clock): each page reaches the user
/// once, in order, in the turn's thread; so does each page of a reply only to the user (chat.postEphemeral, or the DM when
/// the bot or the user is not in the channel, with one note saying why) Slack could not take.
/// </summary>
public sealed class SlackTurnPagesTests : IAsyncLifetime
{
    private const string Thread = "1515449522.000016";
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(fakeClock: true);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData(SlackFault.Http500)]
    [InlineData(SlackFault.Drop)] // a refused connection
    [InlineData(SlackFault.Hang)] // a timed-out call
    public async Task Turn_SecondPageFailsOnce_EachPagePostedOnceInOrderInTheThread(SlackFault fault)
    {
        _bot.Slack.FailNext("chat.postMessage", times: 1, after: 1, fault);

        await _bot.PostEventAsync(SlackFixtures.Event("app_mention", "<@UBOT0001> long"));
        if (fault == SlackFault.Hang)
        {
            // The turn waits on the unanswered second page: Slack:CallTimeoutSeconds of the bot's clock, well inside the turn's timeout.
            await _bot.Slack.WaitForAsync("chat.postMessage", count: 2);
            _bot.Clock.Advance(new SlackOptions().CallTimeout);
        }
        await RunClockUntilAsync(() => _bot.Slack.CallsTo("chat.postMessage").Count(Ok) >= Expected.Count);
        await _bot.WaitForInboxDoneAsync(1);

        // Before, the failed page was dropped: the user got pages 1 and 3 and the end, page 2 never.
        Assert.Equal(Expected, Posted());
        Assert.Single(_bot.Slack.CallsTo("chat.postMessage"), c => !Ok(c)); // the second page, not taken during the turn
        Assert.All(_bot.Slack.CallsTo("chat.postMessage").Where(Ok), c => Assert.Equal(Thread, c.Body["thread_ts"]?.GetValue<string>()));
        Assert.Single(_bot.Feature.Handled); // the turn ran once: its dialog writes are not made again
    }

    [Fact]
    public async Task Turn_SecondPageFailsEveryTime_RetriedThenGivenUpLoggedAndTheUserTold()
    {
        _bot.Slack.FailNext("chat.postMessage", times: 1 + SlackInboxWorker.MaxAttempts, after: 1);

        await _bot.PostEventAsync(SlackFixtures.Event("app_mention", "<@UBOT0001> long"));
        await RunClockUntilAsync(() => _bot.Metrics.Total("onej.slack.work.failures") > 0);

        Assert.Equal(1 + SlackInboxWorker.MaxAttempts, _bot.Slack.CallsTo("chat.postMessage").Count(c => !Ok(c))); // in the turn, then each follow-up attempt
        Assert.Equal(Expected[..1], Posted()); // the first page, once; the rest neither posted out of order nor dropped unsaid
        Assert.Single(_bot.Feature.Handled);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2118 && l.Text.Contains("followup:turn:", StringComparison.Ordinal));
        var notice = Assert.Single(await _bot.Slack.WaitForAsync("chat.postEphemeral")).Body; // told after it is counted
        Assert.Equal(("C123ABC456", "U123ABC456"), (notice["channel"]!.GetValue<string>(), notice["user"]!.GetValue<string>()));
        Assert.Equal(SlackFailureNotice.TurnPagesText, notice["text"]!.GetValue<string>()); // not the modal's "my answer to what you submitted"
    }

    [Theory]
    [InlineData(SlackFault.Http500)]
    [InlineData(SlackFault.Drop)] // a refused connection
    [InlineData(SlackFault.Hang)] // a timed-out call
    public async Task Command_SecondEphemeralPageFailsOnce_EachPagePostedOnceInOrderOnlyToTheUser(SlackFault fault)
    {
        _bot.Slack.FailNext("chat.postEphemeral", times: 1, after: 1, fault);

        await _bot.PostCommandAsync("/sop", "long", _bot.Slack.UsedUpResponseUrl("long")); // the rest goes by chat.postEphemeral
        if (fault == SlackFault.Hang)
        {
            await _bot.Slack.WaitForAsync("chat.postEphemeral", count: 2);
            _bot.Clock.Advance(new SlackOptions().CallTimeout);
        }
        await RunClockUntilAsync(() => _bot.Slack.CallsTo("chat.postEphemeral").Count(Ok) >= Expected.Count);
        await _bot.WaitForInboxDoneAsync(1);

        // Before, the ephemeral page Slack could not take was dropped unsaid (or, Slack unreachable, the turn failed half-posted).
        Assert.Equal(Expected, Shown("chat.postEphemeral"));
        Assert.All(_bot.Slack.CallsTo("chat.postEphemeral").Where(Ok), c => Assert.Equal(
            ("C123ABC456", "U123ABC456"), (c.Body["channel"]!.GetValue<string>(), c.Body["user"]!.GetValue<string>())));
        Assert.Empty(_bot.Slack.CallsTo("chat.postMessage")); // nothing shown to the whole channel
        Assert.Single(_bot.Feature.Handled);
    }

    [Fact]
    public async Task Command_PageInTheDmFailsOnce_EachPagePostedOnceInOrderInTheDm()
    {
        _bot.Slack.RefuseChannel("C123ABC456", "not_in_channel");
        _bot.Slack.FailNext("chat.postMessage", times: 1, after: 2); // the note and the first page are taken, the second is not

        await _bot.PostCommandAsync("/sop", "long", _bot.Slack.UsedUpResponseUrl("long-dm"));
        await RunClockUntilAsync(() => _bot.Slack.CallsTo("chat.postMessage").Count(Ok) > Expected.Count);
        await _bot.WaitForInboxDoneAsync(1);

        // Before, the page the DM did not take was dropped unsaid.
        Assert.Equal([SlackDmNote.Text, .. Expected], Posted());
        Assert.All(_bot.Slack.CallsTo("chat.postMessage"), c => Assert.Equal("DU123ABC456", c.Body["channel"]!.GetValue<string>()));
        Assert.Single(_bot.Feature.Handled);
    }

    [Fact]
    public async Task Command_UserNotInTheChannel_EachPagePostedOnceInOrderInTheDmAfterTheNote()
    {
        _bot.Slack.RefuseChannel("C123ABC456", "user_not_in_channel"); // the user left the channel the command was typed in

        await _bot.PostCommandAsync("/sop", "long", _bot.Slack.UsedUpResponseUrl("long-left"));
        await RunClockUntilAsync(() => _bot.Slack.CallsTo("chat.postMessage").Count(Ok) > Expected.Count);
        await _bot.WaitForInboxDoneAsync(1);

        // Before, each page was refused (event 2120) and dropped: the user got none of the reply.
        Assert.Equal([SlackDmNote.Text, .. Expected], Posted());
        Assert.All(_bot.Slack.CallsTo("chat.postMessage"), c => Assert.Equal("DU123ABC456", c.Body["channel"]!.GetValue<string>()));
        Assert.Single(_bot.Slack.CallsTo("chat.postEphemeral")); // refused once, not tried again for each page
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2138 && l.Text.Contains("user_not_in_channel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Command_UserLeavesTheChannelBeforeTheKeptPagesArePosted_FollowUpPostsThemInTheDmAfterTheNoteOnce()
    {
        _bot.Slack.FailNext("chat.postEphemeral", times: 2, after: 1); // the turn's second page, then the follow-up's first attempt
        await _bot.PostCommandAsync("/sop", "long", _bot.Slack.UsedUpResponseUrl("long-left-later"));
        await Polling.UntilAsync(() => _bot.Slack.CallsTo("chat.postEphemeral").Count(c => !Ok(c)) == 2, "The follow-up was not tried.");
        _bot.Slack.RefuseChannel("C123ABC456", "user_not_in_channel"); // before the follow-up's next attempt
        _bot.Slack.FailNext("chat.postMessage", times: 1, after: 2); // the note and a page reach the DM, the next page not at once

        await RunClockUntilAsync(() => Posted().Contains(ScriptedFeature.LongEnd));
        await _bot.WaitForInboxDoneAsync(2);

        // Before, the kept pages arrived in the DM with nothing saying why.
        Assert.Equal(Expected[..1], Shown("chat.postEphemeral"));
        Assert.Equal([SlackDmNote.Text, .. Expected[1..]], Posted()); // the note once, though the follow-up came to the DM twice
        Assert.All(_bot.Slack.CallsTo("chat.postMessage"), c => Assert.Equal("DU123ABC456", c.Body["channel"]!.GetValue<string>()));
    }

    private static List<string> Expected =>
        [.. BlockKitRenderer.Message(ScriptedFeature.LongView).Select(b => b.ToJsonString()), ScriptedFeature.LongEnd];

    /// <summary>What the user sees: each page Slack took, in order (a page's blocks, or a plain message's text).</summary>
    private List<string> Posted() => Shown("chat.postMessage");

    private List<string> Shown(string method) =>
        [.. _bot.Slack.CallsTo(method).Where(Ok).Select(c => c.Body["blocks"]?.ToJsonString() ?? c.Body["text"]!.GetValue<string>())];

    private Task<int> RunClockUntilAsync(Func<bool> done) =>
        Polling.RunClockUntilAsync(_bot.Clock, done, maxSeconds: 600, "The turn's pages were neither posted nor given up.");

    private static bool Ok(RecordedSlackCall call) => call.Response?["ok"]?.GetValue<bool>() == true;
}
