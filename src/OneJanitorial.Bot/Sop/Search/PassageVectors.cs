using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Memory;
using OneJanitorial.Bot.Sop.Knowledge;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Embeddings of a snapshot's passages, of their situation cues (<see cref="SituationCue"/>) and of its alternate
/// questions (<see cref="AlternateQuestions"/>), computed once per
/// snapshot (read from <see cref="PassageVectorCache"/> when present), and cosine ranking of a question against them. The last <paramref name="questionCacheSize"/> questions'
/// vectors are kept (least recently used go first; 0 keeps none): CSRs ask the same questions again, and a question's
/// vector is most of the cost of an answer with the local model.
/// </summary>
internal sealed class PassageVectors(IEmbeddingGenerator<string, Embedding<float>> generator, PassageVectorCache? cache, int questionCacheSize)
{
    /// <summary>Passages embedded per call, so a first start does not send the whole manual at once.</summary>
    public const int BatchSize = 32;

    private readonly ConditionalWeakTable<KnowledgeSnapshot, Task<SnapshotVectors>> _bySnapshot = [];
    private readonly Lock _gate = new();
    private readonly string _queryPrefix = generator is LocalEmbeddingGenerator ? LocalEmbeddingGenerator.QueryPrefix : "";
    private readonly string _modelId = generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? generator.GetType().FullName!;
    private readonly MemoryCache? _questions = questionCacheSize > 0 ? new(new MemoryCacheOptions { SizeLimit = questionCacheSize }) : null;

    public bool IsWarm(KnowledgeSnapshot snapshot) => _bySnapshot.TryGetValue(snapshot, out var task) && task.IsCompletedSuccessfully;

    /// <summary>
    /// Embeds (or loads) the snapshot's passages now, and loads the local model, so the first question waits for
    /// neither: with the passage vectors read from disk nothing else would load the model before a question.
    /// </summary>
    public async Task WarmAsync(KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        await PassagesAsync(snapshot).WaitAsync(cancellationToken);
        if (generator is LocalEmbeddingGenerator local)
        {
            await Task.Run(local.Load, cancellationToken);
        }
    }

    /// <summary>Every passage's cosine similarity to the query, and every cued passage's best cue similarity, best first.</summary>
    public async Task<SemanticRanking> RankAsync(KnowledgeSnapshot snapshot, string query, CancellationToken cancellationToken)
    {
        var vectors = await PassagesAsync(snapshot).WaitAsync(cancellationToken);
        var question = await QuestionAsync(query, cancellationToken);
        var ranked = new (int Id, double Similarity)[vectors.Passages.Length];
        for (var id = 0; id < vectors.Passages.Length; id++)
        {
            ranked[id] = (id, TensorPrimitives.CosineSimilarity(vectors.Passages[id], question));
        }
        // An array sort instead of a LINQ ordering (a few percent of an answer); equal similarities keep passage order, as before.
        Array.Sort(ranked, BestFirst);
        return new SemanticRanking(ranked, BestPerKey(vectors.Cues, question, Comparer<int>.Default))
        {
            Sections = BestPerKey(vectors.Alternates, question, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Each key's best similarity to the question among its vectors (a passage's cues, a section's alternate questions:
    /// a few hundred cosine similarities, a few microseconds), best first; equal similarities in key order.
    /// </summary>
    private static (TKey Key, double Similarity)[] BestPerKey<TKey>((TKey Key, float[] Vector)[] vectors, float[] question, IComparer<TKey> order)
        where TKey : notnull
    {
        var best = new Dictionary<TKey, double>();
        foreach (var (key, vector) in vectors)
        {
            var similarity = TensorPrimitives.CosineSimilarity(vector, question);
            best[key] = Math.Max(similarity, best.GetValueOrDefault(key, double.MinValue));
        }
        var ranked = best.Select(b => (b.Key, b.Value)).ToArray();
        Array.Sort(ranked, (a, b) => b.Item2.CompareTo(a.Item2) is var bySimilarity and not 0 ? bySimilarity : order.Compare(a.Item1, b.Item1));
        return ranked;
    }

    private static int BestFirst((int Id, double Similarity) a, (int Id, double Similarity) b) =>
        b.Similarity.CompareTo(a.Similarity) is var bySimilarity and not 0 ? bySimilarity : a.Id.CompareTo(b.Id);

    private async Task<float[]> QuestionAsync(string query, CancellationToken cancellationToken)
    {
        if (_questions is not null && _questions.TryGetValue(query, out float[]? cached))
        {
            return cached!;
        }
        var vector = (await generator.GenerateAsync([_queryPrefix + query], cancellationToken: cancellationToken))[0].Vector.ToArray();
        _questions?.Set(query, vector, new MemoryCacheEntryOptions { Size = 1 });
        return vector;
    }

    /// <summary>
    /// The snapshot's embedding, started once. A failed one is not kept: the next question tries again. Only a failure
    /// that was there before this call counts: one that this call just started may already have failed on the pool
    /// thread, and retrying it at once would embed twice for one question.
    /// </summary>
    private Task<SnapshotVectors> PassagesAsync(KnowledgeSnapshot snapshot)
    {
        lock (_gate)
        {
            if (!_bySnapshot.TryGetValue(snapshot, out var pending) || pending.IsFaulted || pending.IsCanceled)
            {
                pending = Task.Run(() => EmbedPassagesAsync(snapshot));
                _bySnapshot.AddOrUpdate(snapshot, pending);
            }
            return pending;
        }
    }

    /// <summary>
    /// The distinct texts a snapshot's vectors are made of: its passages (heading path and body), their situation cues,
    /// then its alternate questions, embedded as a question is (after <paramref name="queryPrefix"/>): question to
    /// question is a symmetric likeness, not a question's to the passage answering it.
    /// </summary>
    public static IReadOnlyList<string> Texts(KnowledgeSnapshot snapshot, string queryPrefix = "") =>
        [.. snapshot.Passages.Select(SearchableText.WithSection).Concat(Cues(snapshot).Select(c => c.Cue))
            .Concat(snapshot.Alternates.Questions.Select(q => queryPrefix + q.Question)).Distinct(StringComparer.Ordinal)];

    private static List<(int Id, string Cue)> Cues(KnowledgeSnapshot snapshot) =>
        [.. snapshot.Passages.SelectMany(
            p => SituationCue.For(p, snapshot.Glossary.Situations).Split('\n', StringSplitOptions.RemoveEmptyEntries), (p, cue) => (p.Id, cue))];

    private async Task<SnapshotVectors> EmbedPassagesAsync(KnowledgeSnapshot snapshot)
    {
        var cached = cache?.Load() ?? [];
        var missing = Texts(snapshot, _queryPrefix).Where(t => !cached.ContainsKey(Key(t))).ToList();
        foreach (var batch in missing.Chunk(BatchSize))
        {
            var embeddings = await generator.GenerateAsync(batch);
            for (var j = 0; j < batch.Length; j++)
            {
                cached[Key(batch[j])] = embeddings[j].Vector.ToArray();
            }
        }
        if (missing.Count > 0)
        {
            cache?.Save(cached);
        }
        return new SnapshotVectors(
            [.. snapshot.Passages.Select(p => cached[Key(SearchableText.WithSection(p))])],
            [.. Cues(snapshot).Select(c => (c.Id, cached[Key(c.Cue)]))],
            [.. snapshot.Alternates.Questions.Select(q => (q.Section, cached[Key(_queryPrefix + q.Question)]))]);
    }

    private string Key(string text) => PassageVectorCache.Key(_modelId, text);

    /// <summary>A snapshot's passage vectors (by passage id), its cue vectors, each with its passage's id, and its alternate questions' vectors, each with its section.</summary>
    private sealed record SnapshotVectors(float[][] Passages, (int Passage, float[] Vector)[] Cues, (string Section, float[] Vector)[] Alternates);
}
