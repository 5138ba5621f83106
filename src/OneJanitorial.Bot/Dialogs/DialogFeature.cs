using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>
/// The dialog engine in chat: the buttons of every dialog (their verbs and Back/Cancel) continue the user's active
/// dialog, and the words cancel/back/resume control it. Other features' commands ("ticket 1", "help") still run mid-dialog;
/// text none of them claims is held while a dialog is open: the bot says what is open and offers to add it to the
/// dialog's notes, ask it as an SOP question (a button the SOP offers) or resume.
/// </summary>
internal sealed class DialogFeature(DialogRunner runner) : ChatFeature
{
    public override IReadOnlyCollection<Verb> Verbs => runner.Verbs;

    public override bool ClaimsText(IncomingTurn turn) => DialogCommands.Parse(turn.Text) is not null;

    public override async ValueTask<bool> HoldsUnclaimedTextAsync(IncomingTurn turn, CancellationToken cancellationToken) =>
        await runner.IsOpenAsync(turn, cancellationToken);

    public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
        runner.HandleAsync(turn, output, cancellationToken);
}
