using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>
/// The dialog engine in chat: the buttons of every dialog (their verbs and Back/Cancel) continue the user's active
/// dialog, and the words cancel/back/resume control it. Other text goes to the other features, so a CSR can ask an SOP
/// question mid-dialog.
/// </summary>
internal sealed class DialogFeature(DialogRunner runner) : ChatFeature
{
    public override IReadOnlyCollection<Verb> Verbs => runner.Verbs;

    public override bool ClaimsText(IncomingTurn turn) => DialogCommands.Parse(turn.Text) is not null;

    public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
        runner.HandleAsync(turn, output, cancellationToken);
}
