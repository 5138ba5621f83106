using System.Text.RegularExpressions;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;

namespace OneJanitorial.Bot.Surveys;

/// <summary>"survey" (or "log survey call") in chat opens the survey call card.</summary>
public sealed partial class SurveyChatFeature(DialogRunner runner) : ChatFeature
{
    public override bool ClaimsText(IncomingTurn turn) => Command().IsMatch(turn.Text ?? "");

    public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
        runner.BeginAsync(turn, output, SurveyDialog.DialogId, cancellationToken);

    [GeneratedRegex(@"^\s*(log\s+(a\s+)?)?survey(\s+call)?\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();
}
