using OneJanitorial.Bot.Sop.Ingestion;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// What of a passage is searched. A body the manual lost ("Lost in the source: … Ask your Service Manager for it.")
/// holds no policy, only words that would match any question about the manual or a manager: such a passage is
/// found by its heading alone, so a question that names it ("the voicemail script") still learns the text was lost.
/// </summary>
public static class SearchableText
{
    public const string LostMarker = "Lost in the source";

    public static bool IsLost(Passage passage) => passage.Text.StartsWith(LostMarker, StringComparison.Ordinal);

    /// <summary>The passage's text, or nothing when its body was lost.</summary>
    public static string Body(Passage passage) => IsLost(passage) ? "" : passage.Text;

    /// <summary>The heading path and the body, as the semantic ranking embeds them.</summary>
    public static string WithSection(Passage passage) => IsLost(passage) ? passage.Section : passage.Section + "\n" + passage.Text;
}
