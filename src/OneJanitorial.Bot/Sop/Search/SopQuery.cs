using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// A question turned into a BM25 query: its own terms on the body, on the nearest heading and on the heading
/// path (short fields, so a title match outweighs a body mention), glossary synonyms and related words at lower
/// weights, and acronym codes matched whole on the codes field. It also measures how much of the question a
/// passage covers, which decides whether the SOP answers it at all. Weights were chosen on the eval set.
/// </summary>
public sealed partial class SopQuery
{
    public const float SynonymBoost = 0.8f;
    public const float RelatedBoost = 0.4f;
    public const float CodeBoost = 3f;
    public const int RelatedPrefixLength = 6;

    /// <summary>A related manual word extends the question's word by at most this many letters ("cover" → "coverag"), an ending the stemmer missed: "account" is not "accountability", "servicemaster" not "service".</summary>
    public const int MaxRelatedTail = 2;

    /// <summary>
    /// A glossary form made only of the question's own words ("cleaners with cleaners" for "cleaners with staff") adds
    /// nothing as words; as a phrase it does. So does the manual's own term for what the question says in everyday
    /// words ("missed clean" for "didn't show up"): as a phrase it finds the passage about it, not every "clean".
    /// </summary>
    public const float GlossaryPhraseBoost = 2f;
    public const int PhraseSlop = 2;

    /// <summary>Per kind of term: keeps a pasted email under Lucene's 1024-clause limit (4 fields per term).</summary>
    public const int MaxTerms = 60;

    /// <summary>The fields a term is looked for in, with their weight: the body, and the short heading fields (a title match outweighs a body mention).</summary>
    private static readonly IReadOnlyList<(string Field, float Boost)> TermFields =
    [
        (SopIndex.BodyField, 1f),
        (SopIndex.TitleField, 1f),
        (SopIndex.SectionField, 0.3f),
        (SopIndex.PathField, 1f),
    ];

    private readonly SopIndex _index;
    private readonly (string Term, double Weight, HashSet<string> Alternatives)[] _units;

    public SopQuery(SopQuestion question, SopIndex index, Glossary glossary)
        : this(question.Text, index, glossary)
    {
    }

    public SopQuery(string question, SopIndex index, Glossary glossary)
    {
        _index = index;
        var all = glossary.Match(question, index.Analyze);
        OutOfScopeTopic = all.FirstOrDefault(m => m.Entry.OutOfScope)?.Entry.Term;
        var matches = all.Where(m => !m.Entry.OutOfScope).ToList();
        var terms = index.Analyze(question).Select(t => Restemmed(t, index)).Distinct().Take(MaxTerms).ToList();
        var related = terms.ToDictionary(t => t, t => Related(t, index), StringComparer.Ordinal);
        var synonyms = matches.SelectMany(m => m.Synonyms).SelectMany(index.Analyze)
            .Concat(related.Values.SelectMany(r => r)).Distinct().Except(terms).Take(MaxTerms).ToList();
        var seeAlso = matches.SelectMany(m => m.Related).SelectMany(index.Analyze).Distinct().Except(terms).Except(synonyms).Take(MaxTerms).ToList();
        var codes = matches.Where(m => m.Entry.Exact).SelectMany(m => index.AnalyzeCodes(m.Entry.Term)).Distinct().ToList();
        _units = [.. terms.Where(t => !IsUnstatedNumber(t, index)).Select(t =>
        {
            var alternatives = Alternatives(t, matches, index).Concat(related[t]).ToHashSet(StringComparer.Ordinal);
            return (t, Idf(t), alternatives);
        })];
        var phrases = matches.SelectMany(m => m.Synonyms).Select(index.Analyze)
            .Where(f => f.Count > 1 && f.All(terms.Contains))
            .Concat(matches.Where(m => !m.Entry.Exact).Select(m => index.Analyze(m.Entry.Term)).Where(f => f.Count > 1)).ToList();
        Lucene = Build(terms, synonyms, seeAlso, codes, phrases);
        IsEmpty = terms.Count == 0 && codes.Count == 0;
    }

    public Query Lucene { get; }

    /// <summary>The glossary's out-of-scope topic the question names ("HR", "payroll"), or null.</summary>
    public string? OutOfScopeTopic { get; }

    /// <summary>
    /// Share (by IDF) of the question's words that neither the manual, the glossary nor a related manual word explains:
    /// "VPN", "payroll". Such words are counted once, like any other, so one everyday word cannot sink a question.
    /// </summary>
    public double UnknownShare => UnknownShareAfterCues([]);

    /// <summary>
    /// <see cref="UnknownShare"/> with the words the given passages' situation cues hold counted as explained: "ran"
    /// in "the cleaner's supplies ran out" when Bucket 2 (constraints: supplies) is among them.
    /// </summary>
    public double UnknownShareAfterCues(IReadOnlyCollection<int> ids)
    {
        var total = _units.Sum(u => u.Weight);
        return total == 0 ? 0 : _units.Where(u => _index.DocFrequency(u.Term) == 0 && u.Alternatives.Count == 0
            && !ids.Any(id => _index.PassageCueHasTerm(id, u.Term))).Sum(u => u.Weight) / total;
    }

    /// <summary>
    /// A number the manual never states ("zero issues" read as "0", "the fourth day" as "4th", "at 4pm"): a value the
    /// question gives, not a subject, so it counts neither toward coverage nor as a word the manual lacks. A code made
    /// of digits and letters ("401k") is a word.
    /// </summary>
    public static bool IsUnstatedNumber(string term, SopIndex index) => NumberTerm().IsMatch(term) && index.DocFrequency(term) == 0;

    /// <summary>True when the question has no searchable words at all ("hi?", "...").</summary>
    public bool IsEmpty { get; }

    /// <summary>
    /// Share (by IDF) of the question's terms found in the passage, its heading path, its parent sections' text or
    /// its neighbours, directly or as a glossary equivalent, 0..1; with <paramref name="withCues"/> (a situation
    /// question) also in the passage's situation cues.
    /// </summary>
    public double Coverage(int passageId, bool withCues = false)
    {
        double total = 0, found = 0;
        foreach (var (term, weight, alternatives) in _units)
        {
            total += weight;
            if (Has(passageId, term, withCues) || alternatives.Any(a => Has(passageId, a, withCues)))
            {
                found += weight;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    private bool Has(int passageId, string term, bool withCues) =>
        _index.PassageHasTerm(passageId, term) || withCues && _index.PassageCueHasTerm(passageId, term);

    private BooleanQuery Build(List<string> terms, List<string> synonyms, List<string> seeAlso, List<string> codes, List<IReadOnlyList<string>> phrases)
    {
        var query = new BooleanQuery();
        AddTerms(query, terms, 1f);
        AddTerms(query, synonyms, SynonymBoost);
        AddTerms(query, seeAlso, RelatedBoost);
        foreach (var code in codes)
        {
            Add(query, SopIndex.CodesField, code, CodeBoost);
        }
        foreach (var phrase in phrases.Take(MaxTerms))
        {
            var phraseQuery = new PhraseQuery { Slop = PhraseSlop, Boost = GlossaryPhraseBoost };
            foreach (var term in phrase)
            {
                phraseQuery.Add(new Term(SopIndex.BodyField, term));
            }
            query.Add(phraseQuery, Occur.SHOULD);
        }
        return query;
    }

    private void AddTerms(BooleanQuery query, List<string> terms, float boost)
    {
        foreach (var term in terms)
        {
            foreach (var (field, weight) in TermFields)
            {
                Add(query, field, term, boost * weight);
            }
        }
    }

    private void Add(BooleanQuery query, string field, string term, float boost) =>
        query.Add(_index.TermQuery(field, term, boost), Occur.SHOULD);

    // BM25's IDF. A word the manual never uses weighs the most: it is the strongest sign the question is about
    // something else ("HVAC", "payroll").
    private double Idf(string term)
    {
        var n = _index.DocumentCount;
        var df = _index.DocFrequency(term);
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /// <summary>
    /// For a word of at least <see cref="RelatedPrefixLength"/> − 1 letters the manual never uses, the manual's words
    /// that extend it by at most <see cref="MaxRelatedTail"/> letters ("cover" → "coverage"), or share all of it but its
    /// last letter ("pregnant" → "pregnancy"): the stemmer keeps such pairs apart.
    /// </summary>
    private static IReadOnlyList<string> Related(string term, SopIndex index)
    {
        if (term.Length < RelatedPrefixLength - 1 || index.DocFrequency(term) > 0)
        {
            return [];
        }
        // Both kinds of related word start with all but the term's last letter.
        return [.. index.VocabularyStartingWith(term[..^1]).Where(v => v.Length - term.Length <= MaxRelatedTail && v.StartsWith(term, StringComparison.Ordinal)
            || SharesRoot(term, v))];
    }

    // The question's "pregnant" and the manual's "pregnanc" (pregnancy), a question's "urgenc" (urgency) and the
    // manual's "urgent": all but the term's last letter shared, the word's rest at most MaxRelatedTail letters.
    private static bool SharesRoot(string term, string word)
    {
        var root = term.Length - 1;
        return root >= RelatedPrefixLength - 1 && word.Length >= root && word.Length - root <= MaxRelatedTail
            && string.CompareOrdinal(term, 0, word, 0, root) == 0;
    }

    /// <summary>
    /// A term the manual never uses, stemmed once more when that gives a manual term: the stemmer takes "statuses" to
    /// "status" but the manual's "status" to "statu".
    /// </summary>
    private static string Restemmed(string term, SopIndex index) =>
        index.DocFrequency(term) == 0 && index.Analyze(term) is [var again] && index.DocFrequency(again) > 0 ? again : term;

    // Digits, or digits with an ordinal or clock ending: "0", "4th", "4pm".
    [GeneratedRegex("^[0-9]+(?:st|nd|rd|th|am|pm)?$")]
    private static partial Regex NumberTerm();

    /// <summary>
    /// The terms a term stands for through the glossary entries the question matched with a form holding it ("tix" also
    /// reads as "ticket"): the same equivalence for the search's coverage and the decline decision's how-to check.
    /// </summary>
    public static HashSet<string> Alternatives(string term, IReadOnlyList<GlossaryMatch> matches, SopIndex index) =>
        matches.Where(m => m.MatchedForms.Any(f => index.Analyze(f).Contains(term)))
            .SelectMany(m => m.Expansions.SelectMany(index.Analyze))
            .ToHashSet(StringComparer.Ordinal);
}
