using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// A single-fact answer: the sentence of the best passage that holds most of the question's words leads (a fragment
/// such as "IF NO: …" gets its heading in front), then the rest of that passage, then further relevant passages.
/// </summary>
public static class FactAnswer
{
    /// <summary>The sentence of the passage that best matches the question, reading on its own.</summary>
    public static string Lead(Passage passage, SopIndex index, IReadOnlyCollection<string> questionTerms)
    {
        if (passage.IsTableRow)
        {
            var row = PassageParts.Row(passage);
            return $"{row.Label}: {row.Text}";
        }
        var best = PassageParts.Lines(passage).SelectMany(PassageParts.Sentences)
            .Select((sentence, order) => (sentence, order, score: Overlap(sentence, index, questionTerms)))
            .OrderByDescending(s => s.score).ThenBy(s => s.order)
            .Select(s => s.sentence).FirstOrDefault() ?? passage.Text;
        return PassageParts.IsFragment(best) && passage.SectionPath.Count > 0 ? $"{passage.SectionPath[^1]}: {best}" : best;
    }

    public static SopAnswerBody Build(IReadOnlyList<SopHit> quoted, SopIndex index, IReadOnlyCollection<string> questionTerms)
    {
        var top = quoted[0].Passage;
        var lead = Lead(top, index, questionTerms);
        var more = new List<SopAnswerExtra>();
        var sentence = WithoutHeading(lead, top);
        var rest = top.IsTableRow ? "" : string.Join("\n", top.Text.Split('\n')
            .Where(l => PassageParts.Clean(l) != sentence)
            .Select(l => l.Replace(sentence, "", StringComparison.Ordinal).Trim())
            .Where(l => PassageParts.Clean(l).Length > 0)).Trim();
        if (rest.Length > 0)
        {
            more.Add(new SopAnswerExtra(null, rest));
        }
        more.AddRange(quoted.Skip(1).Select(h => new SopAnswerExtra(h.Passage.Section, h.Passage.Text)));
        return new SopAnswerBody(lead, [], more, new SopSource(top.Section, top.Reviewed));
    }

    /// <summary>
    /// The rule a subsection's passage is read under: the opening paragraph of its parent section ("On the first issue,
    /// the CSR must extract a real root cause …" above Core Theory 2's "Failure Signs"), or null when the parent opens
    /// with no paragraph of its own (a list, a table, a lost text).
    /// </summary>
    public static Passage? Rule(Passage passage, IReadOnlyList<Passage> all)
    {
        if (passage.SectionPath.Count < 2)
        {
            return null;
        }
        var parent = passage.SectionPath.SkipLast(1).ToList();
        var opening = all.FirstOrDefault(p => p.Document == passage.Document && p.SectionPath.SequenceEqual(parent));
        return opening is null || opening.IsTableRow || SearchableText.IsLost(opening) || opening.Text.Split('\n').Any(PassageParts.IsListLine)
            ? null
            : opening;
    }

    /// <summary>The passage's own sentence in a <see cref="Lead"/> (a fragment's heading taken off again; headings such as "Step 5: …" hold ": " too).</summary>
    private static string WithoutHeading(string lead, Passage passage) =>
        passage.SectionPath.Count > 0 && lead.StartsWith(passage.SectionPath[^1] + ": ", StringComparison.Ordinal)
            && PassageParts.IsFragment(lead[(passage.SectionPath[^1].Length + 2)..])
            ? lead[(passage.SectionPath[^1].Length + 2)..]
            : lead;

    private static double Overlap(string sentence, SopIndex index, IReadOnlyCollection<string> questionTerms)
    {
        var terms = index.Analyze(sentence).ToHashSet(StringComparer.Ordinal);
        return questionTerms.Where(terms.Contains).Sum(t => 1.0 / (1 + index.DocFrequency(t)));
    }
}
