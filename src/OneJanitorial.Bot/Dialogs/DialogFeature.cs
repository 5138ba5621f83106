using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>
/// Runs before every other feature: buttons of dialog cards continue the user's active dialog, and the words
/// cancel/back/resume control it. Other text goes to the other features, so a CSR can ask an SOP question mid-dialog.
/// </summary>
internal sealed class DialogFeature(DialogRunner runner) : ChatFeature
{
    public override int Order => 0;

    public override bool CanHandle(IncomingTurn turn) => DialogRunner.Claims(turn);

    public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
        runner.HandleAsync(turn, output, cancellationToken);
}
