using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// One Slack turn at a time per conversation (a channel or a DM): message turns, button presses and modal submits alike
/// go through the process's <see cref="IConversationGate"/> under <see cref="KeyOf"/>, so on PostgreSQL across every
/// instance. The worker's work does not wait (<see cref="TryEnterNowAsync"/>: it is put back and its slot goes to other
/// work); a modal submit answered while Slack waits does, only until a deadline of its own (the part of Slack's
/// 3 seconds it can spare), and a wait cut off by shutdown throws as any cancellation does.
/// </summary>
public sealed class SlackConversationGate(IConversationGate gate, TimeProvider clock)
{
    /// <summary>
    /// The conversation's key in the gate: the channel's name first, so a Slack channel id is never taken for a Teams
    /// conversation id.
    /// </summary>
    public static string KeyOf(string conversationId) => $"{SlackTurnMapper.ChannelName}/{conversationId}";

    /// <summary>Enters the Slack conversation (channel id) if it is free now, on any instance; null, and nothing held, when it is not.</summary>
    public Task<IAsyncDisposable?> TryEnterNowAsync(string conversationId, CancellationToken cancellationToken) =>
        gate.TryEnterAsync(KeyOf(conversationId), cancellationToken);

    /// <summary>Enters the Slack conversation (channel id); null, and nothing held, when it was not free by <paramref name="until"/>.</summary>
    public async Task<IAsyncDisposable?> TryEnterAsync(string conversationId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var left = until - clock.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            return null;
        }
        using var timeout = new CancellationTokenSource(left, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await gate.EnterAsync(KeyOf(conversationId), linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
