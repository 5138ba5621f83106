using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The one seam between the bot's messages and Slack's wire format: the message's text as mrkdwn (escaped), then
/// each view as <see cref="BlockKitRenderer"/> blocks, paged so that no message exceeds Slack's 50 blocks. A view
/// with form fields is opened as a modal by <see cref="SlackTurnOutput"/>; one that reaches a message is an "Open form"
/// button (a dialog step) or its text in a code block plus its buttons.
/// Each page carries a <c>text</c> fallback: the message's text, or the first view's summary.
/// </summary>
public sealed class SlackMessageFormatter
{
    public const int MaxSectionText = BlockKitRenderer.MaxSectionText;

    public IReadOnlyList<SlackMessageContent> Format(BotMessage message)
    {
        var messageText = message.Text is null ? "" : SlackMrkdwn.Render(message.Text);
        var fallback = messageText.Length > 0 || message.Views.Count == 0 ? messageText : SlackText.Escape(message.Views[0].Summary);
        if (message.Views.Count == 0)
        {
            return [new SlackMessageContent(messageText)];
        }
        var pages = new List<JsonArray> { messageText.Length > 0 ? [BlockKitRenderer.Section(messageText)] : [] };
        foreach (var page in message.Views.SelectMany(Pages))
        {
            if (pages[^1].Count + page.Count > BlockKitRenderer.MaxMessageBlocks)
            {
                pages.Add([]);
            }
            foreach (var block in page)
            {
                pages[^1].Add(block!.DeepClone());
            }
        }
        return [.. pages.Where(p => p.Count > 0).Select(p => new SlackMessageContent(fallback, p))];
    }

    private static IReadOnlyList<JsonArray> Pages(View view) =>
        !ViewTree.Fields(view).Any() ? BlockKitRenderer.Message(view)
        : SlackModals.IsDialogStep(view) ? [OpenFormPrompt(view)]
        : [TextFallback(view)];

    /// <summary>
    /// A dialog's form that could not open as a modal (no trigger_id: the user typed, or the trigger expired): its title
    /// and an "Open form" button, whose press brings a fresh trigger and shows the dialog's current step.
    /// </summary>
    private static JsonArray OpenFormPrompt(View view)
    {
        var open = new VerbAction("Open form", SlackModals.OpenVerb) { Intent = Intent.Primary };
        return
        [
            BlockKitRenderer.Section($"*{SlackText.Escape(view.Summary)}*"),
            BlockKitRenderer.Context("The form opens in a window; what you already entered is kept."),
            new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray(BlockKitRenderer.Button(open, 0)) },
        ];
    }

    /// <summary>A form that is not a dialog step and could not open as a modal: its text in a code block and its buttons.</summary>
    private static JsonArray TextFallback(View view)
    {
        var cardText = SlackText.Escape(ViewTextRenderer.Render(view with { Actions = [] }).TrimEnd());
        var blocks = new JsonArray(BlockKitRenderer.Section("```" + BlockKitRenderer.Cut(cardText, MaxSectionText - 6) + "```"));
        var buttons = ViewTree.Actions(view).OfType<VerbAction>()
            .Where(a => BlockKitRenderer.Value(a).Length <= BlockKitRenderer.MaxButtonValue)
            .Take(25)
            .Select((action, index) => (JsonNode)BlockKitRenderer.Button(action, index))
            .ToList();
        if (buttons.Count > 0)
        {
            blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray([.. buttons]) });
        }
        return blocks;
    }
}
