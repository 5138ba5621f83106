using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>Records every typed turn (each feature is asked whether it claims the text), then lets the real features handle it.</summary>
internal sealed class TurnRecorder : ChatFeature
{
    private readonly List<IncomingTurn> _turns = [];

    public IReadOnlyList<IncomingTurn> Turns
    {
        get
        {
            lock (_turns)
            {
                return [.. _turns];
            }
        }
    }

    public override bool ClaimsText(IncomingTurn turn)
    {
        lock (_turns)
        {
            _turns.Add(turn);
        }
        return false;
    }

    public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) => Task.CompletedTask;
}
