using System.Text.Json.Nodes;
using static OneJanitorial.Bot.Tests.Channels.Teams.PlaygroundApi;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// End to end with Microsoft's local Teams client: the Agents Playground sends real Teams activities to the bot
/// on Kestrel and hosts the connector the bot replies to. Each test starts its steps after a timestamp, so frames
/// from earlier tests (or replayed by the Playground) never count.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundConversationTests(PlaygroundFixture playground)
{
    private PlaygroundApi Api => playground.Api;

    [Fact]
    public async Task Install_PersonalChat_WelcomeCardArrives()
    {
        var since = await Api.InstallAsync(PersonalChat);

        var card = CardOf(await Api.WaitForCardAsync(PersonalChat, since, "welcome card after install"))!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.NotEmpty(card["actions"]!.AsArray());
    }

    [Fact]
    public async Task Install_PersonalChat_WelcomesOnlyOnce()
    {
        var since = await Api.InstallAsync(PersonalChat);

        await Api.WaitForCardAsync(PersonalChat, since, "welcome card after install");
        await Api.WaitForBotAnswerAsync(PersonalChat, "installationUpdate", since);
        await Api.WaitForBotAnswerAsync(PersonalChat, "conversationUpdate", since);
        // Turns of one conversation run in order: once a later message is answered, every welcome has been sent.
        var barrier = Now();
        await Api.SendAsync(PersonalChat, "my tickets");
        await Api.WaitForBotMessageAsync(PersonalChat, barrier, _ => true, "reply to a message sent after the install");
        Assert.Single(Api.BotMessagesBetween(PersonalChat, since, barrier), m => CardOf(m) is not null);
    }

    [Fact]
    public async Task Message_Help_BotRepliesWithCard()
    {
        var since = Now();

        await Api.SendAsync(PersonalChat, "help");

        await Api.WaitForCardAsync(PersonalChat, since, "reply to \"help\"");
    }

    [Fact]
    public async Task Submit_HelpVerb_BotHandlesIt()
    {
        var (cardId, _) = await InstallAndGetCardIdAsync(PersonalChat);
        var since = Now();

        await Api.SubmitAsync(PersonalChat, cardId, new JsonObject { ["verb"] = "help" });

        await Api.WaitForCardAsync(PersonalChat, since, "reply to the Action.Submit {verb: help}");
    }

    [Fact]
    public async Task Execute_HelpVerb_ReturnsSynchronousInvokeResponse()
    {
        var (cardId, _) = await InstallAndGetCardIdAsync(PersonalChat);

        var (status, body) = await Api.ExecuteAsync(PersonalChat, cardId, "help", new JsonObject { ["verb"] = "help" });

        Assert.True(status == 200, $"invoke answered {status}: {body}");
        var response = JsonNode.Parse(body)!.AsObject();
        Assert.Contains((string?)response["type"], new[] { CardContentType, "application/vnd.microsoft.activity.message" });
        Assert.NotNull(response["value"]);
    }

    [Fact]
    public async Task GroupChat_Mentioned_BotReplies()
    {
        var since = Now();

        await Api.SendAsync(GroupChat, "help", mentionBot: true);

        await Api.WaitForCardAsync(GroupChat, since, "reply to \"@bot help\" in the group chat");
    }

    [Fact]
    public async Task GroupChat_NotMentioned_BotStaysSilent()
    {
        var since = Now();
        var unmentionedId = $"e2e-{Guid.NewGuid():N}";
        // The Playground never forwards an unmentioned group message, so hand the bot one directly.
        await Api.ForwardAsync(await GroupMessageAsync(unmentionedId, "my tickets"));
        Assert.Equal(200, await Api.WaitForBotAnswerAsync(GroupChat, "message", since));

        // Turns of one conversation run in order: once the mentioned message is answered, any reply to the
        // unmentioned one would already have been posted.
        var barrier = Now();
        await Api.SendAsync(GroupChat, "help", mentionBot: true);
        await Api.WaitForCardAsync(GroupChat, barrier, "reply to the mentioned message sent after the unmentioned one");

        Assert.DoesNotContain(Api.BotPostsSince(GroupChat, since), post => (string?)post["replyToId"] == unmentionedId);
    }

    [Fact]
    public async Task ScriptedConversation_EveryActivity_BotAnswers2xx()
    {
        var (cardId, since) = await InstallAndGetCardIdAsync(PersonalChat);
        Assert.InRange(await Api.WaitForBotAnswerAsync(PersonalChat, "installationUpdate", since), 200, 299);
        Assert.InRange(await Api.WaitForBotAnswerAsync(PersonalChat, "conversationUpdate", since), 200, 299);

        var step = Now();
        await Api.SendAsync(PersonalChat, "help");
        Assert.InRange(await Api.WaitForBotAnswerAsync(PersonalChat, "message", step), 200, 299);

        step = Now();
        await Api.SubmitAsync(PersonalChat, cardId, new JsonObject { ["verb"] = "help" });
        Assert.InRange(await Api.WaitForBotAnswerAsync(PersonalChat, "message", step), 200, 299);

        step = Now();
        await Api.SendAsync(GroupChat, "help", mentionBot: true);
        Assert.InRange(await Api.WaitForBotAnswerAsync(GroupChat, "message", step), 200, 299);
    }

    private async Task<(string CardId, long InstalledAt)> InstallAndGetCardIdAsync(string conversationId)
    {
        var installedAt = await Api.InstallAsync(conversationId);
        var message = await Api.WaitForCardAsync(conversationId, installedAt, "welcome card after install");
        return ((string)message["messageId"]!, installedAt);
    }

    /// <summary>A plain group-chat message as Teams sends it, built on the Playground's own activity template.</summary>
    private async Task<JsonObject> GroupMessageAsync(string id, string text)
    {
        var template = await Api.Http.GetStringAsync($"_internal/v1/customActivities/template?conversationId={GroupChat}&type=userAdded");
        var activity = JsonNode.Parse(template)!.AsObject();
        activity.Remove("membersAdded");
        activity["type"] = "message";
        activity["id"] = id;
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }
}
