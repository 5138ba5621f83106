using OneJanitorial.Bot.Cards;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>Buttons the engine understands on every dialog card, and the key it stamps into button data.</summary>
public static class DialogActions
{
    /// <summary>Added by the engine to every Submit/Execute of a dialog card: "{stackId}:{sequence}".</summary>
    public const string StepKey = "dialogStep";

    public const string CancelVerb = "dialog.cancel";
    public const string BackVerb = "dialog.back";

    // Plain Submit (no associatedInputs, a 1.3 property): the engine ignores inputs sent with these.
    public static SubmitAction Back(string title = "Back") => new(title, CardData.For(BackVerb));

    public static SubmitAction Cancel(string title = "Cancel") => new(title, CardData.For(CancelVerb));
}
