using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Teams;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class ActivityDeduplicatorTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void TryRegister_SameIdWithinWindow_ReturnsFalse()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        Assert.True(deduplicator.TryRegister("chat-1", "a1"));

        _clock.Advance(ActivityDeduplicator.Window - TimeSpan.FromSeconds(1));

        Assert.False(deduplicator.TryRegister("chat-1", "a1"));
    }

    [Fact]
    public void TryRegister_SameIdInAnotherConversation_ReturnsTrue()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        Assert.True(deduplicator.TryRegister("chat-1", "a1"));

        Assert.True(deduplicator.TryRegister("chat-2", "a1"));
    }

    [Fact]
    public void TryRegister_SameIdAfterWindow_ReturnsTrue()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        Assert.True(deduplicator.TryRegister("chat-1", "a1"));

        _clock.Advance(ActivityDeduplicator.Window);

        Assert.True(deduplicator.TryRegister("chat-1", "a1"));
    }
}
