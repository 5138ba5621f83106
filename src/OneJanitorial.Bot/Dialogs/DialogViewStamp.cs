using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>
/// Marks every verb button of a dialog view with the step it was shown for. Returns a copy: a dialog may reuse view
/// parts (even static ones) without one user's stamp leaking onto another user's view.
/// </summary>
internal static class DialogViewStamp
{
    public static View Apply(View view, string stepToken) => ViewTree.Map(view, action => action is VerbAction v
        ? v with { Payload = new Dictionary<string, string>(v.Payload, StringComparer.Ordinal) { [DialogActions.StepKey] = stepToken } }
        : action);
}
