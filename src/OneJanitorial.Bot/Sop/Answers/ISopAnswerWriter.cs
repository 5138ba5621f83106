using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// Optional step after retrieval that rewrites the answer (the LLM path). <see cref="SopAnswerer"/> calls it
/// when one is registered; returning null, throwing or timing out keeps the extractive answer.
/// </summary>
public interface ISopAnswerWriter
{
    /// <param name="question">The CSR's question.</param>
    /// <param name="passages">The retrieved passages, best first (the only text the writer may use).</param>
    /// <param name="extractive">The answer without an LLM: the fallback, and the decline when nothing scored well.</param>
    Task<SopAnswer?> WriteAsync(string question, IReadOnlyList<SopHit> passages, SopAnswer extractive, CancellationToken cancellationToken);
}
