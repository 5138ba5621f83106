using System.Net;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

public sealed class SlackInteractionsEndpointTests : IAsyncLifetime
{
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Post_BlockActions_BecomesAViewActionWithTheButtonsData()
    {
        var payload = SlackFixtures.BlockActions(CardData.For(ScriptedFeature.EchoVerb.Name, ("site", "Store 12")), _bot.Slack.ResponseUrl("b1"));

        using var response = await _bot.PostInteractionAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = (await _bot.Slack.WaitForAsync("chat.postMessage")).Single().Body;
        Assert.Equal(("C123ABC456", "site: Store 12"), (post["channel"]!.GetValue<string>(), post["text"]!.GetValue<string>()));
        var turn = Assert.Single(_bot.Feature.Handled);
        Assert.Equal((TurnKind.ViewAction, ScriptedFeature.EchoVerb.Name), (turn.Kind, turn.Verb));
    }

    [Fact]
    public async Task Post_BlockActionsWithInputs_MergesTheInputValuesIntoTheData()
    {
        var payload = SlackFixtures.BlockActions(CardData.For(ScriptedFeature.EchoVerb.Name), _bot.Slack.ResponseUrl("b2"));
        payload["state"] = new JsonObject
        {
            ["values"] = new JsonObject
            {
                ["blk1"] = new JsonObject { ["site"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "Store 7" } },
                ["blk2"] = new JsonObject { ["when"] = new JsonObject { ["type"] = "datepicker", ["selected_date"] = "2026-03-02" } },
            },
        };

        await _bot.PostInteractionAsync(payload);

        var post = (await _bot.Slack.WaitForAsync("chat.postMessage")).Single().Body;
        Assert.Equal("site: Store 7", post["text"]!.GetValue<string>());
        Assert.Equal("2026-03-02", _bot.Feature.Handled.Single().Data!["when"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_BlockActionsReplacingTheCard_UpdatesThePressedMessage()
    {
        var payload = SlackFixtures.BlockActions(CardData.For(ScriptedFeature.ReplaceVerb.Name, ("ticket", "42")), _bot.Slack.ResponseUrl("b3"));

        await _bot.PostInteractionAsync(payload);

        var update = (await _bot.Slack.WaitForAsync("chat.update")).Single().Body;
        Assert.Equal(("C123ABC456", "1548261231.000200"), (update["channel"]!.GetValue<string>(), update["ts"]!.GetValue<string>()));
        Assert.Contains("Ticket 42 saved", update.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BlockActionsOnAnEphemeralMessage_ReplacesItThroughTheResponseUrl()
    {
        var payload = SlackFixtures.BlockActions(CardData.For(ScriptedFeature.ReplaceVerb.Name, ("ticket", "7")), _bot.Slack.ResponseUrl("b4"));
        payload["container"]!["is_ephemeral"] = true;

        await _bot.PostInteractionAsync(payload);

        var reply = (await _bot.Slack.WaitForAsync("response_url:b4")).Single().Body;
        Assert.True(reply["replace_original"]!.GetValue<bool>());
        Assert.Empty(_bot.Slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task Post_BlockActionsOnAnEphemeralMessageWhoseResponseUrlIsRefused_PostsTheNewCardOnlyToTheUser()
    {
        var payload = SlackFixtures.BlockActions(CardData.For(ScriptedFeature.ReplaceVerb.Name, ("ticket", "8")), _bot.Slack.UsedUpResponseUrl("b5"));
        payload["container"]!["is_ephemeral"] = true;

        await _bot.PostInteractionAsync(payload);

        var post = (await _bot.Slack.WaitForAsync("chat.postEphemeral")).Single().Body;
        Assert.Equal(("C123ABC456", "U123ABC456"), (post["channel"]!.GetValue<string>(), post["user"]!.GetValue<string>()));
        Assert.Contains("Ticket 8 saved", post.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BlockActionsOnTheHomeTab_AnswersInTheUsersDm()
    {
        var payload = SlackFixtures.BlockActions(CardData.For(ScriptedFeature.EchoVerb.Name, ("site", "Home")), _bot.Slack.ResponseUrl("h1"));
        payload.Remove("channel");
        payload.Remove("message");
        payload["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0HOME" };
        payload["view"] = new JsonObject { ["id"] = "V0HOME", ["type"] = "home" };

        await _bot.PostInteractionAsync(payload);

        var post = (await _bot.Slack.WaitForAsync("chat.postMessage")).Single().Body;
        Assert.Equal("U123ABC456", _bot.Slack.CallsTo("conversations.open").Single().Body["users"]!.GetValue<string>());
        Assert.Equal(("DU123ABC456", "site: Home"), (post["channel"]!.GetValue<string>(), post["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Post_AskTheSopShortcut_AsksTheMessageTextAndAnswersOnlyTheUser()
    {
        var payload = SlackFixtures.Load("message_action");
        payload["response_url"] = _bot.Slack.ResponseUrl("s1");

        using var response = await _bot.PostInteractionAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await _bot.Slack.WaitForAsync("response_url:s1")).Single().Body;
        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        var turn = Assert.Single(_bot.Turns.Turns);
        Assert.Equal((TurnKind.Message, "How long do I have to close a ticket & who do I tell?"), (turn.Kind, turn.Text));
    }

    [Theory]
    [InlineData("view_closed")]
    [InlineData("view_submission")]
    public async Task Post_ViewPayloads_AreAcknowledgedWithAnEmptyBody(string type)
    {
        var payload = new JsonObject
        {
            ["type"] = type,
            ["user"] = new JsonObject { ["id"] = "U1" },
            ["view"] = new JsonObject { ["id"] = "V1", ["type"] = "modal", ["state"] = new JsonObject { ["values"] = new JsonObject() } },
        };

        using var response = await _bot.PostInteractionAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_NoPayloadField_Returns400()
    {
        using var response = await _bot.PostSignedAsync(OneJanitorial.Bot.Channels.Slack.SlackEndpoints.InteractionsRoute, "foo=bar", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
