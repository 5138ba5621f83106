using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// The action a "how do I / how to / where do I …" question asks the steps of: its verb and the words of the thing it
/// acts on ("run" and "background checks" in "how do we run background checks on new cleaners", "pay" and "cleaner" in
/// "how do we pay the cleaner for an extra service job"). The manual describes no action it has no word for: such a
/// question is not answered by passages holding its other words ("cleaners", "run"), however many. A question naming
/// no thing after its verb ("how do I know if …", "how to follow up with …") asks for no action here. Nor does the
/// manual describe an action whose words it uses only apart: "how do I confirm my shift" when no passage holds
/// "confirm" with "shift" (<see cref="IsDoneTogether"/>).
/// </summary>
public static partial class AskedAction
{
    /// <summary>The verb and the thing's words ("run", ["background", "checks"]), or null.</summary>
    public static (string Verb, IReadOnlyList<string> Thing)? Find(string question)
    {
        var match = HowTo().Match(question);
        if (!match.Success)
        {
            return null;
        }
        var words = Word().Matches(question[(match.Index + match.Length)..]).Select(m => m.Value.ToLowerInvariant()).ToList();
        var thing = words.Skip(1).SkipWhile(Particles.Contains).SkipWhile(Determiners.Contains).TakeWhile(w => !Closers.Contains(w)).ToList();
        return words.Count == 0 || thing.Count == 0 ? null : (words[0], thing);
    }

    /// <summary>
    /// True unless the question asks for an action whose verb or a word of whose thing the manual has no word for
    /// (<paramref name="manualWord"/>: used in it or explained by the glossary). A word that is no English word either
    /// is a misspelling the corrector could not mend: it tells nothing.
    /// </summary>
    public static bool IsDescribed(string question, Func<string, bool> manualWord, Func<string, bool> englishWord) =>
        Find(question) is not { } action || action.Thing.Prepend(action.Verb).All(w => manualWord(w) || !englishWord(w));

    /// <summary>
    /// A verb the manual uses in fewer passages than this tells too little of what it is done to: its only "offer" is
    /// "offer two options", which is how a correction is offered.
    /// </summary>
    public const int MinVerbPassages = 2;

    /// <summary>
    /// True unless the question asks for an action whose verb and a word of whose thing are both the manual's
    /// (<paramref name="verbForms"/>, <paramref name="forms"/>: the terms a word is read as, glossary forms counting; none
    /// when it is no manual word, or a verb in fewer than <see cref="MinVerbPassages"/> passages) yet no passage
    /// (<paramref name="passages"/>: whether it holds a term, with its context) holds the verb with any of them: the
    /// manual uses the words, never for doing that ("confirm" and "shift"). A verb asking where
    /// a thing is, what it says or how it is dealt with ("find", "word", "handle") is answered by any passage about it.
    /// </summary>
    public static bool IsDoneTogether(
        string question, Func<string, IReadOnlyCollection<string>> verbForms, Func<string, IReadOnlyCollection<string>> forms,
        IEnumerable<Func<string, bool>> passages)
    {
        if (Find(question) is not { } action || AboutVerbs.Contains(action.Verb) || verbForms(action.Verb) is not { Count: > 0 } verb)
        {
            return true;
        }
        var thing = action.Thing.SelectMany(forms).ToHashSet(StringComparer.Ordinal);
        return thing.Count == 0 || passages.Any(has => verb.Any(has) && thing.Any(has));
    }

    // Verbs that ask where a thing is, what it says or how it is dealt with ("where do I find …", "how do I word …",
    // "how do I handle …"): any passage about the thing answers them, with or without the verb.
    private static readonly HashSet<string> AboutVerbs = new(
        ["find", "locate", "see", "look", "fill", "complete", "write", "word", "phrase", "say", "handle", "deal", "treat"],
        StringComparer.Ordinal);

    // Words that finish a phrasal verb or an idiom ("put in", "set up", "make sure"), not the thing acted on.
    private static readonly HashSet<string> Particles = new(["in", "up", "out", "down", "on", "off", "back", "over", "through", "away", "sure", "certain"], StringComparer.Ordinal);

    // Words before the thing that are not part of it: "more cleaning supplies", "my hours".
    private static readonly HashSet<string> Determiners = new(
        ["a", "an", "the", "this", "that", "these", "those", "my", "our", "your", "their", "his", "her", "its", "more", "some", "any",
         "another", "each", "every", "all"],
        StringComparer.Ordinal);

    // Words that end the thing: prepositions, conjunctions, relative and question words, pronouns, adverbs of time.
    private static readonly HashSet<string> Closers = new(
        ["is", "are", "was", "were", "be", "do", "does", "did", "can", "could", "should", "would", "will", "must", "may", "have", "has",
         "in", "on", "at", "for", "of", "to", "from", "with", "before", "after", "within", "by", "until", "about", "into", "onto", "when",
         "if", "and", "or", "but", "so", "than", "who", "whom", "whose", "which", "that", "where", "while", "because", "without", "i",
         "we", "you", "they", "he", "she", "it", "me", "us", "them", "him", "as", "like", "how", "what", "why", "whether",
         "today", "tonight", "tomorrow", "yesterday", "now", "again", "asap", "later", "soon", "first", "properly", "correctly",
         "quickly", "right", "too", "also", "still", "already", "someone", "something", "anyone", "anything"],
        StringComparer.Ordinal);

    // "how do I …", "how can we …", "how to …", "where do I …": asks for the steps of doing something.
    [GeneratedRegex(@"\b(?:how|where)\s+(?:(?:do|can|should|would|could|will|shall)\s+(?:i|we|you)|to)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex HowTo();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{N}'-]*")]
    private static partial Regex Word();
}
