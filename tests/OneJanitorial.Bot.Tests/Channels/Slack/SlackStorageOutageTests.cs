using System.Net;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// The database down as a delivery reaches the HTTP endpoints: an event is refused with 503 so Slack delivers it again,
/// a command is answered that storage is down, a button press or a shortcut on a message is acknowledged and the user
/// told at its response_url (only a Slack one); the next delivery is taken in once storage is back.
/// </summary>
public sealed class SlackStorageOutageTests : IAsyncLifetime
{
    private readonly FaultyStateStore _faults = new();
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(services: _faults.WrapIn);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Event_StorageDown_Refused503_SlacksRetryIsProcessed()
    {
        var body = SlackFixtures.Event("message_im", "echo once storage is back");
        _faults.FailNextWrite(SlackInbox.KeyPrefix, outage: true);

        using var down = await _bot.PostEventAsync(body);
        using var retry = await _bot.PostEventAsync(body, retryNum: "1");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (down.StatusCode, retry.StatusCode));
        var post = Assert.Single(await _bot.Slack.WaitForAsync("chat.postMessage"));
        Assert.Equal("echo once storage is back", post.Body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Command_StorageDown_AnsweredThatStorageIsDown_TheNextIsTakenIn()
    {
        _faults.FailNextWrite(SlackInbox.KeyPrefix, outage: true);

        var down = await AnswerAsync(await _bot.PostCommandAsync("/ticket", "42", _bot.Slack.ResponseUrl("down")));
        var back = await AnswerAsync(await _bot.PostCommandAsync("/ticket", "42", _bot.Slack.ResponseUrl("back")));

        Assert.Equal(SlackReceiver.StorageDownText, down["text"]!.GetValue<string>());
        Assert.Equal(SlackReceiver.CommandAck, back["text"]!.GetValue<string>());
        await _bot.Slack.WaitForAsync("response_url:back");
        Assert.Equal("ticket 42", Assert.Single(_bot.Turns.Turns).Text);
    }

    [Fact]
    public async Task MessageButton_StorageDown_AckedAndToldAtTheResponseUrl_TheSamePressWorksOnceBack()
    {
        var press = SlackFixtures.BlockActions(CardData.For(ScriptedFeature.EchoVerb.Name, ("site", "Store 12")), _bot.Slack.ResponseUrl("press"));
        _faults.FailNextWrite(SlackInbox.KeyPrefix, outage: true);

        using var down = await _bot.PostInteractionAsync(press);

        Assert.Equal(HttpStatusCode.OK, down.StatusCode);
        var notice = Assert.Single(_bot.Slack.CallsTo("response_url:press")).Body;
        Assert.Equal(
            ("ephemeral", false, SlackReceiver.StorageDownText),
            (notice["response_type"]!.GetValue<string>(), notice["replace_original"]!.GetValue<bool>(), notice["text"]!.GetValue<string>()));
        Assert.Empty(_bot.Feature.Handled);
        var logged = Assert.Single(_bot.Logs.Lines, l => l.EventId == 2125);
        Assert.Contains("interaction:" + press["trigger_id"]!.GetValue<string>(), logged.Text, StringComparison.Ordinal);

        using var back = await _bot.PostInteractionAsync(press);

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var post = Assert.Single(await _bot.Slack.WaitForAsync("chat.postMessage")).Body;
        Assert.Equal("site: Store 12", post["text"]!.GetValue<string>());
        await _bot.WaitForInboxDoneAsync(1);
        Assert.Single(_bot.Feature.Handled);
        Assert.Single(_bot.Slack.CallsTo("response_url:press"));
    }

    [Fact]
    public async Task MessageShortcut_StorageDown_AckedAndToldAtTheResponseUrl()
    {
        var shortcut = SlackFixtures.Load("message_action");
        shortcut["response_url"] = _bot.Slack.ResponseUrl("shortcut");
        _faults.FailNextWrite(SlackInbox.KeyPrefix, outage: true);

        using var down = await _bot.PostInteractionAsync(shortcut);

        Assert.Equal(HttpStatusCode.OK, down.StatusCode);
        var notice = Assert.Single(_bot.Slack.CallsTo("response_url:shortcut")).Body;
        Assert.Equal(
            ("ephemeral", false, SlackReceiver.StorageDownText),
            (notice["response_type"]!.GetValue<string>(), notice["replace_original"]!.GetValue<bool>(), notice["text"]!.GetValue<string>()));
        Assert.Empty(_bot.Turns.Turns);
        Assert.Single(_bot.Logs.Lines, l => l.EventId == 2125);
    }

    [Fact]
    public async Task MessageButton_StorageDownAndTheResponseUrlIsNotSlacks_AckedButThatUrlIsNeverCalled()
    {
        var elsewhere = _bot.Slack.ResponseUrl("elsewhere").Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        var press = SlackFixtures.BlockActions(CardData.For(ScriptedFeature.EchoVerb.Name), elsewhere);
        _faults.FailNextWrite(SlackInbox.KeyPrefix, outage: true);

        using var down = await _bot.PostInteractionAsync(press);

        Assert.Equal(HttpStatusCode.OK, down.StatusCode);
        Assert.DoesNotContain(_bot.Slack.Calls, c => c.Method.StartsWith("response_url", StringComparison.Ordinal));
    }

    private static async Task<JsonObject> AnswerAsync(HttpResponseMessage response)
    {
        using (response)
        {
            response.EnsureSuccessStatusCode();
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        }
    }
}
