using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Conversation.Deliveries;

/// <summary>A turn run again skips only what an earlier run delivered, the same at the same number; old records are swept.</summary>
public sealed class TurnDeliveriesTests
{
    private readonly InMemoryStateStore _store = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero));
    private readonly List<string> _sent = [];

    private TurnDeliveries Deliveries => new(_store, _clock, NullLogger<TurnDeliveries>.Instance);

    [Fact]
    public async Task SendOnceAsync_RunAgainWithTheSameMessages_SendsOnlyThoseNotDelivered()
    {
        var first = Deliveries.For("test", "turn-1");
        Assert.Equal("id-a", await SendAsync(first, "a"));
        await Assert.ThrowsAsync<IOException>(() => first.SendOnceAsync("b", _ => throw new IOException("killed"), CancellationToken.None));

        var again = Deliveries.For("test", "turn-1");
        Assert.Equal("id-a", await SendAsync(again, "a")); // the earlier run's id, not sent again
        await SendAsync(again, "b");

        Assert.Equal(["a", "b"], _sent);
    }

    [Fact]
    public async Task SendOnceAsync_RunAgainSaysSomethingElseAtANumber_SendsIt()
    {
        await SendAsync(Deliveries.For("test", "turn-2"), "step 1 card");

        await SendAsync(Deliveries.For("test", "turn-2"), "step 2 card"); // the dialog moved on: not skipped on a guess

        Assert.Equal(["step 1 card", "step 2 card"], _sent);
    }

    [Fact]
    public async Task SendOnceAsync_OtherTurnOrNoTurnId_SendsEverything()
    {
        await SendAsync(Deliveries.For("test", "turn-3"), "a");
        await SendAsync(Deliveries.For("test", "turn-4"), "a");
        await SendAsync(Deliveries.For("test", null), "a");
        await SendAsync(Deliveries.For("test", null), "a");

        Assert.Equal(4, _sent.Count);
        Assert.Equal(2, (await _store.ListAsync(TurnDeliveries.KeyPrefix, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SweepAsync_RecordOlderThanKeep_DeletedAndItsTurnSendsAgain()
    {
        await SendAsync(Deliveries.For("test", "old"), "a");
        _clock.Advance(TurnDeliveries.Keep - TimeSpan.FromMinutes(1));
        await SendAsync(Deliveries.For("test", "recent"), "a");
        _clock.Advance(TimeSpan.FromMinutes(2));

        await Deliveries.SweepAsync(CancellationToken.None);

        var left = Assert.Single(await _store.ListAsync(TurnDeliveries.KeyPrefix, CancellationToken.None));
        Assert.EndsWith("/recent", left.Key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnceAsync_RunAgainSaysItAtAnotherPoint_NotSentAgainAndTheNumberedMessagesKeepTheirNumbers()
    {
        var first = Deliveries.For("test", "turn-5");
        await SendAsync(first, "a");
        await SayOnceAsync(first, "note");
        await SendAsync(first, "b");

        var again = Deliveries.For("test", "turn-5"); // "a" and "b" delivered, then the note again before "c"
        await SendAsync(again, "a");
        await SendAsync(again, "b");
        await SayOnceAsync(again, "note");
        await SendAsync(again, "c");

        Assert.Equal(["a", "note", "b", "c"], _sent);
    }

    [Fact]
    public async Task SendOnceAsync_RunAgainOfARecordWithSha256Digests_SendsOnlyWhatItDidNotDeliver()
    {
        // A record written before digests were XXH3: "a" delivered as message 1, digested as the first 16 bytes of SHA-256.
        var sha256 = Convert.ToHexString(SHA256.HashData("a"u8), 0, 16);
        var record = new TurnDeliveryRecord(_clock.GetUtcNow(), [new DeliveredMessage(1, sha256, "id-a")]);
        await _store.WriteAsync(
            TurnDeliveries.KeyPrefix + "test/turn-6", JsonSerializer.Serialize(record, DeliveriesJsonContext.Default.TurnDeliveryRecord), "*", CancellationToken.None);

        var again = Deliveries.For("test", "turn-6");
        Assert.Equal("id-a", await SendAsync(again, "a"));
        await SendAsync(again, "b");

        Assert.Equal(["b"], _sent);
    }

    private async Task SayOnceAsync(TurnDeliveryLog log, string content)
    {
        var note = await log.OnceAsync(content, CancellationToken.None);
        if (!note.Delivered)
        {
            _sent.Add(content);
            await log.RecordAsync(note, null, CancellationToken.None);
        }
    }

    private Task<string?> SendAsync(TurnDeliveryLog log, string content) =>
        log.SendOnceAsync(content, _ =>
        {
            _sent.Add(content);
            return Task.FromResult<string?>("id-" + content);
        }, CancellationToken.None);
}
