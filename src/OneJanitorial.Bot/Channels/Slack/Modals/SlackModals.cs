using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack.Modals;

/// <summary>
/// Which views Slack shows as a modal, and the modal as the bot sends it: <see cref="BlockKitRenderer.Modal"/> plus
/// the <see cref="SlackModalMetadata"/>, <c>notify_on_close</c> and a "Close" button (closing keeps a dialog where it
/// was; its own Cancel button cancels it).
/// </summary>
public static class SlackModals
{
    /// <summary>
    /// The "Open form" button of a form that could not open at once: it resumes the dialog with a fresh trigger. Slack's
    /// own: the mapper turns it into "resume" before the core sees it.
    /// </summary>
    public static readonly Verb OpenVerb = new("slack.form.open");

    public const string CallbackId = "onej.form";

    /// <summary>
    /// A view with form fields is a modal; so is every further step of a dialog while the user is in its modal (a step
    /// without inputs, such as the computed ticket, stays in the same modal).
    /// </summary>
    public static bool Wants(View view, bool inModal) => ViewTree.Fields(view).Any() || (inModal && IsDialogStep(view));

    /// <summary>A step the dialog engine showed: its buttons carry the step they were shown for.</summary>
    public static bool IsDialogStep(View view) =>
        ViewTree.Actions(view).OfType<VerbAction>().Any(a => a.Payload.ContainsKey(DialogActions.StepKey));

    public static JsonObject Build(View view, string channel)
    {
        var modal = BlockKitRenderer.Modal(view);
        var submit = modal["private_metadata"] is JsonValue value ? JsonNode.Parse(value.GetValue<string>()) as JsonObject : null;
        modal["callback_id"] = CallbackId;
        modal["close"] = BlockKitRenderer.Plain("Close");
        modal["notify_on_close"] = true;
        modal["private_metadata"] = new SlackModalMetadata(channel, submit, Shape(view)).ToJson();
        return modal;
    }

    /// <summary>A modal with only <paramref name="text"/> (mrkdwn) and a Close button: what is left when a dialog ended inside its modal.</summary>
    public static JsonObject Notice(string title, string text) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = CallbackId,
        ["title"] = BlockKitRenderer.Plain(BlockKitRenderer.Cut(title, BlockKitRenderer.MaxModalTitle)),
        ["close"] = BlockKitRenderer.Plain("Close"),
        ["blocks"] = new JsonArray(BlockKitRenderer.Section(text)),
    };

    /// <summary>Server errors of the view's inputs keyed by block_id (the field id), or null when it has none.</summary>
    public static JsonObject? Errors(View view)
    {
        var errors = new JsonObject();
        foreach (var field in ViewTree.Fields(view).Where(f => f.Error is not null))
        {
            errors[field.Id] = BlockKitRenderer.Cut(field.Error!, 2000);
        }
        return errors.Count == 0 ? null : errors;
    }

    /// <summary>
    /// The modal without what a submit changes (entered values, field errors, the step token): equal shapes mean the
    /// same step with the same blocks, so field errors can be shown on the open modal (<c>response_action: errors</c>).
    /// </summary>
    public static string Shape(View view)
    {
        var bare = ViewTree.Map(view, a => a is VerbAction v ? v with { Payload = v.Payload.Where(p => p.Key != DialogActions.StepKey).ToDictionary() } : a);
        bare = bare with { Blocks = [.. bare.Blocks.Select(Bare)] };
        var modal = BlockKitRenderer.Modal(bare);
        modal.Remove("private_metadata");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(modal.ToJsonString())))[..16];
    }

    private static Block Bare(Block block) => block switch
    {
        FormField f => f with { Value = null, Error = null },
        Section s => s with { Blocks = [.. s.Blocks.Select(Bare)] },
        Detail d => d with { Blocks = [.. d.Blocks.Select(Bare)] },
        _ => block,
    };
}
