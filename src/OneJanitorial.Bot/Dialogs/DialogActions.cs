using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>Buttons the engine understands on every dialog view, and the key it stamps into button payloads.</summary>
public static class DialogActions
{
    /// <summary>Added by the engine to every verb button of a dialog view: "{stackId}:{sequence}".</summary>
    public const string StepKey = "dialogStep";

    public static readonly Verb CancelVerb = new("dialog.cancel");
    public static readonly Verb BackVerb = new("dialog.back");

    // The engine ignores form values sent with these.
    public static VerbAction Back(string title = "Back") => new(title, BackVerb) { SkipsForm = true };

    public static VerbAction Cancel(string title = "Cancel") => new(title, CancelVerb) { SkipsForm = true, Intent = Intent.Danger };
}
