using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Analyzers of the SOP index. Text fields use the English analysis (Porter stemming with a few exceptions, stop words,
/// plus the question words CSRs type: <see cref="TextAnalyzer"/>). The codes field keeps tokens like "BCO+", "R1", "3A" whole.
/// </summary>
public static partial class SopAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // How CSRs phrase questions, not what they ask about: dropped so they neither match nor count as unmatched.
    private static readonly string[] QuestionWords =
    [
        "what", "whats", "how", "when", "where", "which", "who", "why", "do", "does", "did", "doing", "i", "im", "me", "my",
        "we", "our", "us", "you", "your", "can", "could", "should", "would", "shall", "may", "might", "must", "am", "been",
        "have", "has", "had", "about", "any", "anything", "something", "so", "just", "hey", "hi", "please", "need", "needs",
        "want", "tell", "mean", "means", "many", "much", "often", "long", "fast", "quickly", "soon", "ok", "okay", "get", "gets",
        "got", "still", "really", "also", "happen", "happens", "supposed", "exactly", "thing", "things", "there", "here",
        "don't", "dont", "doesn't", "doesnt", "didn't", "can't", "cant", "cannot", "won't", "isn't", "aren't", "i'm", "i'll",
        "they'll", "we'll", "you'll", "they're", "we're", "it's", "i've", "special", "important", "now", "yet", "already", "say", "says", "said", "over", "more", "than", "want", "wants", "wanted", "came", "come", "comes", "he", "she", "him", "her", "his", "hers", "them",
        // Function words the base English list lacks: "too far from the building" is about distance, not "too" or "from".
        "from", "too", "very", "between", "go", "goes", "going", "give", "gives", "gave", "given", "giving", "getting", "gotten", "put", "let", "know", "some", "its",
        "those", "whom", "whose", "while", "were", "being", "out", "up", "off", "like", "during", "once", "haven't", "hasn't", "havent", "hasnt",
        // Pronouns and determiners standing for no thing the manual names ("what else goes in the notes", "list
        // everything in …", "see the problem himself"): the indefinite and reflexive pronouns, whole.
        "everything", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nothing", "nobody", "none",
        "everywhere", "somewhere", "anywhere", "nowhere", "myself", "yourself", "himself", "herself", "itself", "ourselves",
        "yourselves", "themselves", "another", "else", "either", "neither", "whoever", "whenever", "wherever", "whichever",
        // Prepositions the base list lacks, and how sure or how much a CSR hedges ("probably", "kinda").
        "till", "til", "besides", "except", "via", "toward", "towards", "upon", "throughout",
        "probably", "maybe", "perhaps", "kinda", "sorta", "quite", "rather", "somewhat",
        // How strongly ("pretty sure", "super busy"): degree adverbs, as "very" and "really" are.
        "pretty", "fairly", "super", "extremely", "totally", "completely", "absolutely", "incredibly",
        // What a thing holds, asked as "mean" asks what it is: "what does the recap email include".
        "include", "includes", "contain", "contains",
        // "two days ago" dates an event as "already" and "yet" do; the manual never says it, so it counted as a word the manual lacks.
        "ago",
        // Filler of chat questions: "what extra stuff do I need", "what kind of ticket".
        "stuff", "kind", "sort", "lot", "bit", "etc", "whatever", "anyway", "basically", "actually",
        // Chat spellings of question words: "wat is a client update".
        "wat", "wut", "wht", "hw", "u", "ur", "pls", "plz", "thx",
        // Contractions typed without the apostrophe, as "whats" and "dont" are: "who's" loses its "'s" to the
        // possessive filter, but "whos" would stem to "who" after the stop words and count as a word the manual lacks.
        "whos", "hows", "wheres", "whys", "thats", "theres",
    ];
    public static CharArraySet StopWords { get; } = BuildStopWords();

    /// <summary>The question words and English stop words, as plain words (the spelling corrector leaves them alone).</summary>
    public static IEnumerable<string> QuestionWordList => QuestionWords.Concat(StopAnalyzer.ENGLISH_STOP_WORDS_SET.Select(w => w.ToString()));

    public static Analyzer Create(string codesField) =>
        new PerFieldAnalyzerWrapper(new TextAnalyzer(StopWords), new Dictionary<string, Analyzer> { [codesField] = new CodeAnalyzer() });

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, QuestionWords, ignoreCase: true);
        set.UnionWith(StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        return set.AsReadOnly();
    }

    private sealed partial class CodeAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new PatternTokenizer(reader, Code(), 0);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
        }

        [GeneratedRegex(@"[A-Za-z0-9]+\+?")]
        private static partial Regex Code();
    }
}
