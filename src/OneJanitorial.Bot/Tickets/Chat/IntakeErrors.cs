using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>Puts each server error next to its input in the view; errors about inputs the view does not have go to the top.</summary>
public static class IntakeErrors
{
    public static IReadOnlyDictionary<string, string> Place(IEnumerable<(string Id, string Message)> errors, View view, bool toForm = true)
    {
        var inputs = ViewTree.Fields(view).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
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
