using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>Buttons the engine understands on every dialog view, and the key it stamps into button payloads.</summary>
public static class DialogActions
{
    /// <summary>Added by the engine to every verb button of a dialog view: "{stackId}:{sequence}".</summary>
    public const string StepKey = "dialogStep";

    public static readonly Verb CancelVerb = new("dialog.cancel");
    public static readonly Verb BackVerb = new("dialog.back");

    /// <summary>Adds the typed text (under <see cref="OfferedAction.TextKey"/>) to the active dialog's notes (<see cref="Dialog.NoteTarget"/>).</summary>
    public static readonly Verb NoteVerb = new("dialog.note");

    /// <summary>Shows the active dialog's current step again.</summary>
    public static readonly Verb ResumeVerb = new("dialog.resume");

    /// <summary>Ends every open dialog.</summary>
    public static readonly Verb CancelAllVerb = new("dialog.cancelall");

    /// <summary>Ends only the newest open dialog (with its sub-steps); the older one waits to be resumed.</summary>
    public static readonly Verb CancelLatestVerb = new("dialog.cancellatest");

    /// <summary>Every verb the engine itself answers.</summary>
    public static IReadOnlyList<Verb> EngineVerbs => [BackVerb, CancelVerb, NoteVerb, ResumeVerb, CancelAllVerb, CancelLatestVerb];

    // The engine ignores form values sent with these.
    public static VerbAction Back(string title = "Back") => new(title, BackVerb) { SkipsForm = true };

    public static VerbAction Cancel(string title = "Cancel") => new(title, CancelVerb) { SkipsForm = true, Intent = Intent.Danger };
}
