using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// A question about someone else's process: "how does Uber handle complaints", "what is Walmart's return policy".
/// The subject of "how does X …" or the owner in "X's …" is a name the SOP does not speak about: a word the manual and
/// the glossary never use, or a capitalised name the manual mentions at most <see cref="MaxMentions"/> time (an example
/// such as "First Two Weeks — Walmart — …" is not a policy of that company). The SOP's own actors (cleaner, client,
/// CSR, BCO, the people it names) are used throughout, so they never count.
/// </summary>
public static partial class ForeignSubject
{
    /// <summary>A capitalised name mentioned in at most this many passages is not one of the SOP's actors.</summary>
    public const int MaxMentions = 1;

    /// <summary>The foreign name the question is about, or null.</summary>
    public static string? Find(string question, SopIndex index, Glossary glossary)
    {
        foreach (var match in Subject().Matches(question).Concat(Owner().Matches(question)))
        {
            var name = match.Groups["name"].Value;
            if (!Determiners.Contains(name) && IsForeign(name, index, glossary))
            {
                return name;
            }
        }
        return null;
    }

    private static bool IsForeign(string name, SopIndex index, Glossary glossary)
    {
        if (glossary.Match(name).Count > 0)
        {
            return false;
        }
        var terms = index.Analyze(name);
        var mentions = terms.Count == 0 ? int.MaxValue : terms.Max(index.DocFrequency);
        return mentions == 0 || char.IsUpper(name[0]) && !name.All(c => !char.IsLetter(c) || char.IsUpper(c)) && mentions <= MaxMentions;
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
}
