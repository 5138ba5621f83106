using Lucene.Net.Index;
using Lucene.Net.Search;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// A question turned into a BM25 query: its own terms on body and (boosted) section titles, glossary
/// expansions at a lower weight, and exact acronym codes on the codes field. It also measures how much
/// of the question a passage covers, which decides whether the SOP answers it at all.
/// </summary>
public sealed class SopQuery
{
    public const float TitleBoost = 2f;
    public const float ExpansionBoost = 0.5f;
    public const float CodeBoost = 3f;

    private readonly SopIndex _index;
    private readonly (string Term, double Weight, HashSet<string> Alternatives)[] _units;

    public SopQuery(string question, SopIndex index, Glossary glossary)
    {
        _index = index;
        var matches = glossary.Match(question);
        var terms = index.Analyze(question).Distinct().ToList();
        var expansions = matches.SelectMany(m => m.Expansions).SelectMany(index.Analyze).Distinct().Except(terms).ToList();
        var codes = matches.Where(m => m.Entry.Exact).SelectMany(m => index.AnalyzeCodes(m.Entry.Term)).Distinct().ToList();
        _units = [.. terms.Select(t => (t, Idf(t), Alternatives(t, matches)))];
        Lucene = Build(terms, expansions, codes);
        IsEmpty = terms.Count == 0 && codes.Count == 0;
    }

    public Query Lucene { get; }

    /// <summary>True when the question has no searchable words at all ("hi?", "...").</summary>
    public bool IsEmpty { get; }

    /// <summary>Share (by IDF) of the question's terms found in the passage or its glossary equivalents, 0..1.</summary>
    public double Coverage(int passageId)
    {
        double total = 0, found = 0;
        foreach (var (term, weight, alternatives) in _units)
        {
            total += weight;
            if (_index.PassageHasTerm(passageId, term) || alternatives.Any(a => _index.PassageHasTerm(passageId, a)))
            {
                found += weight;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    private static BooleanQuery Build(List<string> terms, List<string> expansions, List<string> codes)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            Add(query, SopIndex.BodyField, term, 1f);
            Add(query, SopIndex.TitleField, term, TitleBoost);
        }
        foreach (var term in expansions)
        {
            Add(query, SopIndex.BodyField, term, ExpansionBoost);
            Add(query, SopIndex.TitleField, term, ExpansionBoost * TitleBoost);
        }
        foreach (var code in codes)
        {
            Add(query, SopIndex.CodesField, code, CodeBoost);
        }
        return query;
    }

    private static void Add(BooleanQuery query, string field, string term, float boost) =>
        query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);

    // BM25's IDF; a word the manual never uses gets the highest weight, so off-topic questions score low coverage.
    private double Idf(string term)
    {
        var n = _index.DocumentCount;
        var df = _index.DocFrequency(term);
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private HashSet<string> Alternatives(string term, IReadOnlyList<GlossaryMatch> matches) =>
        matches.Where(m => _index.Analyze(m.MatchedForm).Contains(term))
            .SelectMany(m => m.Expansions.SelectMany(_index.Analyze))
            .ToHashSet(StringComparer.Ordinal);
}
