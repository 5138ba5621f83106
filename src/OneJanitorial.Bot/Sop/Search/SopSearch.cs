using Lucene.Net.Search;
using Microsoft.Extensions.AI;
using OneJanitorial.Bot.Sop.Knowledge;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Ranked SOP passages for a question: the question is read (number words, typos), searched with BM25 and glossary
/// expansion, and fused by reciprocal rank fusion with semantic (vector) ranking when an
/// <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> is registered (the local model by default), with the passages
/// of the situation cues and of the section whose alternate questions are nearest the question in meaning.
/// </summary>
public sealed partial class SopSearch(
    KnowledgeBase knowledge,
    ILogger<SopSearch>? logger = null,
    IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
{
    /// <summary>How deep the keyword ranking goes before fusion.</summary>
    public const int FusionDepth = 50;

    /// <summary>BM25 candidates re-ranked by how much of the question their section covers.</summary>
    public const int RerankDepth = 30;

    /// <summary>Ranking score = BM25 × coverage^weight: a passage whose section answers the whole question wins over one matching a word many times.</summary>
    public const double CoverageWeight = 2;

    /// <summary>
    /// RRF's rank constant. Lower than the usual 60: with 60 a passage ranked 8th by both rankings beats one the keyword
    /// ranking puts first by a wide margin, and the top of the keyword ranking is where exact policy words are. Chosen on the tuning set.
    /// </summary>
    public const int FusionK = 10;

    /// <summary>Weight of the semantic ranking in the fusion (keyword ranking 1). Chosen on the tuning set.</summary>
    /// <remarks>
    /// Re-measured 2026-11-28 on the tuning set's two halves (fact in answer, whole 93.8%): k 5, 20, 30 (93.2, 92.2, 92.0),
    /// weight 0.35, 0.75, 1.0 (93.0, 92.6, 91.5), weight raised with the question's unknown share or lowered with the
    /// keyword top hit's coverage (93.6 at best), and 10, 20, 25, 40 or all semantic candidates (92.6 to 93.8) were no
    /// better than k 10, weight 0.5, 50 candidates; 30 candidates gained one question (94.0), taken as noise. Without the
    /// semantic ranking (weight 0): 89.7%.
    /// </remarks>
    public const double SemanticWeight = 0.5;

    /// <summary>
    /// A situation question's words the manual lacks count as explained when one of this many best hits has them among
    /// its situation cues: the hits the decline decision reads.
    /// </summary>
    public const int CueDepth = 3;

    /// <summary>
    /// The passages whose situation cues are most like the question (by the semantic model), this many, join the fusion
    /// as a third ranking at <see cref="CueWeight"/>: "cleaner with a crew only inspects once a month" is close to the
    /// Non-Negotiables' cue "how often must a cleaner with staff inspect" in meaning, not in words. Chosen on the tuning set.
    /// </summary>
    public const int CueFusionDepth = 3;

    /// <summary>
    /// A question whose nearest situation cue in meaning is at least this similar, and belongs to one of the best
    /// <see cref="CueDepth"/> hits, tells that cue's situation: its words the manual lacks count as explained, as a cue's
    /// own words do ("partner will not stop going off topic" is the cue "cleaner goes off topic"). Chosen on the tuning
    /// set (0.6 to 0.75; below 0.68 out-of-scope questions pass).
    /// </summary>
    public const double CueMeansSimilarity = 0.7;

    /// <summary>Weight of the cue ranking in the fusion (keyword ranking 1, semantic <see cref="SemanticWeight"/>). Chosen on the tuning set.</summary>
    public const double CueWeight = 0.25;

    /// <summary>
    /// The passages of the sections whose alternate questions (<see cref="AlternateQuestions"/>) are nearest the
    /// question, this many sections, join the fusion as a fourth ranking at <see cref="AlternateWeight"/>. Chosen on
    /// the tuning set's half A, checked on half B: 1 section (2, 3 or 5 at weights 0.25–1.0 moved hits up but let
    /// out-of-scope questions through on half A: declined 96.1 → 95.3–95.7%).
    /// </summary>
    public const int AlternateDepth = 1;

    /// <summary>
    /// Weight of the alternate-question ranking in the fusion. Chosen on the tuning set (at depth 1: 0.15, 0.35, 0.5
    /// were no better on half A than 0.25, and 0.5 let one more out-of-scope question of half B through).
    /// </summary>
    public const double AlternateWeight = 0.25;

    /// <summary>
    /// A question whose nearest alternate question is at least this similar (question to question, both with the
    /// model's query prefix), its section holding one of the best <see cref="CueDepth"/> hits, asks what that section
    /// answers: its words the manual lacks count as explained, as a situation cue's do. Chosen on the tuning set: 0.82
    /// let an out-of-scope question of half B through, 0.88 and 0.9 answered fewer of half A.
    /// </summary>
    public const double AlternateMeansSimilarity = 0.85;

    private readonly PassageVectors? _vectors = embeddings is null
        ? null
        : new PassageVectors(
            embeddings,
            knowledge.Options.ResolvedVectorCacheFile() is { } file ? new PassageVectorCache(file) : null,
            knowledge.Options.QuestionVectorCacheSize);

    public bool UsesVectors => _vectors is not null;

    /// <summary>True when the index is built and, with semantic retrieval on, the current snapshot's vectors are loaded.</summary>
    public bool IsWarm => knowledge.IsReady && (_vectors is null || _vectors.IsWarm(knowledge.Current));

    /// <summary>Loads the model and the passage vectors of the current snapshot (start-up warm-up).</summary>
    public async Task WarmAsync(CancellationToken cancellationToken)
    {
        var snapshot = await knowledge.WhenReadyAsync(cancellationToken);
        if (_vectors is not null)
        {
            await _vectors.WarmAsync(snapshot, cancellationToken);
        }
    }

    /// <summary>Keyword search only (BM25 + glossary): synchronous and allocation-light.</summary>
    public SopSearchResult Search(string query, int k)
    {
        var snapshot = knowledge.Current;
        var question = SopQuestion.Read(query, snapshot.Index.Speller);
        var sopQuery = new SopQuery(question, snapshot.Index, snapshot.Glossary);
        return WithCues(Lexical(snapshot, question, sopQuery, k), sopQuery);
    }

    /// <summary>BM25, plus semantic ranking fused by RRF when configured.</summary>
    public async Task<SopSearchResult> SearchAsync(string query, int k, CancellationToken cancellationToken)
    {
        var snapshot = await knowledge.WhenReadyAsync(cancellationToken);
        var question = SopQuestion.Read(query, snapshot.Index.Speller);
        // One query per question: building it (glossary matching, analysis) is most of an answer's cost without the model.
        var sopQuery = new SopQuery(question, snapshot.Index, snapshot.Glossary);
        if (_vectors is null)
        {
            return WithCues(Lexical(snapshot, question, sopQuery, k), sopQuery);
        }
        var lexical = Lexical(snapshot, question, sopQuery, FusionDepth);
        SemanticRanking similar;
        try
        {
            similar = await _vectors.RankAsync(snapshot, question.Text, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A remote embedding service is a network dependency; keyword search alone still answers.
            if (logger is not null)
            {
                LogEmbeddingsFailed(logger, e);
            }
            return WithCues(lexical with { Hits = [.. lexical.Hits.Take(k)] }, sopQuery);
        }
        return ExplainedByAlternate(ExplainedByCue(WithCues(Fuse(snapshot, sopQuery, lexical, similar, k), sopQuery), similar), similar);
    }

    // A question this close to a section's authored question asks what that section answers, in whatever words.
    private static SopSearchResult ExplainedByAlternate(SopSearchResult result, SemanticRanking similar) =>
        similar.Sections is [var best, ..] && best.Similarity >= AlternateMeansSimilarity
            && result.Hits.Take(CueDepth).Any(h => AlternateRanking.IsIn(h.Passage, best.Section))
            ? result with { UnknownShare = 0 }
            : result;

    private static SopSearchResult ExplainedByCue(SopSearchResult result, SemanticRanking similar) =>
        similar.Cues is [var best, ..] && best.Similarity >= CueMeansSimilarity && result.Hits.Take(CueDepth).Any(h => h.Passage.Id == best.Id)
            ? result with { UnknownShare = 0 }
            : result;

    private static SopSearchResult Fuse(
        KnowledgeSnapshot snapshot, SopQuery sopQuery, SopSearchResult lexical, SemanticRanking similar, int k)
    {
        var fused = ReciprocalRankFusion.FuseWeighted([
            ([.. lexical.Hits.Select(h => h.Passage.Id)], 1.0),
            ([.. similar.Passages.Take(FusionDepth).Select(s => s.Id)], SemanticWeight),
            ([.. similar.Cues.Take(CueFusionDepth).Select(s => s.Id)], CueWeight),
            (AlternateRanking.Passages(snapshot, similar, AlternateDepth), AlternateWeight)], FusionK);
        var byId = lexical.Hits.Select((h, i) => (h, Rank: i + 1)).ToDictionary(x => x.h.Passage.Id);
        var situation = Situation(lexical);
        var similarity = similar.Passages.ToDictionary(s => s.Id, s => s.Similarity);
        var hits = fused.Take(k).Select(f => new SopHit(
            snapshot.Passages[f.Id],
            f.Score,
            byId.TryGetValue(f.Id, out var l) ? l.h.Coverage : sopQuery.Coverage(f.Id, situation),
            similarity.GetValueOrDefault(f.Id),
            byId.TryGetValue(f.Id, out var r) ? r.Rank : null));
        return lexical with { Hits = [.. hits] };
    }

    private static SopSearchResult Lexical(KnowledgeSnapshot snapshot, SopQuestion question, SopQuery sopQuery, int k)
    {
        if (sopQuery.IsEmpty || snapshot.Passages.Count == 0)
        {
            return new SopSearchResult(question.Typed, [], question, 0, snapshot);
        }
        TopDocs top = snapshot.Index.Searcher.Search(sopQuery.Lucene, Math.Max(k, RerankDepth));
        var quantity = QuantityQuestion.Asks(question.Typed);
        var situation = SituationFraming.Describes(question.Typed);
        var hits = top.ScoreDocs
            .Select(d => (Id: snapshot.Index.PassageIdOf(d.Doc), d.Score))
            .Select(d => (d.Id, Coverage: sopQuery.Coverage(d.Id, situation), d.Score))
            .Select(d => new SopHit(snapshot.Passages[d.Id], d.Score * Math.Pow(d.Coverage, CoverageWeight)
                * (quantity && QuantityQuestion.States(snapshot.Passages[d.Id].Text) ? QuantityQuestion.Boost : 1), d.Coverage))
            .OrderByDescending(h => h.Score)
            .Take(k)
            .Select((h, i) => h with { LexicalRank = i + 1 });
        return new SopSearchResult(question.Typed, [.. hits], question, sopQuery.UnknownShare, snapshot)
        {
            OutsideSop = sopQuery.OutOfScopeTopic ?? ForeignSubject.Find(question.Text, snapshot.Index, snapshot.Glossary),
        };
    }

    private static bool Situation(SopSearchResult result) => result.Question is { } q && SituationFraming.Describes(q.Typed);

    // A situation ("the cleaner's supplies ran out") is told in everyday words the manual lacks; the sections' situation
    // cues explain such a word only when a best hit carries it, so a word alone never brings a question into the SOP.
    private static SopSearchResult WithCues(SopSearchResult result, SopQuery sopQuery) =>
        Situation(result) && result.Hits.Count > 0
            ? result with { UnknownShare = sopQuery.UnknownShareAfterCues([.. result.Hits.Take(CueDepth).Select(h => h.Passage.Id)]) }
            : result;

    [LoggerMessage(EventId = 4020, Level = LogLevel.Warning, Message = "Embedding generation failed; answering with keyword search only")]
    private static partial void LogEmbeddingsFailed(ILogger logger, Exception exception);
}
