using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack.Modals;

public sealed class SlackModalStoreTests
{
    private readonly InMemoryStateStore _store = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SweepAsync_DeletesModalStatesOlderThanTheLifetimeOnly()
    {
        var modals = new SlackModalStore(_store, _clock);
        await modals.RememberAsync("V-old", "h1", "{}", CancellationToken.None);
        _clock.Advance(SlackModalStore.Lifetime - TimeSpan.FromSeconds(1));
        await modals.RememberAsync("V-new", "h2", "{}", CancellationToken.None);

        await modals.SweepAsync(CancellationToken.None);
        Assert.Equal(2, (await _store.ListAsync(SlackModalStore.KeyPrefix, CancellationToken.None)).Count);

        _clock.Advance(TimeSpan.FromSeconds(2));
        await modals.SweepAsync(CancellationToken.None);
        var left = Assert.Single(await _store.ListAsync(SlackModalStore.KeyPrefix, CancellationToken.None));
        Assert.EndsWith("V-new", left.Key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SweepAsync_EntryFromBeforeTimesWereKept_IsDeleted()
    {
        await _store.WriteAsync(SlackModalStore.KeyPrefix + "V-legacy", """{"hash":"h","metadata":"{}"}""", null, CancellationToken.None);

        await new SlackModalStore(_store, _clock).SweepAsync(CancellationToken.None);

        Assert.Empty(await _store.ListAsync(SlackModalStore.KeyPrefix, CancellationToken.None));
    }
}
