using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tests.Conversation;

public sealed class ConversationGateTests
{
    private readonly ConversationGate _gate = new();

    [Fact]
    public async Task EnterAsync_SameConversationBusy_WaitsForTheRunningTurn()
    {
        var first = await _gate.EnterAsync("chat-1", CancellationToken.None);

        var second = _gate.EnterAsync("chat-1", CancellationToken.None);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
        Assert.Equal(0, _gate.ActiveConversations);
    }

    [Fact]
    public async Task EnterAsync_OtherConversation_DoesNotWait()
    {
        using var first = await _gate.EnterAsync("chat-1", CancellationToken.None);

        var other = _gate.EnterAsync("chat-2", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task EnterAsync_WaiterCancelled_LeavesGateUsable()
    {
        var first = await _gate.EnterAsync("chat-1", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiter = _gate.EnterAsync("chat-1", cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        first.Dispose();

        Assert.Equal(0, _gate.ActiveConversations);
        (await _gate.EnterAsync("chat-1", CancellationToken.None)).Dispose();
    }

    [Fact]
    public async Task Dispose_Twice_ReleasesOnce()
    {
        var first = await _gate.EnterAsync("chat-1", CancellationToken.None);
        var second = _gate.EnterAsync("chat-1", CancellationToken.None);

        first.Dispose();
        first.Dispose();
        var holder = await second;
        var third = _gate.EnterAsync("chat-1", CancellationToken.None);

        Assert.False(third.IsCompleted);
        holder.Dispose();
        (await third).Dispose();
    }

    [Fact]
    public void TryEnter_Free_EntersAndHoldsUntilDisposed()
    {
        var entered = _gate.TryEnter("chat-1");

        Assert.NotNull(entered);
        Assert.Null(_gate.TryEnter("chat-1"));
        entered.Dispose();
        Assert.Equal(0, _gate.ActiveConversations);
        using var again = _gate.TryEnter("chat-1");
        Assert.NotNull(again);
    }

    [Fact]
    public async Task TryEnter_HeldByAWaitingEnter_NullWhileOtherConversationsAreFree()
    {
        var held = await _gate.EnterAsync("chat-1", CancellationToken.None);

        Assert.Null(_gate.TryEnter("chat-1"));
        using var other = _gate.TryEnter("chat-2");

        Assert.NotNull(other);
        held.Dispose();
        Assert.Equal(1, _gate.ActiveConversations); // the busy attempt left nothing behind
        using var afterwards = _gate.TryEnter("chat-1");
        Assert.NotNull(afterwards);
    }

    [Fact]
    public async Task TryEnter_Entered_AWaitingEnterWaitsForIt()
    {
        var entered = _gate.TryEnter("chat-1")!;

        var waiter = _gate.EnterAsync("chat-1", CancellationToken.None);

        Assert.False(waiter.IsCompleted);
        entered.Dispose();
        (await waiter).Dispose();
        Assert.Equal(0, _gate.ActiveConversations);
    }
}
