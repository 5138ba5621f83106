using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// A question whose answer is a number: "how long do I have to close a ticket", "how many surveys a day", "what's
/// the deadline". Such a question is answered by a passage that states a number (a time limit, a count, a target),
/// so the keyword ranking prefers those by <see cref="Boost"/> over passages that only share its words.
/// </summary>
public static partial class QuantityQuestion
{
    /// <summary>Ranking factor for a passage holding a digit when the question asks for a quantity. Chosen on the tuning set.</summary>
    public const double Boost = 1.3;

    public static bool Asks(string question) => Quantity().IsMatch(question);

    public static bool States(string text) => text.Any(char.IsAsciiDigit);

    [GeneratedRegex(@"\bhow\s+(long|many|much|often|soon|fast|quickly|far|frequently)\b|\b(deadline|time limit|max(imum)?|minimum|limit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();
}
