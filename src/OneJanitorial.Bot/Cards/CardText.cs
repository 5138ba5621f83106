namespace OneJanitorial.Bot.Cards;

public static class CardText
{
    /// <summary>
    /// Keeps each line of plain text on its own line in a TextBlock: card Markdown joins single line breaks
    /// into one paragraph, so lines become paragraphs (blank lines dropped).
    /// </summary>
    public static string KeepLines(string text) => string.Join("\n\n", text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
}
