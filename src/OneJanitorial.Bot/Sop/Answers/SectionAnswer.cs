using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// A whole section as the answer: a table as labelled rows, a list as items, subsections labelled by their heading.
/// Chosen for "explain / list / what goes in" questions, and when the best hits are rows or items of one table or list.
/// </summary>
public static class SectionAnswer
{
    /// <summary>A parent section is answered whole only up to this many passages (a chapter is too long for a card).</summary>
    public const int MaxPassages = 24;

    /// <summary>
    /// The section to answer whole, or null when the hits do not point at one. Of hits whose headings name a whole ask
    /// equally ("coach" in "Coach When You See", "looking" in "What This Looks Like in Practice"), the one the search
    /// scored best gives the section, not the one moved first to lead a single-fact answer.
    /// </summary>
    /// <param name="named">How much of the question a heading holds: "explain the 3 strike policy" names its section.</param>
    public static (string Document, IReadOnlyList<string> Path)? Pick(IReadOnlyList<SopHit> top, IReadOnlyList<Passage> all, bool askedForWhole, Func<string, double> named)
    {
        var first = askedForWhole
            ? top.Select(h => (h.Passage, h.Score)).OrderByDescending(p => named(Heading(p.Passage))).ThenByDescending(p => named(p.Passage.Section)).ThenByDescending(p => p.Score).First().Passage
            : top[0].Passage;
        var siblings = top.Skip(1).Count(h => h.Passage.Document == first.Document && h.Passage.Anchor == first.Anchor && IsPart(h.Passage) && IsPart(first));
        if (!askedForWhole && siblings == 0 && !IsCondition(first, all))
        {
            return null;
        }
        if (!askedForWhole)
        {
            return (first.Document, first.SectionPath);
        }
        // A question that names an enclosing section more than the hit's own ("the csr responsibilities" for a hit
        // under "Responsibilities › Client Management") asks for that section, when it is short enough to answer whole.
        // That ancestor beside a sibling the question names too ("buckets 1 2 3a and 3b") gives way to their parent.
        if (NamedAncestor(first, all, named) is { } ancestor)
        {
            return (first.Document, NamesSibling(first.Document, ancestor, all, named) ? [.. ancestor.SkipLast(1)] : ancestor);
        }
        // Hits spread over sibling subsections ("Q1", "Q3") ask for their parent ("Step 3: Mandatory Question Stack"),
        // unless the question names the subsection itself ("the retrain process").
        if (first.SectionPath.Count > 0 && named(first.SectionPath[^1]) > 0)
        {
            return (first.Document, NamesSibling(first.Document, first.SectionPath, all, named) ? [.. first.SectionPath.SkipLast(1)] : first.SectionPath);
        }
        var parent = top.Select(h => h.Passage).Where(p => p != first && p.Document == first.Document)
            .Select(p => CommonPrefix(first.SectionPath, p.SectionPath))
            .Where(prefix => prefix >= 2 && prefix < first.SectionPath.Count && Size(all, first.Document, first.SectionPath.Take(prefix).ToList()) <= MaxPassages)
            .DefaultIfEmpty(first.SectionPath.Count).Min();
        return (first.Document, first.SectionPath.Take(parent).ToList());
    }

    /// <summary>
    /// What a passage's heading names for a whole ask: its section path, and for a table row also the header of its label
    /// column, which names the table ("Priority" for the priority table under "Required "About this Ticket" Fields").
    /// </summary>
    public static string Heading(Passage passage) =>
        passage.IsTableRow && passage.Text.Split('\n')[0].Split(": ", 2) is [var header, _] ? passage.Section + " " + header : passage.Section;

    private static IReadOnlyList<string>? NamedAncestor(Passage first, IReadOnlyList<Passage> all, Func<string, double> named)
    {
        var own = first.SectionPath.Count > 0 ? named(first.SectionPath[^1]) : 0;
        var best = Enumerable.Range(1, Math.Max(0, first.SectionPath.Count - 1))
            .Select(length => (Length: length, Named: named(first.SectionPath[length - 1])))
            .Where(a => a.Named > own && Size(all, first.Document, [.. first.SectionPath.Take(a.Length)]) <= MaxPassages)
            .OrderByDescending(a => a.Named).ThenByDescending(a => a.Length)
            .FirstOrDefault();
        return best.Length > 0 ? [.. first.SectionPath.Take(best.Length)] : null;
    }

    // A question that names a sibling subsection beside the hit's own ("buckets 1 2 3a and 3b", "q1 to q4") asks for
    // their parent, when it is short enough to answer whole: a sibling names more of the question with the hit's heading
    // than the hit's heading alone ("bucket 2" names no more with "Bucket 1" beside "Bucket 2").
    private static bool NamesSibling(string document, IReadOnlyList<string> path, IReadOnlyList<Passage> all, Func<string, double> named)
    {
        var parent = path.SkipLast(1).ToList();
        var own = path[^1];
        return parent.Count > 0 && Size(all, document, parent) <= MaxPassages && all
            .Where(p => p.Document == document && p.SectionPath.Count >= path.Count && p.SectionPath[path.Count - 1] != own
                && p.SectionPath.Take(parent.Count).SequenceEqual(parent))
            .Select(p => p.SectionPath[path.Count - 1]).Distinct()
            .Any(sibling => named(own + " " + sibling) > named(own));
    }

    public static SopAnswerBody Build(IReadOnlyList<Passage> all, string document, IReadOnlyList<string> path, string? lead)
    {
        var passages = Under(all, document, path).Take(MaxPassages).ToList();
        var items = new List<SopAnswerItem>();
        var notes = new List<SopAnswerExtra>();
        string? intro = null;
        foreach (var passage in passages)
        {
            var heading = passage.SectionPath.Count > path.Count ? string.Join(" › ", passage.SectionPath.Skip(path.Count)) : null;
            if (passage.IsTableRow)
            {
                items.Add(PassageParts.Row(passage) with { Group = heading });
                continue;
            }
            foreach (var raw in passage.Text.Split('\n').Where(l => PassageParts.Clean(l).Length > 0))
            {
                var line = PassageParts.Clean(raw);
                if (heading is null && !PassageParts.IsListLine(raw) && (intro is null && items.Count == 0 || items.Count > 0 && items.All(i => i.Label is not null)))
                {
                    // The section's opening paragraph leads; a paragraph after a table (a note under it) follows it.
                    if (intro is null && items.Count == 0)
                    {
                        intro = line;
                    }
                    else
                    {
                        notes.Add(new SopAnswerExtra(null, line));
                    }
                    continue;
                }
                // Under a lead, an opening that only labels the list ("Use when:") heads its items instead of trailing them.
                items.Add(new SopAnswerItem(null, line, heading ?? (lead is not null && PassageParts.IsListLine(raw) && intro is { } label && label.EndsWith(':') ? label[..^1] : null)));
            }
        }
        var source = new SopSource(passages[0].Section.Split(Passage.PathSeparator).Length > path.Count ? string.Join(Passage.PathSeparator, path) : passages[0].Section, passages[0].Reviewed);
        // An opening that does not read on its own ("IF NO: …", the question before it lost) gets its heading in front.
        var opening = lead ?? (intro is not null && PassageParts.IsFragment(intro) ? $"{path[^1]}: {intro}" : intro) ?? path[^1] + ":";
        var extra = lead is not null && intro is not null && !intro.EndsWith(':') ? [new SopAnswerExtra(null, intro), .. notes] : notes;
        return new SopAnswerBody(opening, items, extra, source);
    }

    /// <summary>
    /// The section answered whole, as one citation: its path and its text as the answer shows it, each subsection's items
    /// under its heading ("Template B — Issue: More Information Needed (Client)" when the heading is all the manual kept).
    /// </summary>
    public static SopCitation Cite(SopAnswerBody body, string document, IReadOnlyList<Passage> all, IReadOnlyList<string> path, double score) =>
        new(document, string.Join(Passage.PathSeparator, path), Under(all, document, path).First().Anchor, score,
            string.Join("\n", body.Groups().SelectMany(g => g.Items.Select(i => "- " + i.Line).Prepend(g.Heading is null ? "" : g.Heading + ":")).Prepend(body.Lead).Where(l => l.Length > 0)));

    /// <summary>
    /// A passage telling when its section applies ("Use when: the cleaner blames the client …") answers only with the
    /// rest of that section: what to do then (its execution steps), when the section is short enough to answer whole.
    /// </summary>
    public static bool IsCondition(Passage passage, IReadOnlyList<Passage> all) =>
        passage.SectionPath.Count > 0 && !passage.IsTableRow && Size(all, passage.Document, passage.SectionPath) <= MaxPassages
        && PassageParts.Lines(passage).FirstOrDefault() is { } line && line.StartsWith("Use when", StringComparison.OrdinalIgnoreCase);

    private static bool IsPart(Passage passage) => passage.IsTableRow || PassageParts.Lines(passage).Any(_ => passage.Text.Contains("- ", StringComparison.Ordinal));

    /// <summary>True when the passage is in the section (the section's own text or a subsection's).</summary>
    public static bool IsIn(Passage passage, string document, IReadOnlyList<string> path) =>
        passage.Document == document && passage.SectionPath.Count >= path.Count && passage.SectionPath.Take(path.Count).SequenceEqual(path);

    private static IEnumerable<Passage> Under(IReadOnlyList<Passage> all, string document, IReadOnlyList<string> path) =>
        all.Where(p => IsIn(p, document, path));

    private static int Size(IReadOnlyList<Passage> all, string document, IReadOnlyList<string> path) => Under(all, document, path).Count();

    private static int CommonPrefix(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var n = 0;
        while (n < a.Count && n < b.Count && a[n] == b[n])
        {
            n++;
        }
        return n;
    }
}
