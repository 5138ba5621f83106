using OneJanitorial.Bot.Cards;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>Puts each server error next to its input on the card; errors about inputs the card does not have go to the top.</summary>
public static class IntakeErrors
{
    public static IReadOnlyDictionary<string, string> Place(IEnumerable<(string Id, string Message)> errors, AdaptiveCard card, bool toForm = true)
    {
        var inputs = CardTree.Inputs(card).Select(i => i.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var placed = new Dictionary<string, string>(StringComparer.Ordinal);
        var elsewhere = new List<string>();
        foreach (var (id, message) in errors)
        {
            if (inputs.Contains(id))
            {
                placed.TryAdd(id, message);
            }
            else if (toForm)
            {
                elsewhere.Add(message);
            }
        }
        if (elsewhere.Count > 0)
        {
            placed[IntakeFields.FormError] = "Go back and fix: " + string.Join(" ", elsewhere.Distinct());
        }
        return placed;
    }
}
