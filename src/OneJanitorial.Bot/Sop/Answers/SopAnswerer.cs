using System.Globalization;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// Answers a question from the SOP: retrieval, the decline decision, then the extractive answer (a whole section or
/// table when asked for or when the best hits are its rows, else the fact sentence first; the retrieved passage nearest
/// the question in meaning follows when it is not quoted), then the optional
/// <see cref="ISopAnswerWriter"/>. Chat and the CLI both call <see cref="AnswerAsync"/>.
/// </summary>
public sealed partial class SopAnswerer(
    SopSearch search,
    IOptions<KnowledgeOptions> options,
    ILogger<SopAnswerer> logger,
    ISopAnswerWriter? writer = null,
    SopMetrics? metrics = null)
{
    /// <summary>Passages retrieved for the answer and the writer.</summary>
    public const int RetrievalDepth = 8;

    /// <summary>Passages quoted in a single-fact answer, at most.</summary>
    public const int MaxQuoted = 3;

    /// <summary>
    /// Further passages are quoted when they hold at least this share of the question's words: a situation ("the
    /// client is leaving us") often needs the second passage (the ticket type) as well as the first. Chosen on the tuning set.
    /// </summary>
    public const double FurtherPassageCoverage = 0.3;

    /// <summary>How deep a hit may be to lead when its heading names what the first hit holds only through its context (<see cref="TitledFirst"/>).</summary>
    public const int TitledDepth = 4;

    /// <summary>
    /// A question word found in more than this share of the manual's passages ("cleaner", "client", "ticket") names
    /// no heading for <see cref="TitledFirst"/>: "the cleaner never showed up" is answered by the missed-cleans
    /// policy, not by "Cleaner Avatar Definition".
    /// </summary>
    public const double CommonWordShare = 0.25;

    /// <summary>
    /// The first hit leads only when it covers at least this share of what the best-covering of the relevant hits covers
    /// (<see cref="CoveredFirst"/>). Chosen on the tuning set (0.3 and 0.5 equal, 0.7 worse).
    /// </summary>
    public const double LeadCoverageShare = 0.5;

    private readonly KnowledgeOptions _options = options.Value;

    public async Task<SopAnswer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        var result = await search.SearchAsync(question.Trim(), RetrievalDepth, cancellationToken);
        var extractive = Extract(question.Trim(), result);
        if (writer is null || !extractive.Covered)
        {
            metrics?.Answered(extractive.Covered ? SopAnswerOutcome.Covered : SopAnswerOutcome.Declined);
            return extractive;
        }
        try
        {
            var written = await writer.WriteAsync(question, result.Hits, extractive, cancellationToken);
            metrics?.Answered(written is null ? SopAnswerOutcome.Covered : written.Covered ? SopAnswerOutcome.CoveredByModel : SopAnswerOutcome.DeclinedByModel,
                written is null ? SopFallbackReason.ReplyUnusable : null);
            return written ?? extractive;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogWriterFailed(logger, e);
            metrics?.Answered(SopAnswerOutcome.Covered, SopFallbackReason.ModelFailed);
            return extractive;
        }
    }

    /// <summary>The answer without an LLM, from ranked passages.</summary>
    public SopAnswer Extract(string question, SopSearchResult result)
    {
        if (result.Hits.Count == 0 || result.Snapshot is null || !DeclineDecision.Covers(result))
        {
            return new SopAnswer(question, SopAnswer.NotCoveredText, false, []);
        }
        var snapshot = result.Snapshot;
        var ordered = snapshot.Index.Analyze(result.Question?.Text ?? question);
        // The hit the answer leads with is cited first: the sources follow the answer, not the raw ranking.
        var ranked = TextFirst(CoveredFirst(TitledFirst(LabelsFirst(OrdinalFirst(result.Hits, snapshot.Index, ordered), snapshot.Index, ordered, result.Question?.Text ?? question), snapshot.Index, ordered)), snapshot.Index, result.Question?.Text ?? question);
        var citations = ranked.Take(_options.MaxCitations)
            .Select(h => new SopCitation(h.Passage.Document, h.Passage.Section, h.Passage.Anchor, Math.Round(h.Score, 4), h.Passage.Text))
            .ToList();
        var top = ranked.Take(DeclineDecision.RelevantDepth).ToList();
        var terms = ordered.ToHashSet(StringComparer.Ordinal);
        var askedForWhole = AnswerIntent.AsksForWhole(question) || result.Question is { } read && AnswerIntent.AsksForWhole(read.Text);
        var withText = top.FirstOrDefault(h => !SearchableText.IsLost(h.Passage));
        var candidates = (askedForWhole ? WithNamedDeeper(top, ranked, snapshot.Index, ordered) : top)
            .Where(h => withText is null || !AnswersNothing(h, withText, snapshot.Index, result.Question?.Text ?? question)).ToList();
        if (SectionAnswer.Pick(candidates, snapshot.Passages, askedForWhole, heading => Named(heading, snapshot.Index, ordered)) is var (document, path))
        {
            var lead = askedForWhole ? null : FactAnswer.Lead(top[0].Passage, snapshot.Index, terms);
            var body = SectionAnswer.Build(snapshot.Passages, document, path, lead);
            if (!askedForWhole && SectionAnswer.IsCondition(top[0].Passage, snapshot.Passages))
            {
                body = WithFurtherOutside(body, top);
            }
            body = WithNearest(body, p => SectionAnswer.IsIn(p, document, path), result.Hits);
            var section = SectionAnswer.Cite(body, document, snapshot.Passages, path, Math.Round(top[0].Score, 4));
            return SopAnswer.From(question, body, [section, .. citations.Where(c => c.Section != section.Section).Take(_options.MaxCitations - 1)]);
        }
        var quoted = top.Take(1).Concat(Further(top)).Take(MaxQuoted).ToList();
        var answer = FactAnswer.Build(quoted, snapshot.Index, terms);
        var told = SituationFraming.Describes(question) ? WithRule(answer, quoted, snapshot.Passages) : answer;
        return SopAnswer.From(question, WithNearest(told, p => quoted.Any(h => h.Passage.Id == p.Id), result.Hits), citations);
    }

    // A whole ask ("explain every ticket type") may name a section better than the best hits' headings do: the
    // retrieved hit whose heading names the most of it, deeper than the best hits, joins them, so the section is its.
    // A table row's heading includes its label column's header ("explain the priority levels": "Priority").
    private static IReadOnlyList<SopHit> WithNamedDeeper(IReadOnlyList<SopHit> top, IReadOnlyList<SopHit> ranked, SopIndex index, IReadOnlyList<string> ordered)
    {
        var best = top.Max(h => Named(SectionAnswer.Heading(h.Passage), index, ordered));
        var deeper = ranked.Skip(top.Count).Where(h => !SearchableText.IsLost(h.Passage))
            .Select(h => (h, Named: Named(SectionAnswer.Heading(h.Passage), index, ordered))).Where(x => x.Named > best)
            .OrderByDescending(x => x.Named).Select(x => x.h).FirstOrDefault();
        return deeper is null ? top : [.. top, deeper];
    }

    // A situation's bucket answers what to do; a further relevant passage outside its section (its ticket type, a
    // script) still follows.
    private static SopAnswerBody WithFurtherOutside(SopAnswerBody body, IReadOnlyList<SopHit> top)
    {
        var section = top[0].Passage.Section;
        var outside = Further(top).Where(h => h.Passage.Section != section
            && !h.Passage.Section.StartsWith(section + Passage.PathSeparator, StringComparison.Ordinal));
        return body.Followed(outside.Select(h => h.Passage));
    }

    // A situation matching a subsection's sign ("vague notes: they'll handle it") is told the rule it is a sign of.
    private static SopAnswerBody WithRule(SopAnswerBody answer, IReadOnlyList<SopHit> quoted, IReadOnlyList<Passage> all) =>
        FactAnswer.Rule(quoted[0].Passage, all) is { } rule && quoted.All(h => h.Passage.Id != rule.Id)
            ? answer.Followed(rule)
            : answer;

    // A question's words may point at another passage than its meaning does: a situation told in everyday words ("the
    // cleaner runs a crew of his own and never checks their work" names the avatar's "own" business), a whole ask whose
    // section does not hold its "why". The retrieved passage nearest the question in meaning (the Non-Negotiables'
    // weekly inspections) follows when the answer does not quote it already. A lost body answers nothing.
    private static SopAnswerBody WithNearest(SopAnswerBody answer, Func<Passage, bool> quotes, IReadOnlyList<SopHit> hits)
    {
        var nearest = hits.Where(h => h.Similarity is not null && !SearchableText.IsLost(h.Passage)).MaxBy(h => h.Similarity);
        return nearest is null || quotes(nearest.Passage) || answer.More.Any(m => m.Text == nearest.Passage.Text)
            ? answer
            : answer.Followed(nearest.Passage);
    }

    // Among the best hits that cover as much of the question as the first, one whose own heading names a question word
    // the first holds only through its context (a parent section's text) leads: "when should the service manager coach
    // a csr" is answered by "Coach When You See", not by a theory's "Mechanism" read under a paragraph that mentions
    // coaching. A heading whose text the manual lost answers nothing.
    private static IReadOnlyList<SopHit> TitledFirst(IReadOnlyList<SopHit> hits, SopIndex index, IReadOnlyList<string> ordered)
    {
        if (hits.Count == 0)
        {
            return hits;
        }
        var first = index.Analyze(SearchableText.WithSection(hits[0].Passage)).ToHashSet(StringComparer.Ordinal);
        var asked = ordered.Where(t => !first.Contains(t) && !IsNumber(t) && index.DocFrequency(t) <= CommonWordShare * index.DocumentCount)
            .ToHashSet(StringComparer.Ordinal);
        var best = hits.Take(TitledDepth).Select((h, i) => (h, i))
            .Skip(1)
            .Where(x => x.h.Coverage >= hits[0].Coverage && !SearchableText.IsLost(x.h.Passage) && x.h.Passage.SectionPath.Count > 0)
            .Select(x => (x.h, x.i, Named: index.Analyze(x.h.Passage.SectionPath[^1]).Count(asked.Contains)))
            .Where(x => x.Named > 0)
            .OrderByDescending(x => x.Named).ThenBy(x => x.i).FirstOrDefault();
        return best.h is null ? hits : Promote(hits, best.i);
    }

    // A question with an ordinal ("a third complaint", "the 2nd issue") is answered by the table row labelled with it
    // ("3rd+ Issue") when the first hit's label is not; so is one numbering a table's label column by its header: "strike
    // 3" (or "strike three") is the "Strike" column's "3rd+ Issue".
    private static IReadOnlyList<SopHit> OrdinalFirst(IReadOnlyList<SopHit> hits, SopIndex index, IReadOnlyList<string> ordered)
    {
        var ordinals = ordered.Where(IsOrdinal).ToHashSet(StringComparer.Ordinal);
        var numbered = ordered.Skip(1).Select((t, i) => (Column: ordered[i], Number: t))
            .Where(x => int.TryParse(x.Number, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(x => (x.Column, Ordinal: NumberWords.Ordinal(int.Parse(x.Number, CultureInfo.InvariantCulture)))).ToList();
        bool Labelled(SopHit hit) => LabelledWith(hit, index, ordinals) || numbered.Any(n => NumbersRow(hit, index, n.Column, n.Ordinal));
        if (ordinals.Count == 0 && numbered.Count == 0 || hits.Count == 0 || Labelled(hits[0]))
        {
            return hits;
        }
        var row = hits.Select((h, i) => (h, i)).FirstOrDefault(x => Labelled(x.h));
        return row.h is null ? hits : Promote(hits, row.i);
    }

    // Table rows among the best hits whose whole label the question names ("move to bco" and "already bco": the "Move to
    // BCO" and "Already BCO" ticket types) lead, the most-named label first, over passages that only mention it in a
    // cell (the strike table's "Move to BCO"). A row's label is its heading. Its little words count too: "fix" does not
    // name "WHO Is Doing the Fix".
    private static IReadOnlyList<SopHit> LabelsFirst(IReadOnlyList<SopHit> hits, SopIndex index, IReadOnlyList<string> ordered, string question)
    {
        if (hits.Count == 0)
        {
            return hits;
        }
        var asked = ordered.ToHashSet(StringComparer.Ordinal);
        var typed = Words(question);
        var named = hits.Take(TitledDepth).Select((h, i) => (h, i, Label: h.Passage.IsTableRow ? Words(h.Passage.RowLabel) : []))
            .Where(x => x.h.Coverage >= hits[0].Coverage && x.Label.Length > 0 && x.Label.All(w => typed.Contains(w) || index.Analyze(w) is [_, ..] and var t && t.All(asked.Contains)))
            .OrderByDescending(x => x.Label.Length).ThenBy(x => x.i).Select(x => x.h).ToList();
        return named.Count == 0 || named[0] == hits[0] ? hits : [.. named, .. hits.Where(h => !named.Contains(h))];
    }

    // A first hit that covers less than LeadCoverageShare of what another of the best hits covers does not lead: "what
    // are the source options on a ticket" is answered by the ticket fields (source, ...), not by a passage that only
    // says "ticket" and ranks first by meaning.
    private static IReadOnlyList<SopHit> CoveredFirst(IReadOnlyList<SopHit> hits)
    {
        if (hits.Count == 0)
        {
            return hits;
        }
        var best = hits.Take(DeclineDecision.RelevantDepth).Select((h, i) => (h, i)).MaxBy(x => x.h.Coverage);
        return hits[0].Coverage < LeadCoverageShare * best.h.Coverage ? Promote(hits, best.i) : hits;
    }

    // A first hit whose text the manual lost answers nothing: the next relevant hit with text leads ("what goes in the
    // email to the cleaner after the call" is answered by the call's close, which names the email, not by the lost
    // voicemail script), unless the lost hit's own heading names a question word that hit does not hold ("what do I
    // say in the voicemail": the answer says the script was lost).
    private static IReadOnlyList<SopHit> TextFirst(IReadOnlyList<SopHit> hits, SopIndex index, string question)
    {
        if (hits.Count == 0 || !SearchableText.IsLost(hits[0].Passage))
        {
            return hits;
        }
        var next = hits.Take(DeclineDecision.RelevantDepth).Select((h, i) => (h, i)).Skip(1).FirstOrDefault(x => !SearchableText.IsLost(x.h.Passage));
        if (next.h is null)
        {
            return hits;
        }
        return AnswersNothing(hits[0], next.h, index, question) ? Promote(hits, next.i) : hits;
    }

    // A hit whose text the manual lost, whose own heading names no question word the hit with text does not hold.
    private static bool AnswersNothing(SopHit hit, SopHit withText, SopIndex index, string question)
    {
        if (!SearchableText.IsLost(hit.Passage) || hit.Passage.SectionPath.Count == 0)
        {
            return false;
        }
        var asked = index.Analyze(question).ToHashSet(StringComparer.Ordinal);
        var held = index.Analyze(SearchableText.WithSection(withText.Passage)).ToHashSet(StringComparer.Ordinal);
        return !index.Analyze(hit.Passage.SectionPath[^1]).Any(t => asked.Contains(t) && !held.Contains(t));
    }

    // The relevant hits after the first that an answer quotes as well.
    private static IEnumerable<SopHit> Further(IReadOnlyList<SopHit> top) => top.Skip(1).Where(h => h.Coverage >= FurtherPassageCoverage).Take(MaxQuoted - 1);

    // The hit at position i first, the others in their order.
    private static IReadOnlyList<SopHit> Promote(IReadOnlyList<SopHit> hits, int i) => [hits[i], .. hits.Where((_, j) => j != i)];

    private static bool LabelledWith(SopHit hit, SopIndex index, IReadOnlySet<string> ordinals) =>
        hit.Passage.IsTableRow && PassageParts.Row(hit.Passage).Label is { } label && index.Analyze(label).Any(ordinals.Contains);

    // A row whose label column's header is the column word and whose label holds the ordinal ("Strike: 3rd+ Issue").
    private static bool NumbersRow(SopHit hit, SopIndex index, string column, string ordinal) =>
        hit.Passage.IsTableRow && hit.Passage.Text.Split('\n')[0].Split(": ", 2) is [var header, var label]
        && index.Analyze(header).Contains(column) && index.Analyze(label).Contains(ordinal);

    private static bool IsOrdinal(string term) => term.Length > 2 && char.IsDigit(term[0]) && term[^2..] is "st" or "nd" or "rd" or "th";

    // Share of the question's terms a heading (path) holds. A number names a heading only beside the word it numbers
    // there: "step 3" names "Step 3: Mandatory Question Stack", "the last 3 months" does not; a number before the words
    // it counts names a heading where it stands before them too: "the 4 core theories" names "The 4 Core Theories",
    // not "Core Theory 4".
    private static double Named(string heading, SopIndex index, IReadOnlyList<string> ordered)
    {
        var sequence = index.Analyze(heading);
        var words = sequence.ToHashSet(StringComparer.Ordinal);
        bool Counts(int i) => i > 0 && words.Contains(ordered[i - 1])
            || i + 1 < ordered.Count && sequence.Skip(1).Where((w, j) => sequence[j] == ordered[i] && w == ordered[i + 1]).Any();
        var shared = ordered.Where((t, i) => words.Contains(t) && (!IsNumber(t) || Counts(i))).Distinct().Count();
        var terms = ordered.Distinct().Count();
        return terms == 0 ? 0 : (double)shared / terms;
    }

    private static string[] Words(string text) => [.. text.ToLowerInvariant().Split(NonWord, StringSplitOptions.RemoveEmptyEntries)];

    private static readonly char[] NonWord = [' ', ',', '.', '?', '!', '(', ')', '/', '-', '—', '"', ':', ';', '+', '&'];

    private static bool IsNumber(string term) => term.Length > 0 && char.IsDigit(term[0]);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "The SOP answer writer failed; using the extractive answer")]
    private static partial void LogWriterFailed(ILogger logger, Exception exception);
}
