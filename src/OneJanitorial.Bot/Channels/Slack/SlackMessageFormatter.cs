using System.Text;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The one seam between the bot's messages and Slack's wire format, until the Block Kit renderer replaces it:
/// the message's text as mrkdwn (escaped), each view as its text in a code block, and the view's buttons as
/// Block Kit buttons whose value is the button's data (verb + payload JSON), so presses come back as card actions.
/// </summary>
public sealed class SlackMessageFormatter
{
    public const int MaxButtonValue = 2000;
    public const int MaxButtonText = 75;
    public const int MaxSectionText = 3000;

    public SlackMessageContent Format(BotMessage message)
    {
        var messageText = message.Text is null ? "" : SlackMrkdwn.Render(message.Text);
        var text = new StringBuilder(messageText);
        var blocks = new JsonArray();
        foreach (var view in message.Views)
        {
            var card = AdaptiveCardRenderer.Render(view) with { Actions = [] };
            var cardText = SlackText.Escape(ConsoleCardRenderer.Render(card).TrimEnd());
            blocks.Add(Section("```" + Truncate(cardText, MaxSectionText - 6) + "```"));
            if (Buttons(view) is { Count: > 0 } buttons)
            {
                blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = buttons });
            }
            if (text.Length == 0)
            {
                text.Append(SlackText.Escape(view.Summary));
            }
        }
        if (blocks.Count > 0 && messageText.Length > 0)
        {
            blocks.Insert(0, Section(Truncate(messageText, MaxSectionText)));
        }
        return new SlackMessageContent(text.ToString(), blocks.Count > 0 ? blocks : null);
    }

    private static JsonArray Buttons(View view)
    {
        var buttons = new JsonArray();
        var index = 0;
        foreach (var action in ViewTree.Actions(view).OfType<VerbAction>().Take(25))
        {
            var value = Value(action);
            if (value.Length > MaxButtonValue)
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

    /// <summary>The verb and payload as one JSON object, read back into the turn's data when the button is pressed.</summary>
    private static string Value(VerbAction action)
    {
        var data = new JsonObject { [IncomingTurn.VerbKey] = action.Verb };
        foreach (var (key, value) in action.Payload)
        {
            data[key] = value;
        }
        return data.ToJsonString();
    }

    private static JsonObject Section(string mrkdwn) =>
        new() { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn } };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
