using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// Issue 9, nothing doubled: a pressed card (<see cref="ScriptedFeature.ReplaceHalfVerb"/>: replaced by
/// <see cref="ScriptedFeature.LongView"/>, three pages, then the turn waits and answers <see cref="ScriptedFeature.SecondHalf"/>)
/// whose turn is run again after its timeout is shown once, whichever way each run could deliver its first page (chat.update
/// in place, or a new message when Slack refused the update), and each later page once, in order. Through the real inbox
/// worker against a fake Slack, on the bot's clock.
/// </summary>
public sealed class SlackCardRerunTests
{
    [Fact]
    public async Task Interaction_UpdateRefusedThenTurnRunsAgain_CardShownOnceAsTheNewMessageEachPageOnce()
    {
        await using var bot = await SlackBotHarness.StartAsync(fakeClock: true);
        bot.Slack.FailNext("chat.update", times: 1); // the first run posts the card as a new message

        await RunTwiceAsync(bot, postedInFirstRun: Card().Count);

        // Before, the run again updated the pressed message too (the card shown twice) and posted pages 2 and 3 again.
        Assert.Equal([.. Card(), ScriptedFeature.SecondHalf], PostedPages(bot));
        Assert.DoesNotContain(bot.Slack.CallsTo("chat.update"), Ok);
    }

    [Fact]
    public async Task Interaction_UpdatedThenRefusedWhenTheTurnRunsAgain_CardShownOnceInPlaceEachPageOnce()
    {
        await using var bot = await SlackBotHarness.StartAsync(fakeClock: true);
        bot.Slack.FailNext("chat.update", times: 1, after: 1); // the first run updates in place, a second update would fail

        await RunTwiceAsync(bot, postedInFirstRun: Card().Count - 1);

        // Before, the run again posted the whole card as new messages: its first page beside the updated one, then every page again.
        Assert.Equal([.. Card()[1..], ScriptedFeature.SecondHalf], PostedPages(bot));
        var update = Assert.Single(bot.Slack.CallsTo("chat.update"));
        Assert.Equal(Card()[0], update.Body["blocks"]!.ToJsonString());
    }

    /// <summary>Presses the card; the turn posts <paramref name="postedInFirstRun"/> messages, times out, and runs again to its end.</summary>
    private static async Task RunTwiceAsync(SlackBotHarness bot, int postedInFirstRun)
    {
        await bot.PostInteractionAsync(SlackFixtures.BlockActions(CardData.For(ScriptedFeature.ReplaceHalfVerb.Name), bot.Slack.ResponseUrl("press")));
        await bot.Feature.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await bot.Slack.WaitForAsync("chat.postMessage", count: postedInFirstRun);

        bot.Clock.Advance(bot.Clock.TurnTimeout);
        await Polling.UntilAsync(() => bot.Logs.Lines.Any(l => l.EventId == 2114), "The turn was not cancelled at its timeout.");
        bot.Feature.Release();
        await Polling.RunClockUntilAsync(
            bot.Clock, () => PostedPages(bot).Contains(ScriptedFeature.SecondHalf), maxSeconds: 60, "The timed-out turn was not run again.");
        await bot.WaitForInboxDoneAsync(1);
        Assert.Equal(2, bot.Feature.Handled.Count);
    }

    /// <summary>The card's pages as Block Kit, in order.</summary>
    private static List<string> Card() => [.. BlockKitRenderer.Message(ScriptedFeature.LongView).Select(b => b.ToJsonString())];

    /// <summary>What the channel got as new messages, in order (a page's blocks, or a plain message's text).</summary>
    private static List<string> PostedPages(SlackBotHarness bot) =>
        [.. bot.Slack.CallsTo("chat.postMessage").Where(Ok).Select(c => c.Body["blocks"]?.ToJsonString() ?? c.Body["text"]!.GetValue<string>())];

    private static bool Ok(RecordedSlackCall call) => call.Response?["ok"]?.GetValue<bool>() == true;
}
