using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// Answers a question from the SOP: retrieval, then the extractive answer (best passages quoted with their
/// section), then the optional <see cref="ISopAnswerWriter"/>. Chat and the CLI both call <see cref="AnswerAsync"/>.
/// </summary>
public sealed partial class SopAnswerer(
    SopSearch search,
    IOptions<KnowledgeOptions> options,
    ILogger<SopAnswerer> logger,
    ISopAnswerWriter? writer = null)
{
    /// <summary>Passages retrieved for the answer and the writer.</summary>
    public const int RetrievalDepth = 8;

    /// <summary>Passages quoted in one answer, at most.</summary>
    public const int MaxQuoted = 3;

    /// <summary>Further relevant passages are quoted when they score at least this share of the best one.</summary>
    public const double SecondPassageRatio = 0.4;

    private readonly KnowledgeOptions _options = options.Value;

    public async Task<SopAnswer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        var result = await search.SearchAsync(question.Trim(), RetrievalDepth, cancellationToken);
        var extractive = Extract(question.Trim(), result);
        if (writer is null)
        {
            return extractive;
        }
        try
        {
            return await writer.WriteAsync(question, result.Hits, extractive, cancellationToken) ?? extractive;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogWriterFailed(logger, e);
            return extractive;
        }
    }

    /// <summary>The answer without an LLM, from ranked passages.</summary>
    public SopAnswer Extract(string question, SopSearchResult result)
    {
        var relevant = result.Hits.Where(IsRelevant).ToList();
        if (relevant.Count == 0 || !IsRelevant(result.Hits[0]))
        {
            return new SopAnswer(question, SopAnswer.NotCoveredText, false, []);
        }
        var quoted = relevant.Take(MaxQuoted).TakeWhile((h, i) => i == 0 || h.Score >= relevant[0].Score * SecondPassageRatio).ToList();
        var citations = relevant.Take(_options.MaxCitations)
            .Select(h => new SopCitation(h.Passage.Document, h.Passage.Section, h.Passage.Anchor, Math.Round(h.Score, 4), h.Passage.Text))
            .ToList();
        return new SopAnswer(question, Compose(quoted), true, citations);
    }

    private bool IsRelevant(SopHit hit) =>
        hit.Coverage >= _options.MinCoverage || hit.Similarity >= _options.MinVectorSimilarity;

    private static string Compose(IEnumerable<SopHit> hits) =>
        string.Join("\n\n", hits.Select(h => $"From **{h.Passage.Section}**:\n{h.Passage.Text}"));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SOP answer writer failed; using the extractive answer")]
    private static partial void LogWriterFailed(ILogger logger, Exception exception);
}
