using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;
using static System.FormattableString;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>
/// What the engine asks when the open dialogs need a decision: typed text mid-dialog, a cancel with two dialogs open,
/// an older dialog still open after a cancel. Every button is stamped with the step it was shown for.
/// </summary>
internal static class DialogPrompts
{
    /// <summary>Typed text a button carries, at most: Slack refuses button values over 2,000 characters.</summary>
    public const int MaxNoteLength = 1500;

    /// <param name="offered">Other features' buttons for typed text (<see cref="ActionPlace.TypedText"/>), e.g. the SOP's "Ask the SOP".</param>
    public static View FreeText(string open, string text, string? noteTarget, IEnumerable<VerbAction> offered, string stepToken)
    {
        var kept = text.Length > MaxNoteLength ? text[..MaxNoteLength] : text;
        var withText = Payload.Of((OfferedAction.TextKey, kept));
        var actions = new List<ViewAction>();
        if (noteTarget is not null)
        {
            actions.Add(new VerbAction("Add to notes", DialogActions.NoteVerb) { Intent = Intent.Primary, Payload = withText });
        }
        actions.AddRange(offered.Select(a => a with { Payload = new Dictionary<string, string>(a.Payload, StringComparer.Ordinal) { [OfferedAction.TextKey] = kept } }));
        actions.Add(new VerbAction("Resume", DialogActions.ResumeVerb));
        return DialogViewStamp.Apply(new View($"Still open: {open}")
        {
            Blocks =
            [
                new Paragraph($"Still open: {open}") { Style = TextStyle.Caption },
                new Paragraph("What should I do with your message?") { Style = TextStyle.Strong },
                new Paragraph(Markup.Plain(kept)) { Style = TextStyle.Muted },
                .. kept.Length < text.Length
                    ? [new Paragraph(Invariant($"Only these first {MaxNoteLength:N0} characters are kept: send the rest as another message.")) { Style = TextStyle.Small, Tone = Tone.Warning }]
                    : Array.Empty<Block>(),
            ],
            Actions = actions,
        }, stepToken);
    }

    public static View CancelWhich(string newest, string older, string stepToken) => DialogViewStamp.Apply(new View("Cancel what?")
    {
        Blocks =
        [
            new Paragraph("Cancel what?") { Style = TextStyle.Strong },
            new Paragraph(Markup.WithBullets($"- Newest: {newest}\n- Under it: {older}")),
        ],
        Actions =
        [
            new VerbAction("Cancel all", DialogActions.CancelAllVerb) { Intent = Intent.Danger },
            new VerbAction("Newest only", DialogActions.CancelLatestVerb),
            new VerbAction("Keep all", DialogActions.ResumeVerb),
        ],
    }, stepToken);

    public static View StillOpen(string open, string stepToken) => DialogViewStamp.Apply(new View($"Still open: {open}")
    {
        Blocks = [new Paragraph($"Still open: {open}") { Style = TextStyle.Strong }],
        Actions =
        [
            new VerbAction("Resume", DialogActions.ResumeVerb) { Intent = Intent.Primary },
            new VerbAction("Cancel it", DialogActions.CancelLatestVerb) { Intent = Intent.Danger },
        ],
    }, stepToken);
}
