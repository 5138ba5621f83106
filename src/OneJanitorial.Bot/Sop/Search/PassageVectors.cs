using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using OneJanitorial.Bot.Sop.Knowledge;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>Embeddings of a snapshot's passages, computed once per snapshot on first use, and cosine ranking.</summary>
internal sealed class PassageVectors(IEmbeddingGenerator<string, Embedding<float>> generator)
{
    private readonly ConditionalWeakTable<KnowledgeSnapshot, Task<float[][]>> _bySnapshot = [];

    public async Task<IReadOnlyList<(int Id, double Similarity)>> RankAsync(KnowledgeSnapshot snapshot, string query, int k, CancellationToken cancellationToken)
    {
        var pending = _bySnapshot.GetValue(snapshot, s => EmbedAsync([.. s.Passages.Select(p => p.Section + "\n" + p.Text)]));
        if (pending.IsFaulted || pending.IsCanceled)
        {
            // A failed batch is not cached: the next question tries again.
            _bySnapshot.Remove(snapshot);
            await pending;
        }
        var passages = await pending.WaitAsync(cancellationToken);
        var question = (await EmbedAsync([query], cancellationToken))[0];
        return [.. passages
            .Select((vector, id) => (id, (double)TensorPrimitives.CosineSimilarity(vector, question)))
            .OrderByDescending(p => p.Item2)
            .Take(k)];
    }

    private async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0)
        {
            return [];
        }
        var embeddings = await generator.GenerateAsync(texts, cancellationToken: cancellationToken);
        return [.. embeddings.Select(e => e.Vector.ToArray())];
    }
}
