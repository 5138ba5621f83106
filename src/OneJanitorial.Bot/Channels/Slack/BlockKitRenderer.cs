using System.Globalization;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Views as Slack Block Kit, within Slack's limits and never failing: a message longer than 50 blocks is split into
/// pages (its buttons on the last), a modal is cut at 100 blocks, texts are cut to their maximum with "…". Where Slack
/// lacks an element the fallback is explicit: details are shown (no toggle), a message shows its form read-only
/// (a form is filled in <see cref="Modal"/>), and text styles become bold, context lines and emoji.
/// </summary>
public static class BlockKitRenderer
{
    public const int MaxMessageBlocks = 50;
    public const int MaxModalBlocks = 100;
    public const int MaxSectionText = 3000;
    public const int MaxButtonText = 75;
    public const int MaxOptionText = 75;
    public const int MaxOptionValue = 150;
    public const int MaxHeaderText = 150;
    public const int MaxModalTitle = 24;
    public const int MaxOptions = 100;
    public const int MaxButtonValue = 2000;

    /// <summary>The view as one or more messages' blocks (each at most <see cref="MaxMessageBlocks"/>).</summary>
    public static IReadOnlyList<JsonArray> Message(View view)
    {
        var blocks = view.Blocks.SelectMany(b => Blocks(b, form: false)).ToList();
        var actions = ActionsBlock(view.Actions);
        var pages = new List<JsonArray>();
        for (var i = 0; i == 0 || i < blocks.Count; i += MaxMessageBlocks)
        {
            pages.Add([.. blocks.Skip(i).Take(MaxMessageBlocks)]);
        }
        if (actions is not null)
        {
            if (pages[^1].Count >= MaxMessageBlocks)
            {
                pages.Add([]);
            }
            pages[^1].Add(actions);
        }
        return pages;
    }

    /// <summary>
    /// The view as a modal: form fields as inputs, the first verb button as Submit (its verb and payload in
    /// private_metadata), the view's other buttons (e.g. Back, Cancel) in a last actions block.
    /// </summary>
    public static JsonObject Modal(View view)
    {
        var submit = view.Actions.OfType<VerbAction>().FirstOrDefault(a => !a.SkipsForm);
        var blocks = view.Blocks.SelectMany(b => Blocks(b, form: true)).ToList();
        var others = ActionsBlock(view.Actions.Where(a => !ReferenceEquals(a, submit)));
        var room = others is null ? MaxModalBlocks : MaxModalBlocks - 1;
        if (blocks.Count > room)
        {
            blocks = [.. blocks.Take(room - 1), Context("… (shortened: open it in chat for the rest)")];
        }
        if (others is not null)
        {
            blocks.Add(others);
        }
        var modal = new JsonObject
        {
            ["type"] = "modal",
            ["title"] = Plain(Cut(view.Summary, MaxModalTitle)),
            ["close"] = Plain("Cancel"),
            ["blocks"] = new JsonArray([.. blocks]),
        };
        if (submit is not null)
        {
            modal["submit"] = Plain(Cut(submit.Title, MaxModalTitle));
            modal["private_metadata"] = Value(submit);
        }
        return modal;
    }

    /// <summary>
    /// The view as Slack gets it, indented JSON: a modal when it has form fields, else its message (<c>{"blocks":…}</c>),
    /// or an array of messages when it needed more than one page.
    /// </summary>
    public static string Export(View view)
    {
        var options = new System.Text.Json.JsonSerializerOptions { WriteIndented = true };
        if (ViewTree.Fields(view).Any())
        {
            return Modal(view).ToJsonString(options);
        }
        var messages = Message(view).Select(page => (JsonNode)new JsonObject { ["blocks"] = page }).ToList();
        return (messages.Count == 1 ? messages[0] : new JsonArray([.. messages])).ToJsonString(options);
    }

    /// <summary>A button's value: its verb and payload as one JSON object, read back into the turn's data when pressed.</summary>
    public static string Value(VerbAction action)
    {
        var data = new JsonObject { [IncomingTurn.VerbKey] = action.Verb.Name };
        foreach (var (key, value) in action.Payload)
        {
            data[key] = value;
        }
        return data.ToJsonString();
    }

    private static IEnumerable<JsonNode> Blocks(Block block, bool form) => block switch
    {
        Paragraph p => [Text(p)],
        Facts f => f.Items.Chunk(10).Select(FactsSection),
        Section s => s.Blocks.SelectMany(b => Blocks(b, form)),
        Detail d => d.Blocks.SelectMany(b => Blocks(b, form)),
        Divider => [new JsonObject { ["type"] = "divider" }],
        Buttons b => ActionsBlock(b.Actions) is { } actions ? [actions] : [],
        FormField f when form => BlockKitInputs.Input(f),
        FormField f => [Context($"{SlackText.Escape(f.Label ?? f.Id)}: {SlackText.Escape(BlockKitInputs.Shown(f))}")],
        _ => [],
    };

    private static JsonObject Text(Paragraph p)
    {
        var text = Mood(p.Tone) + SlackMrkdwn.Render(p.Text);
        return p.Style switch
        {
            TextStyle.Heading or TextStyle.Title => new JsonObject { ["type"] = "header", ["text"] = Plain(Cut(Mood(p.Tone) + p.Text.ToPlainText(), MaxHeaderText)) },
            TextStyle.Caption or TextStyle.Muted or TextStyle.Small => Context(text),
            TextStyle.Strong or TextStyle.SmallStrong when p.Text.Lines.Count == 1 && text.Length > 0 => Section($"*{text}*"),
            _ => Section(text),
        };
    }

    private static JsonObject FactsSection(Fact[] facts) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray([.. facts.Select(f => Mrkdwn(Cut($"*{SlackText.Escape(f.Label)}*\n{SlackText.Escape(f.Value)}", 2000)))]),
    };

    private static JsonObject? ActionsBlock(IEnumerable<ViewAction> actions)
    {
        var buttons = actions.OfType<VerbAction>().Where(a => Value(a).Length <= MaxButtonValue).Take(25).Select((a, i) => (JsonNode)Button(a, i)).ToList();
        return buttons.Count == 0 ? null : new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray([.. buttons]) };
    }

    internal static JsonObject Button(VerbAction action, int index)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = "a" + index.ToString(CultureInfo.InvariantCulture),
            ["text"] = Plain(Cut(action.Title, MaxButtonText)),
            ["value"] = Value(action),
        };
        if (action.Intent is Intent.Primary or Intent.Danger)
        {
            button["style"] = action.Intent == Intent.Primary ? "primary" : "danger";
        }
        return button;
    }

    private static string Mood(Tone tone) => tone switch
    {
        Tone.Good => ":white_check_mark: ",
        Tone.Warning or Tone.Attention => ":warning: ",
        _ => "",
    };

    internal static JsonObject Section(string mrkdwn) => new() { ["type"] = "section", ["text"] = Mrkdwn(Cut(mrkdwn.Length == 0 ? " " : mrkdwn, MaxSectionText)) };

    internal static JsonObject Context(string mrkdwn) =>
        new() { ["type"] = "context", ["elements"] = new JsonArray(Mrkdwn(Cut(mrkdwn.Length == 0 ? " " : mrkdwn, MaxSectionText))) };

    internal static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    internal static JsonObject Plain(string text) => new() { ["type"] = "plain_text", ["text"] = VisibleText.Strip(text) is { Length: > 0 } shown ? shown : " " };

    internal static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
