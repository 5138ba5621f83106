using System.Text.RegularExpressions;
using Lucene.Net.Util.Automaton;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Corrects a typed word to a word of the manual's own vocabulary within Levenshtein distance 1 (words of 4–5
/// letters) or 2 (longer), transpositions counting as one edit, using Lucene's Levenshtein automata. The first letter
/// must match (typos rarely change it, and it keeps "payday" from becoming "today"); the nearest, then most frequent,
/// word wins. Words of the manual, glossary forms, question words and <see cref="EnglishWords"/> are spelled right;
/// short words and numbers are left alone, but for a three-letter word that is neither the manual's nor English and is
/// a manual word with two neighbouring letters swapped ("teh" → "the"). Only the manual's own words (and glossary forms)
/// are correction targets.
/// </summary>
public sealed partial class SpellingCorrector
{
    public const int MinLength = 4;
    public const int TwoEditsFrom = 6;

    private readonly Dictionary<string, int> _frequency;
    private readonly Dictionary<char, string[]> _byFirstLetter;
    private readonly IReadOnlySet<string> _english;

    /// <summary>The words the manual writes right after a word, and right before it ("per week"): a real word's context.</summary>
    private readonly Dictionary<string, HashSet<string>> _next = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _previous = new(StringComparer.Ordinal);

    /// <summary>The longest target: a typed word longer by more than two edits has no correction.</summary>
    private readonly int _longest;

    /// <param name="texts">The manual's text: its words are the correction targets.</param>
    /// <param name="knownWords">Glossary forms (also targets) and question words.</param>
    /// <param name="english">Further words spelled right, never targets.</param>
    public SpellingCorrector(IEnumerable<string> texts, IEnumerable<string> knownWords, IReadOnlySet<string>? english = null)
    {
        _english = english ?? new HashSet<string>();
        _frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in texts.Select(t => Words(t).ToList()))
        {
            for (var i = 0; i < words.Count; i++)
            {
                _frequency[words[i]] = _frequency.GetValueOrDefault(words[i]) + 1;
                if (i > 0)
                {
                    Neighbours(_next, words[i - 1]).Add(words[i]);
                    Neighbours(_previous, words[i]).Add(words[i - 1]);
                }
            }
        }
        foreach (var word in knownWords.SelectMany(Words))
        {
            _frequency.TryAdd(word, 0);
        }
        _byFirstLetter = _frequency.Keys.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _longest = _frequency.Keys.Select(w => w.Length).DefaultIfEmpty(0).Max();
    }

    public bool IsKnown(string word)
    {
        var lower = word.ToLowerInvariant();
        return _frequency.ContainsKey(lower) || IsEnglish(lower);
    }

    // The model's vocabulary holds base forms: "swears" and "refunds" are spelled right when "swear" and "refund" are.
    private bool IsEnglish(string lower) =>
        _english.Contains(lower) || Inflections.Any(i => lower.EndsWith(i.Suffix, StringComparison.Ordinal)
            && lower.Length - i.Suffix.Length >= MinLength - 1 && _english.Contains(lower[..^i.Suffix.Length] + i.Base));

    /// <summary>
    /// The manual's word the typed word was most likely meant to be, or null when it is known or nothing is near.
    /// <paramref name="before"/> and <paramref name="after"/> are its neighbours as typed (lower case), if any.
    /// </summary>
    public string? Correct(string word, string? before = null, string? after = null)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length == MinLength - 1 && lower.All(char.IsLetter) && !_frequency.ContainsKey(lower) && !IsEnglish(lower))
        {
            // Too short to correct by distance ("teh" is one edit from many words), but two letters swapped is a typo.
            return Transposed(lower).FirstOrDefault(_frequency.ContainsKey);
        }
        // Checked before the automaton, whose size grows with the word's length (pasted text can hold a huge "word").
        if (lower.Length < MinLength || lower.Length > _longest + 2 || !lower.All(char.IsLetter) || _frequency.ContainsKey(lower)
            || !_byFirstLetter.TryGetValue(lower[0], out var candidates))
        {
            return null;
        }
        if (IsEnglish(lower))
        {
            // A real word is left alone unless it is a manual word with two letters swapped ("handel" → "handle").
            return Transposed(lower).FirstOrDefault(_frequency.ContainsKey) ?? InContext(lower, before, after);
        }
        var maxEdits = lower.Length >= TwoEditsFrom ? 2 : 1;
        var levenshtein = new LevenshteinAutomata(lower, withTranspositions: true);
        for (var edits = 1; edits <= maxEdits; edits++)
        {
            var automaton = new CharacterRunAutomaton(levenshtein.ToAutomaton(edits));
            var best = candidates.Where(c => Math.Abs(c.Length - lower.Length) <= edits && automaton.Run(c))
                .OrderByDescending(c => _frequency[c]).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault();
            if (best is not null)
            {
                return best;
            }
        }
        return null;
    }

    /// <summary>
    /// A real word that is not the manual's, one edit from a manual word that the manual writes next to the typed word's
    /// neighbour: "reviews per weak" → "week" ("per week" is the manual's), "weak" alone is left alone. Only the few
    /// words the manual writes beside the neighbours are compared, each by <see cref="WithinOneEdit"/>.
    /// </summary>
    private string? InContext(string lower, string? before, string? after) =>
        Beside(_next, before).Concat(Beside(_previous, after))
            .Where(c => c[0] == lower[0] && WithinOneEdit(lower, c)).Distinct(StringComparer.Ordinal)
            .OrderByDescending(c => _frequency[c]).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>
    /// Whether one insertion, deletion, substitution or swap of two neighbouring letters (or none) makes
    /// <paramref name="a"/> into <paramref name="b"/>: what a Levenshtein automaton of distance 1 with transpositions
    /// accepts, without building one. Past the common start and end, what differs must be one letter at most on each
    /// side, or two letters swapped.
    /// </summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }
        var end = 0;
        while (end < a.Length - start && end < b.Length - start && a[a.Length - 1 - end] == b[b.Length - 1 - end])
        {
            end++;
        }
        var (restA, restB) = (a.Length - start - end, b.Length - start - end);
        return restA <= 1 && restB <= 1 || restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start];
    }

    private static HashSet<string> Neighbours(Dictionary<string, HashSet<string>> beside, string word) =>
        beside.TryGetValue(word, out var words) ? words : beside[word] = new HashSet<string>(StringComparer.Ordinal);

    private static IEnumerable<string> Beside(Dictionary<string, HashSet<string>> beside, string? word) =>
        word is not null && beside.TryGetValue(word, out var words) ? words : [];

    /// <summary>The text with each misspelled word replaced, and the corrections made.</summary>
    public (string Text, IReadOnlyList<(string Typed, string Corrected)> Corrections) CorrectText(string text)
    {
        var corrections = new List<(string, string)>();
        var words = Word().Matches(text);
        var corrected = new System.Text.StringBuilder(text.Length);
        var end = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var m = words[i];
            corrected.Append(text, end, m.Index - end);
            end = m.Index + m.Length;
            // A capitalised word inside a sentence is a name ("Costco", "Uber"): never a typo of a manual word.
            var fix = m.Index > 0 && char.IsUpper(m.Value[0]) ? null
                : Correct(m.Value, i > 0 ? words[i - 1].Value.ToLowerInvariant() : null,
                    i + 1 < words.Count ? words[i + 1].Value.ToLowerInvariant() : null);
            if (fix is null)
            {
                corrected.Append(m.Value);
                continue;
            }
            corrections.Add((m.Value, fix));
            corrected.Append(fix);
        }
        return (corrected.Append(text, end, text.Length - end).ToString(), corrections);
    }

    private static readonly (string Suffix, string Base)[] Inflections = [("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"), ("ing", ""), ("ing", "e")];

    private static IEnumerable<string> Transposed(string word)
    {
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (word[i] != word[i + 1])
            {
                yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2));
            }
        }
    }

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"[\p{L}]+(?:'[\p{L}]+)?")]
    private static partial Regex Word();
}
