namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// The one reading of text that the index, the glossary and questions share: typographic apostrophes as plain ones,
/// negative contractions spelled out (<see cref="Contractions"/>), number words as digits (<see cref="NumberWords"/>).
/// </summary>
public static class SopText
{
    public static string Normalize(string text) => NumberWords.Normalize(Contractions.Expand(text.Replace('’', '\'')));
}
