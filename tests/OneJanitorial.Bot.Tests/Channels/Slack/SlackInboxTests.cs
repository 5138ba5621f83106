using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>Two <see cref="SlackInbox"/> objects on one store are two bot instances on one database.</summary>
public sealed class SlackInboxTests
{
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(2);
    private readonly InMemoryStateStore _store = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AcceptAsync_SameIdTwice_SecondIsRefused()
    {
        var inbox = new SlackInbox(_store, _clock);

        Assert.True(await inbox.AcceptAsync(Work("Ev1"), CancellationToken.None));
        Assert.False(await new SlackInbox(_store, _clock).AcceptAsync(Work("Ev1"), CancellationToken.None));
        Assert.True(inbox.Pending.TryRead(out _));
        Assert.False(inbox.Pending.TryRead(out _));
    }

    [Fact]
    public async Task ClaimStaleAsync_FreshClaimOfAnotherInstance_IsLeftAlone()
    {
        await new SlackInbox(_store, _clock).AcceptAsync(Work("Ev1"), CancellationToken.None);

        Assert.Equal(0, await new SlackInbox(_store, _clock).ClaimStaleAsync(Stale, CancellationToken.None));
    }

    [Fact]
    public async Task ClaimStaleAsync_StaleClaim_IsTakenOverOnceAndTheOldInstanceStandsDown()
    {
        var a = new SlackInbox(_store, _clock);
        var b = new SlackInbox(_store, _clock);
        var c = new SlackInbox(_store, _clock);
        await a.AcceptAsync(Work("Ev1"), CancellationToken.None);
        _clock.Advance(Stale + TimeSpan.FromSeconds(1));

        var claimed = await Task.WhenAll(b.ClaimStaleAsync(Stale, CancellationToken.None), c.ClaimStaleAsync(Stale, CancellationToken.None));

        Assert.Equal(1, claimed.Sum());
        var owner = claimed[0] == 1 ? b : c;
        Assert.False(await a.TryStartAsync(Next(a), CancellationToken.None));
        Assert.True(await owner.TryStartAsync(Next(owner), CancellationToken.None));
    }

    [Fact]
    public async Task TryStartAsync_DoneWork_IsNotRunAgain()
    {
        var inbox = new SlackInbox(_store, _clock);
        await inbox.AcceptAsync(Work("Ev1"), CancellationToken.None);
        var claim = Next(inbox);
        await inbox.MarkDoneAsync(claim, CancellationToken.None);

        Assert.False(await inbox.TryStartAsync(claim, CancellationToken.None));
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await new SlackInbox(_store, _clock).ClaimStaleAsync(Stale, CancellationToken.None));
    }

    [Fact]
    public async Task SweepAsync_DeletesDoneWorkAfterTheDedupeWindowOnly()
    {
        var inbox = new SlackInbox(_store, _clock);
        await inbox.AcceptAsync(Work("done"), CancellationToken.None);
        await inbox.MarkDoneAsync(Next(inbox), CancellationToken.None);
        await inbox.AcceptAsync(Work("pending"), CancellationToken.None);

        _clock.Advance(SlackInbox.DedupeWindow - TimeSpan.FromSeconds(1));
        await inbox.SweepAsync(CancellationToken.None);
        Assert.Equal(2, (await _store.ListAsync(SlackInbox.KeyPrefix, CancellationToken.None)).Count);

        _clock.Advance(TimeSpan.FromSeconds(2));
        await inbox.SweepAsync(CancellationToken.None);
        var left = Assert.Single(await _store.ListAsync(SlackInbox.KeyPrefix, CancellationToken.None));
        Assert.EndsWith("pending", left.Key, StringComparison.Ordinal);
    }

    private SlackWork Work(string id) => new(id, SlackWorkKind.Event, "{}", _clock.GetUtcNow());

    /// <summary>The next claim <paramref name="inbox"/> queued.</summary>
    internal static SlackClaim Next(SlackInbox inbox)
    {
        Assert.True(inbox.Pending.TryRead(out var claim));
        return claim;
    }
}
