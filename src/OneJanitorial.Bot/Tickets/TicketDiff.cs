using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Tickets;

/// <summary>Field-by-field differences between two versions of a ticket, for the event history ("note.why", "closure.review").</summary>
public static class TicketDiff
{
    private static readonly HashSet<string> Bookkeeping = ["number", "version", "updatedAt", "createdAt"];

    public static IReadOnlyList<(string Field, string? Old, string? New)> Between(Ticket before, Ticket after)
    {
        var old = Flatten(before);
        var updated = Flatten(after);
        return [.. old.Keys.Union(updated.Keys)
            .Where(k => !Bookkeeping.Contains(k))
            .Select(k => (Field: k, Old: old.GetValueOrDefault(k), New: updated.GetValueOrDefault(k)))
            .Where(d => d.Old != d.New)];
    }

    private static Dictionary<string, string?> Flatten(Ticket ticket)
    {
        var root = JsonSerializer.SerializeToNode(ticket, TicketsJsonContext.Default.Ticket)!.AsObject();
        var fields = new Dictionary<string, string?>();
        Walk(root, "", fields);
        return fields;
    }

    private static void Walk(JsonObject node, string prefix, Dictionary<string, string?> fields)
    {
        foreach (var (name, value) in node)
        {
            var path = prefix + name;
            if (value is JsonObject child)
            {
                Walk(child, path + ".", fields);
            }
            else
            {
                fields[path] = value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value?.ToJsonString();
            }
        }
    }
}
