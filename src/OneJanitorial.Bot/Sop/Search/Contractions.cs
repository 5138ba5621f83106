using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Negative contractions spelled out, with or without the apostrophe ("wasn't", "wasnt" → "was not"; "can't" → "can not";
/// "won't" → "will not"): "the alarm wasn't set" then reads as the manual's "alarm not set", and a contraction the stop
/// words miss no longer counts as a word the manual never uses. Applied alike to the manual, the glossary and questions.
/// </summary>
public static partial class Contractions
{
    public static string Expand(string text) => text.Contains('n', StringComparison.OrdinalIgnoreCase)
        ? Negative().Replace(text, m => Stem(m.Groups["stem"].Value) + " not")
        : text;

    private static string Stem(string stem) => stem.ToLowerInvariant() switch
    {
        "ca" => stem[..2] + "n",
        "wo" => stem[0] == 'W' ? "Will" : "will",
        "sha" => stem[..3] + "ll",
        _ => stem,
    };

    [GeneratedRegex(@"\b(?<stem>is|are|was|were|do|does|did|has|have|had|ca|wo|sha|should|could|would|must|need)n'?t\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();
}
