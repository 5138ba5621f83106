using System.Buffers;

namespace OneJanitorial.Bot.Views;

/// <summary>
/// The one rule for user text shown to a person, in any channel or an email: direction overrides, embeddings,
/// isolates and marks, and control characters other than line break and tab are removed. They are invisible and
/// can reorder what the reader sees ("invoice \u202Egpj.exe" reads as "invoice exe.jpg").
/// </summary>
public static class VisibleText
{
    private static readonly SearchValues<char> HiddenChars =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(IsHidden)]);

    /// <summary><paramref name="text"/> without its hidden characters; the same instance when it has none (nearly always).</summary>
    public static string Strip(string text) =>
        text.AsSpan().ContainsAny(HiddenChars) ? new string([.. text.Where(c => !IsHidden(c))]) : text;

    /// <summary>Bidi embeddings/overrides/isolates, marks, and control characters other than line break and tab.</summary>
    public static bool IsHidden(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'
        || (char.IsControl(c) && c is not '\n' and not '\t');
}
