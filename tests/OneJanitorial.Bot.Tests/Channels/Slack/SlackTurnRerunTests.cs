using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// Issue 9, nothing doubled: a Slack turn run again — after its own timeout, after the instance stopped mid-turn, after
/// storage was down while its unsent pages were being kept — posts only what the user does not have yet; and a later
/// message's reply does not overtake the pages still kept for the earlier turn's follow-up. The turn
/// (<see cref="ScriptedFeature"/>'s "half", or "long" of several pages) goes through the real inbox worker against a
/// fake Slack, on the bot's clock.
/// </summary>
public sealed class SlackTurnRerunTests
{
    [Fact]
    public async Task Event_TurnTimesOutAfterItsFirstReply_RunAgainPostsOnlyTheSecond()
    {
        await using var bot = await SlackBotHarness.StartAsync(fakeClock: true);
        await bot.PostEventAsync(SlackFixtures.Event("message_im", "half"));
        await bot.Feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await bot.Slack.WaitForAsync("chat.postMessage");

        bot.Clock.Advance(bot.Clock.TurnTimeout);
        await Polling.UntilAsync(() => bot.Logs.Lines.Any(l => l.EventId == 2114), "The turn was not cancelled at its timeout.");
        bot.Feature.Release();
        await Polling.RunClockUntilAsync(bot.Clock, () => Posted(bot).Contains(ScriptedFeature.SecondHalf), maxSeconds: 60, "The timed-out turn was not run again.");
        await bot.WaitForInboxDoneAsync(1);

        // Before, the run again posted the first half a second time.
        Assert.Equal([ScriptedFeature.FirstHalf, ScriptedFeature.SecondHalf], Posted(bot));
        Assert.Equal(2, bot.Feature.Handled.Count);
    }

    [Fact]
    public async Task Event_InstanceStopsAfterTheFirstReply_TakenOnAfterRestartPostsOnlyTheSecond()
    {
        await using var bot = await SlackBotHarness.StartAsync(fakeClock: true);
        await bot.PostEventAsync(SlackFixtures.Event("message_im", "half"));
        await bot.Feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await bot.Slack.WaitForAsync("chat.postMessage");

        await bot.RestartAsync(); // the work stays pending under the stopped instance's claim
        bot.Feature.Release();
        await Polling.RunClockUntilAsync(bot.Clock, () => Posted(bot).Contains(ScriptedFeature.SecondHalf), maxSeconds: 600, "The stopped turn was not taken on.");
        await bot.WaitForInboxDoneAsync(1);

        Assert.Equal([ScriptedFeature.FirstHalf, ScriptedFeature.SecondHalf], Posted(bot));
    }

    [Fact]
    public async Task Event_StorageDownWhileKeepingTheUnsentPages_RetryPostsEachPageOnceInOrder()
    {
        var faults = new FaultyStateStore();
        await using var bot = await SlackBotHarness.StartAsync(fakeClock: true, services: faults.WrapIn);
        bot.Slack.FailNext("chat.postMessage", times: 1, after: 1);
        faults.FailNextWrite(SlackInbox.KeyPrefix + "followup", outage: true);

        await bot.PostEventAsync(SlackFixtures.Event("app_mention", "<@UBOT0001> long"));
        var expected = Expected();
        await Polling.RunClockUntilAsync(bot.Clock, () => Posted(bot).Count >= expected.Count, maxSeconds: 600, "The turn's pages were not posted.");
        await bot.WaitForInboxDoneAsync(1);

        // Before, the turn run again posted the first page a second time.
        Assert.Equal(expected, PostedPages(bot));
    }

    [Fact]
    public async Task Event_LaterMessageWhileEarlierPagesAwaitTheirRetry_ItsReplyComesAfterThem()
    {
        await using var bot = await SlackBotHarness.StartAsync(fakeClock: true);
        bot.Slack.FailNext("chat.postMessage", times: 2, after: 1); // the turn's second page, then the follow-up's first attempt
        await bot.PostEventAsync(SlackFixtures.Event("app_mention", "<@UBOT0001> long"));
        await Polling.UntilAsync(() => bot.Slack.CallsTo("chat.postMessage").Count(c => !Ok(c)) == 2, "The follow-up was not tried.");

        await bot.PostEventAsync(SlackFixtures.Event("app_mention", "<@UBOT0001> echo next"));
        var expected = Expected();
        await Polling.RunClockUntilAsync(bot.Clock, () => Posted(bot).Count > expected.Count, maxSeconds: 600, "Not everything was posted.");
        await bot.WaitForInboxDoneAsync(3);

        // Before, the later message's reply was posted between the first page and the pages kept for the follow-up.
        var pages = PostedPages(bot);
        Assert.Equal(expected, pages[..expected.Count]);
        Assert.Contains("echo next", Assert.Single(pages[expected.Count..]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_LaterMessageWhileEarlierPagesAreNeverTaken_ItsReplyPostedOnceTheyAreGivenUp()
    {
        await using var bot = await SlackBotHarness.StartAsync(fakeClock: true);
        // The turn's second page, then every attempt of the follow-up that keeps it: it is given up, never posted.
        bot.Slack.FailNext("chat.postMessage", times: 1 + SlackInboxWorker.MaxAttempts, after: 1);
        await bot.PostEventAsync(SlackFixtures.Event("app_mention", "<@UBOT0001> long"));
        await Polling.UntilAsync(() => bot.Slack.CallsTo("chat.postMessage").Count(c => !Ok(c)) == 2, "The follow-up was not tried.");

        await bot.PostEventAsync(SlackFixtures.Event("app_mention", "<@UBOT0001> echo next"));
        await Polling.RunClockUntilAsync(bot.Clock, () => Posted(bot).Any(p => p.Contains("echo next", StringComparison.Ordinal)), maxSeconds: 600, "The later message waited for ever.");
        await bot.WaitForInboxDoneAsync(3);

        // It waited (event 2137) while the follow-up was tried, then ran once: the wait is bounded by the follow-up's attempts.
        Assert.Contains(bot.Logs.Lines, l => l.EventId == 2137);
        Assert.Equal(1 + SlackInboxWorker.MaxAttempts, bot.Slack.CallsTo("chat.postMessage").Count(c => !Ok(c)));
        Assert.Single(Posted(bot), p => p.Contains("echo next", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Event_TurnDoneBeforeItsRecordIsWritten_TheRecordIsDroppedNotWritten()
    {
        await using var bot = await SlackBotHarness.StartAsync(fakeClock: true); // the write-behind grace never passes on its own
        await bot.PostEventAsync(SlackFixtures.Event("message_im", "echo hi"));
        await bot.WaitForInboxDoneAsync(1);

        await bot.RestartAsync(); // stopping writes every record still waiting, after the inbox worker stopped

        // Before, a Slack turn never completed its delivery log: every reply cost a write on SQLite, as if it could run again.
        Assert.Single(Posted(bot));
        Assert.Empty(await bot.Store.ListAsync(TurnDeliveries.KeyPrefix, CancellationToken.None));
    }

    [Fact]
    public async Task Command_TurnInTheDmTimesOutAfterItsFirstReply_RunAgainPostsTheNoteOnce()
    {
        await using var bot = await SlackBotHarness.StartAsync(fakeClock: true);
        bot.Slack.RefuseChannel("C123ABC456", "not_in_channel");
        await bot.PostCommandAsync("/sop", "half", bot.Slack.UsedUpResponseUrl("used-up")); // the rest of a long reply
        await bot.Feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await bot.Slack.WaitForAsync("chat.postMessage", count: 2); // the note, then the first half, in the DM

        bot.Clock.Advance(bot.Clock.TurnTimeout);
        await Polling.UntilAsync(() => bot.Logs.Lines.Any(l => l.EventId == 2114), "The turn was not cancelled at its timeout.");
        bot.Feature.Release();
        await Polling.RunClockUntilAsync(bot.Clock, () => Posted(bot).Contains(ScriptedFeature.SecondHalf), maxSeconds: 60, "The timed-out turn was not run again.");
        await bot.WaitForInboxDoneAsync(1);

        // Before, the run again came to the DM a second time and posted the note again before the second half.
        Assert.Equal([SlackDmNote.Text, ScriptedFeature.FirstHalf, ScriptedFeature.SecondHalf], Posted(bot));
        Assert.All(bot.Slack.CallsTo("chat.postMessage"), c => Assert.Equal("DU123ABC456", c.Body["channel"]!.GetValue<string>()));
        Assert.Equal(2, bot.Feature.Handled.Count);
    }

    [Fact]
    public async Task Event_OtherUserWhileAUsersEphemeralPagesAwaitTheirRetry_ItsReplyDoesNotWait()
    {
        await using var bot = await SlackBotHarness.StartAsync(fakeClock: true);
        bot.Slack.FailNext("chat.postEphemeral", times: 2, after: 1); // the command's second page, then the follow-up's first attempt
        await bot.PostCommandAsync("/sop", "long", bot.Slack.UsedUpResponseUrl("long"));
        await Polling.UntilAsync(() => bot.Slack.CallsTo("chat.postEphemeral").Count(c => !Ok(c)) == 2, "The follow-up was not tried.");

        var other = SlackFixtures.Event("app_mention", "<@UBOT0001> echo next");
        other["event"]!["user"] = "U999OTHER1";
        await bot.PostEventAsync(other);

        // The bot's clock stands still: a turn waiting for the pages (event 2137) would never run. Before, it waited for
        // pages only the first user sees, in the same channel.
        await Polling.UntilAsync(() => Posted(bot).Any(p => p.Contains("echo next", StringComparison.Ordinal)), "The other user's reply waited.");
        await Polling.RunClockUntilAsync(bot.Clock, () => Ephemeral(bot).Count >= Expected().Count, maxSeconds: 600, "The kept pages were not posted.");
        await bot.WaitForInboxDoneAsync(3);
        Assert.Equal(Expected(), Ephemeral(bot));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.EventId == 2137);
    }

    [Fact]
    public async Task Command_SameUserWhileTheirEphemeralPagesAwaitTheirRetry_ItsReplyComesAfterThem()
    {
        await using var bot = await SlackBotHarness.StartAsync(fakeClock: true);
        bot.Slack.FailNext("chat.postEphemeral", times: 2, after: 1);
        await bot.PostCommandAsync("/sop", "long", bot.Slack.UsedUpResponseUrl("long"));
        await Polling.UntilAsync(() => bot.Slack.CallsTo("chat.postEphemeral").Count(c => !Ok(c)) == 2, "The follow-up was not tried.");

        await bot.PostCommandAsync("/sop", "echo next", bot.Slack.UsedUpResponseUrl("next"));
        await Polling.RunClockUntilAsync(bot.Clock, () => Ephemeral(bot).Count > Expected().Count, maxSeconds: 600, "Not everything was posted.");
        await bot.WaitForInboxDoneAsync(3);

        Assert.Equal([.. Expected(), "echo next"], Ephemeral(bot));
        Assert.Contains(bot.Logs.Lines, l => l.EventId == 2137);
    }

    /// <summary>What the user alone sees by chat.postEphemeral, in order (a page's blocks, or a plain message's text).</summary>
    private static List<string> Ephemeral(SlackBotHarness bot) =>
        [.. bot.Slack.CallsTo("chat.postEphemeral").Where(Ok).Select(c => c.Body["blocks"]?.ToJsonString() ?? c.Body["text"]!.GetValue<string>())];

    private static List<string> Expected() =>
        [.. BlockKitRenderer.Message(ScriptedFeature.LongView).Select(b => b.ToJsonString()), ScriptedFeature.LongEnd];

    /// <summary>The texts Slack took, in order.</summary>
    private static List<string> Posted(SlackBotHarness bot) =>
        [.. bot.Slack.CallsTo("chat.postMessage").Where(Ok).Select(c => c.Body["text"]!.GetValue<string>())];

    /// <summary>What the user sees: each page Slack took, in order (a page's blocks, or a plain message's text).</summary>
    private static List<string> PostedPages(SlackBotHarness bot) =>
        [.. bot.Slack.CallsTo("chat.postMessage").Where(Ok).Select(c => c.Body["blocks"]?.ToJsonString() ?? c.Body["text"]!.GetValue<string>())];

    private static bool Ok(RecordedSlackCall call) => call.Response?["ok"]?.GetValue<bool>() == true;
}
