using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>Sees every turn first and records it, then lets the real features handle it.</summary>
internal sealed class TurnRecorder : ChatFeature
{
    private readonly List<IncomingTurn> _turns = [];

    public override int Order => int.MinValue;

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

    public override bool CanHandle(IncomingTurn turn)
    {
        lock (_turns)
        {
            _turns.Add(turn);
        }
        return false;
    }

    public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) => Task.CompletedTask;
}
