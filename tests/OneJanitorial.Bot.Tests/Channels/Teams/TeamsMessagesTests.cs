using System.Text.Json;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Sop.Chat;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class TeamsMessagesTests
{
    [Fact]
    public void ToActivity_Card_GoesOutAsTheCardSerializerWritesIt()
    {
        // Dashes, quotes, <, &, + and an emoji: characters the serializer escapes.
        var sample = SopAnswerCard.Sample();
        var view = sample with { Blocks = [.. sample.Blocks, new Paragraph("“BCO+” <now> & 👍 — \"quoted\"\nline")] };
        var card = AdaptiveCardRenderer.Render(view);

        var activity = TeamsMessages.ToActivity(BotMessage.WithView(view), new ConversationAccount { Id = "c1" }, null, null);
        var json = JsonSerializer.Serialize(activity, TeamsJsonContext.Default.Activity);

        var cardJson = CardJson.Serialize(card);
        Assert.Contains($"\"content\":{cardJson}", json);
        Assert.Equal(cardJson, activity.Attachments![0].Content!.ToString());
        Assert.Equal(json, JsonSerializer.Serialize(activity, TeamsJsonContext.Default.Activity));
        // The same bytes a card parsed into a JsonElement and written again gave before.
        Assert.Equal(cardJson, JsonSerializer.Serialize(CardJson.ToElement(card), TeamsJsonContext.Default.Options));
        Assert.Equal(AdaptiveCard.ContentType, JsonDocument.Parse(json).RootElement.GetProperty("attachments")[0].GetProperty("contentType").GetString());
    }

    [Fact]
    public void Deserialize_IncomingAttachment_KeepsItsContentAndWritesItBack()
    {
        const string incoming = """{"type":"message","attachments":[{"contentType":"text/html","content":"<p>hi \u2014 there</p>"},{"contentType":"x","content":{"a":[1,2]}}]}""";

        var activity = JsonSerializer.Deserialize(incoming, TeamsJsonContext.Default.Activity)!;

        Assert.Equal("\"<p>hi \\u2014 there</p>\"", activity.Attachments![0].Content!.ToString());
        Assert.Equal("""{"a":[1,2]}""", activity.Attachments[1].Content!.ToString());
        Assert.Equal(incoming, JsonSerializer.Serialize(activity, TeamsJsonContext.Default.Activity));
    }
}
