using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Teams;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class ActivityDeduplicatorTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Contains_SameIdWithinWindow_ReturnsTrue()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        deduplicator.Add("chat-1", "a1");

        _clock.Advance(ActivityDeduplicator.Window - TimeSpan.FromSeconds(1));

        Assert.True(deduplicator.Contains("chat-1", "a1"));
    }

    [Fact]
    public void Contains_NotYetAdded_ReturnsFalse()
    {
        var deduplicator = new ActivityDeduplicator(_clock);

        Assert.False(deduplicator.Contains("chat-1", "a1"));
    }

    [Fact]
    public void Contains_SameIdInAnotherConversation_ReturnsFalse()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        deduplicator.Add("chat-1", "a1");

        Assert.False(deduplicator.Contains("chat-2", "a1"));
    }

    [Fact]
    public void Contains_SameIdAfterWindow_ReturnsFalse()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        deduplicator.Add("chat-1", "a1");

        _clock.Advance(ActivityDeduplicator.Window);

        Assert.False(deduplicator.Contains("chat-1", "a1"));
    }
}
