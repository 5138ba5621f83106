using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// The text fields' analysis: Lucene's English analyzer (standard tokens, possessives dropped, lower case, stop words,
/// Porter stemming), except for words the Porter stemmer takes to an unrelated word's stem
/// (<see cref="StemExceptions"/>), which keep a stem of their own.
/// </summary>
internal sealed class TextAnalyzer(CharArraySet stopWords) : Analyzer
{
    /// <summary>
    /// Porter takes "responsibilities" and "response" to one stem ("respons"), so "what is the response time" found
    /// "Section 02 — Responsibilities"; the responsibility words get "responsibl".
    /// </summary>
    public static IReadOnlyList<(string Word, string Stem)> StemExceptions { get; } =
    [
        ("responsible", "responsibl"),
        ("responsibility", "responsibl"),
        ("responsibilities", "responsibl"),
        ("irresponsible", "irresponsibl"),
    ];

    private static readonly StemmerOverrideFilter.StemmerOverrideMap Exceptions = BuildExceptions();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SopAnalyzers.Version, reader);
        TokenStream stream = new StandardFilter(SopAnalyzers.Version, tokenizer);
        stream = new EnglishPossessiveFilter(SopAnalyzers.Version, stream);
        stream = new LowerCaseFilter(SopAnalyzers.Version, stream);
        stream = new StopFilter(SopAnalyzers.Version, stream, stopWords);
        stream = new StemmerOverrideFilter(stream, Exceptions);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildExceptions()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: true);
        foreach (var (word, stem) in StemExceptions)
        {
            builder.Add(word, stem);
        }
        return builder.Build();
    }
}
