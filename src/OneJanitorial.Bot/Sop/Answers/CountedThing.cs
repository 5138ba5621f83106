using System.Text.RegularExpressions;
using OneJanitorial.Bot.Sop.Ingestion;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// The thing a "how many / how much" question counts: "notice" in "how many days notice does a client give", "employees"
/// in "how many employees does the company have", "moves" in "how many BCO moves per month". Such a question is
/// answered only by a sentence stating a number of that thing ("BCO Moves Per Month | ≤ 20"), not by a passage that
/// holds its other words: the manual names notice ("the client has provided notice to cancel") but states no notice
/// period. A unit of time or of repetition before the thing is skipped ("days notice", "times"); a question counting
/// no named thing ("how many times do I call", "how much does it cost") counts nothing here.
/// </summary>
public static partial class CountedThing
{
    /// <summary>The counted thing's words ("bco moves", "follow ups"), or null.</summary>
    public static string? Find(string question)
    {
        var match = HowMany().Match(question);
        if (!match.Success)
        {
            return null;
        }
        var words = Word().Matches(question[(match.Index + match.Length)..]).Select(m => m.Value.ToLowerInvariant()).ToList();
        var start = words.Count > 0 && Units.Contains(words[0]) ? (words.Count > 1 && words[1] == "of" ? 2 : 1) : 0;
        var thing = words.Skip(start).TakeWhile(w => !Closers.Contains(w)).ToList();
        return thing.Count == 0 ? null : string.Join(' ', thing);
    }

    /// <summary>
    /// True when the passage's heading names the counted thing (its section lists them: "how many core theories"), or a
    /// sentence of it (a table row as a whole: its label and its value) holds one of the thing's terms and states a
    /// number, in digits ("3rd+ Issue", "≤ 20") or in words ("one follow-up only", not the "first" of "when did you first
    /// notice").
    /// </summary>
    public static bool States(IReadOnlySet<string> thingTerms, Passage passage, Func<string, IReadOnlyList<string>> analyze)
    {
        if (passage.SectionPath.Any(h => analyze(h).Any(thingTerms.Contains)))
        {
            return true;
        }
        var sentences = passage.IsTableRow ? [passage.Text] : Sentence().Split(passage.Text);
        return sentences.Any(s => Names(s, thingTerms, analyze) && (s.Any(char.IsAsciiDigit) || analyze(s).Any(IsCount)));
    }

    // A number word read as digits ("one" → 1, "twice" → 2x), not an ordinal ("first" → 1st).
    private static bool IsCount(string term) =>
        term.Length > 0 && char.IsAsciiDigit(term[0]) && !(term.Length > 2 && term[^2..] is "st" or "nd" or "rd" or "th");

    // A word of the sentence with a thing's term as its stem, not a longer word sharing it ("noticeable" is no "notice").
    private static bool Names(string sentence, IReadOnlySet<string> thingTerms, Func<string, IReadOnlyList<string>> analyze) =>
        Word().Matches(sentence).Any(w => analyze(w.Value) is [var term] && thingTerms.Contains(term) && w.Length <= term.Length + MaxEnding);

    /// <summary>Letters a word of the manual may add to a thing's stem and still name it ("theories" for "theori").</summary>
    public const int MaxEnding = 3;

    // Units a count is given in, not things counted: "how many days notice", "how many times".
    private static readonly HashSet<string> Units = new(
        ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
         "time", "times", "business", "percent"],
        StringComparer.Ordinal);

    // Words that end the counted thing: verbs, determiners, pronouns, prepositions, conjunctions.
    private static readonly HashSet<string> Closers = new(
        ["is", "are", "was", "were", "be", "do", "does", "did", "can", "could", "should", "would", "will", "must", "may", "might",
         "have", "has", "had", "need", "needs", "get", "gets", "go", "goes", "a", "an", "the", "this", "that", "these", "those", "my",
         "our", "your", "their", "his", "her", "its", "each", "every", "per", "i", "we", "you", "they", "he", "she", "it", "in",
         "on", "at", "for", "of", "to", "from", "with", "before", "after", "within", "by", "until", "and", "or", "but", "if",
         "when", "than", "there", "left", "allowed", "max", "maximum", "minimum", "total"],
        StringComparer.Ordinal);

    [GeneratedRegex(@"\bhow\s+(many|much)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex HowMany();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{N}'-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?]\s+|\n")]
    private static partial Regex Sentence();
}
