using System.Text;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The one seam between the bot's messages and Slack's wire format, until the Block Kit renderer replaces it:
/// the message's text as mrkdwn (escaped), each card as its text in a code block, and the card's buttons as
/// Block Kit buttons whose value is the button's data (verb + payload JSON), so presses come back as card actions.
/// </summary>
public sealed class SlackMessageFormatter
{
    public const int MaxButtonValue = 2000;
    public const int MaxButtonText = 75;
    public const int MaxSectionText = 3000;

    public SlackMessageContent Format(BotMessage message)
    {
        var text = new StringBuilder(SlackText.Escape(message.Text ?? ""));
        var blocks = new JsonArray();
        foreach (var card in message.Cards)
        {
            var cardText = SlackText.Escape(ConsoleCardRenderer.Render(card with { Actions = null }).TrimEnd());
            blocks.Add(Section("```" + Truncate(cardText, MaxSectionText - 6) + "```"));
            if (Buttons(card) is { Count: > 0 } buttons)
            {
                blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = buttons });
            }
            if (text.Length == 0)
            {
                text.Append(SlackText.Escape(card.FallbackText ?? "Card"));
            }
        }
        if (blocks.Count > 0 && message.Text is { Length: > 0 })
        {
            blocks.Insert(0, Section(Truncate(SlackText.Escape(message.Text), MaxSectionText)));
        }
        return new SlackMessageContent(text.ToString(), blocks.Count > 0 ? blocks : null);
    }

    private static JsonArray Buttons(AdaptiveCard card)
    {
        var buttons = new JsonArray();
        var index = 0;
        foreach (var action in CardTree.Actions(card).Take(25))
        {
            var data = action switch
            {
                SubmitAction submit => submit.Data,
                ExecuteAction execute => WithVerb(execute),
                _ => null,
            };
            var value = data?.ToJsonString();
            if (value is null || value.Length > MaxButtonValue)
            {
                continue;
            }
            buttons.Add(new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = $"a{index++}",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(action.Title, MaxButtonText) },
                ["value"] = value,
            });
        }
        return buttons;
    }

    private static JsonObject WithVerb(ExecuteAction execute)
    {
        var data = (JsonObject)execute.Data.DeepClone();
        data[CardData.VerbKey] ??= execute.Verb;
        return data;
    }

    private static JsonObject Section(string mrkdwn) =>
        new() { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn } };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
