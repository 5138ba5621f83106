using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// A question about something the SOP only names, not about its process: another company's process ("how does Uber
/// handle complaints", "what is walmart's return policy": the subject of "how does X …" or the owner in "X's …" is a
/// name the manual never uses or mentions at most <see cref="MaxMentions"/> time, such as the example "First Two Weeks
/// — Walmart — …"), or how to work a tool the manual only names ("how do I create a new user in HubSpot": a name
/// mentioned in <see cref="MaxMentions"/> passage, and no passage holds the rest of the question, so "how do I pin the
/// master note in HubSpot" is still answered from the master note step). A subject is a name when capitalised as
/// typed; an owner or a tool also when it is no English word, whatever its case ("walmart's"), and an owner only when it
/// is a name ("last night's clean", "everything's fine" own nothing, though the manual never says "night"). The SOP's own actors
/// (cleaner, client, CSR, BCO, the people it names) are used throughout, so they never count.
/// </summary>
public static partial class ForeignSubject
{
    /// <summary>A name mentioned in at most this many passages is not one of the SOP's actors.</summary>
    public const int MaxMentions = 1;

    /// <summary>Shorter words are codes and abbreviations ("NC", "OTW"), not tools.</summary>
    public const int MinToolLength = 4;

    /// <summary>The foreign name the question is about, or null.</summary>
    public static string? Find(string question, SopIndex index, Glossary glossary)
    {
        var subjects = Subject().Matches(question).Select(m => (Name: m.Groups["name"].Value, AnyCase: false));
        // An owner ("walmart's") is a company whatever its case; a lower-case subject may be a rare SOP word ("how does attrition …").
        var owners = Owner().Matches(question).Select(m => (Name: m.Groups["name"].Value, AnyCase: true));
        foreach (var (name, anyCase) in subjects.Concat(owners))
        {
            if (!Determiners.Contains(name) && IsForeign(name, anyCase, index, glossary))
            {
                return name;
            }
        }
        return HowTo().IsMatch(question) ? OnlyNamedTool(question, index, glossary) : null;
    }

    private static bool IsForeign(string name, bool anyCase, SopIndex index, Glossary glossary)
    {
        if (glossary.Match(name).Count > 0)
        {
            return false;
        }
        var terms = index.Analyze(name);
        var mentions = terms.Count == 0 ? int.MaxValue : terms.Max(index.DocFrequency);
        // An owner is a name whatever the manual mentions: "last night's clean", "everything's fine" own nothing.
        return anyCase ? IsName(name) && mentions <= MaxMentions : mentions == 0 || IsCapitalised(name) && mentions <= MaxMentions;
    }

    // Capitalised as typed ("Walmart"), not an acronym ("BCO").
    private static bool IsCapitalised(string word) => char.IsUpper(word[0]) && !word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    // Capitalised as typed, or no English word at all ("walmart", "hubspot").
    private static bool IsName(string word) => IsCapitalised(word) || !EnglishWords.All.Contains(word.ToLowerInvariant());

    // "how do I … in HubSpot": a name the manual mentions in one passage, and no passage holds the question's other words.
    private static string? OnlyNamedTool(string question, SopIndex index, Glossary glossary)
    {
        var terms = index.Analyze(question);
        foreach (Match word in Word().Matches(question))
        {
            var name = word.Value;
            if (name.Length < MinToolLength || !IsName(name) || glossary.ExactTerms.Contains(name.ToLowerInvariant())
                || index.Analyze(name) is not [var term] || index.DocFrequency(term) is 0 or > MaxMentions)
            {
                continue;
            }
            var others = terms.Where(t => t != term).ToList();
            var explained = Enumerable.Range(0, index.Passages.Count).Any(p => others.All(t => index.PassageHasTerm(p, t)));
            if (!explained)
            {
                return name;
            }
        }
        return null;
    }

    private static readonly HashSet<string> Determiners = new(
        ["the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "this", "that", "these", "those", "i", "we", "you",
         "they", "he", "she", "it", "someone", "somebody", "anyone", "one", "each", "every", "all", "any", "some", "there", "what", "who"],
        StringComparer.OrdinalIgnoreCase);

    // "how does Uber handle", "how do Costco and …": the word after the auxiliary is the subject.
    [GeneratedRegex(@"\bhow\s+(?:does|do|did|would|will|should|can|could)\s+(?<name>[\p{L}][\p{L}\p{N}&-]*)\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    // "Walmart's return policy": the owner of the thing asked about.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<name>[\p{L}][\p{L}\p{N}&-]*)'s\b", RegexOptions.IgnoreCase)]
    private static partial Regex Owner();

    // "how do I …", "how can we …", "how to …": asks for the steps of doing something.
    [GeneratedRegex(@"\bhow\s+(?:(?:do|can|should|would|could)\s+(?:i|we|you)|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowTo();

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex Word();
}
