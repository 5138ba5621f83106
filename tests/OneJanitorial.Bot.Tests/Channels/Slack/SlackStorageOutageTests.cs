using System.Net;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// The database down as a delivery reaches the HTTP endpoints: an event is refused with 503 so Slack delivers it again,
/// a command is answered that storage is down; the next delivery is taken in once storage is back.
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

    private static async Task<JsonObject> AnswerAsync(HttpResponseMessage response)
    {
        using (response)
        {
            response.EnsureSuccessStatusCode();
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        }
    }
}
