using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Search;

/// <param name="OutOfScope">
/// A topic the SOP does not cover (HR, payroll, IT): a question that names it is declined, and it expands no query.
/// </param>
public sealed record GlossaryEntry(string Term, bool Exact, string? Meaning, IReadOnlyList<string> Forms, IReadOnlyList<string>? SeeAlso, bool OutOfScope = false)
{
    public IEnumerable<string> AllForms => Forms.Prepend(Term);
}

public sealed record GlossaryFile(IReadOnlyList<GlossaryEntry> Terms, IReadOnlyList<SituationCue>? Situations = null);

/// <summary>What a question matched in the glossary: the words it used and what to search in addition.</summary>
public sealed record GlossaryMatch(GlossaryEntry Entry, IReadOnlyList<string> MatchedForms, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Related)
{
    public IEnumerable<string> Expansions => Synonyms.Concat(Related);
}

/// <summary>
/// The SOP's terms and abbreviations (knowledge/glossary.json), used to expand queries, and the everyday situations
/// each section answers (<see cref="SituationCue"/>), searched with it.
/// </summary>
public sealed partial class Glossary(IReadOnlyList<GlossaryEntry> entries, IReadOnlyList<SituationCue>? situations = null)
{
    public const string FileName = "glossary.json";

    public static Glossary Empty { get; } = new([]);

    public IReadOnlyList<GlossaryEntry> Entries { get; } = entries;

    public IReadOnlyList<SituationCue> Situations { get; } = situations ?? [];

    /// <summary>Acronyms and codes that must match as whole tokens (lower case), e.g. "bco+", "r1".</summary>
    public IReadOnlySet<string> ExactTerms { get; } =
        entries.Where(e => e.Exact).Select(e => e.Term.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public static Glossary Parse(string json)
    {
        var file = JsonSerializer.Deserialize(json, GlossaryJsonContext.Default.GlossaryFile)
            ?? throw new JsonException("The glossary is empty.");
        return new Glossary(file.Terms, file.Situations);
    }

    private readonly (GlossaryEntry Entry, (string Form, string Lower, Regex Pattern)[] Forms)[] _patterns =
        [.. entries.Select(e => (e, e.AllForms.Select(f => (f, Lower(f), WholeWord(Lower(f)))).ToArray()))];

    private static readonly HashSet<string> Negations = new(["not", "no", "never", "without", "nor", "none"], StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _analyzedForms = new(StringComparer.Ordinal);

    /// <summary>Glossary forms the question uses, as typed (whole words).</summary>
    public IReadOnlyList<GlossaryMatch> Match(string question) => Match(question, analyze: null);

    /// <summary>
    /// Glossary forms the question uses, as typed or after the same analysis as the manual's text ("strike" matches
    /// "strikes", "photo" matches "photos"). A form whose words include stop words is matched as typed only, so
    /// "not in scope" never matches "scope".
    /// </summary>
    public IReadOnlyList<GlossaryMatch> Match(string question, Func<string, IReadOnlyList<string>>? analyze)
    {
        var text = Lower(question);
        var stems = analyze?.Invoke(question) ?? [];
        var matches = new List<GlossaryMatch>();
        foreach (var (entry, forms) in _patterns)
        {
            // The whole-word pattern can only match where the form occurs at all: the substring test skips most regex runs.
            var matched = forms.Where(f => text.Contains(f.Lower, StringComparison.Ordinal) && f.Pattern.IsMatch(text)
                    || !entry.Exact && analyze is not null && StemsMatch(f.Form, stems, analyze))
                .Select(f => f.Form).ToList();
            if (matched.Count == 0)
            {
                continue;
            }
            var synonyms = entry.AllForms.Except(matched, StringComparer.OrdinalIgnoreCase).ToList();
            matches.Add(new GlossaryMatch(entry, matched, synonyms, entry.SeeAlso ?? []));
        }
        return matches;
    }

    private bool StemsMatch(string form, IReadOnlyList<string> stems, Func<string, IReadOnlyList<string>> analyze)
    {
        var formStems = _analyzedForms.GetOrAdd(form, f =>
        {
            var analyzed = analyze(f);
            var words = Lower(f).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            // A form with stop words matches by its content words when it has two or more and no negation: "blames the
            // client" matches "blamed the client", but "not in scope" never matches "scope".
            return analyzed.Count == words.Length || analyzed.Count >= 2 && !words.Any(Negations.Contains) ? analyzed : [];
        });
        if (formStems.Count == 0 || formStems.Count > stems.Count)
        {
            return false;
        }
        for (var start = 0; start + formStems.Count <= stems.Count; start++)
        {
            if (StemsAt(formStems, stems, start))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StemsAt(IReadOnlyList<string> formStems, IReadOnlyList<string> stems, int start)
    {
        for (var i = 0; i < formStems.Count; i++)
        {
            if (!string.Equals(stems[start + i], formStems[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    // Forms and questions are read alike: "didn't show up" and "did not show up" are one form, and so are "not on the
    // checklist" and "not on their checklist" (a determiner or possessive before a noun is read as "the").
    private static string Lower(string text) => Determiner().Replace(SopText.Normalize(text).ToLowerInvariant(), "the");

    [GeneratedRegex(@"\b(the|their|his|her|its|our|your|my|a|an|this|that|these|those)\b(?=\s+\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Determiner();

    // Whole-word containment: "nc" must not match inside "once", "bco" must not match "bco+".
    private static Regex WholeWord(string form) =>
        new((char.IsLetterOrDigit(form[0]) ? @"(?<![\w+])" : "") + Regex.Escape(form)
            + (char.IsLetterOrDigit(form[^1]) ? @"(?![\w+])" : ""), RegexOptions.CultureInvariant | RegexOptions.Compiled);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(GlossaryFile))]
internal sealed partial class GlossaryJsonContext : JsonSerializerContext;
