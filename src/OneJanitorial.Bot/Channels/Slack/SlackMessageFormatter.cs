using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The one seam between the bot's messages and Slack's wire format: the message's text as mrkdwn (escaped), then
/// each view as <see cref="BlockKitRenderer"/> blocks, paged so that no message exceeds Slack's 50 blocks. A view
/// with form fields still falls back to its text in a code block plus its buttons (a modal is not opened yet).
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
        ViewTree.Fields(view).Any() ? [TextFallback(view)] : BlockKitRenderer.Message(view);

    /// <summary>A form view as its text in a code block and its buttons, until forms open as modals.</summary>
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
