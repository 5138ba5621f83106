using System.Text.Json;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// Reads one ticket line: the <c>ticket-plan</c> input (read by <see cref="TicketPlanRequestMapper"/>, so both
/// commands accept and refuse the same things); <see cref="RecapTicketLine.Ticket"/> reads the master-note fields.
/// </summary>
public static class RecapTicketInput
{
    /// <summary>The line with its intake, or why it cannot be used.</summary>
    public static (RecapTicketLine? Line, RecapInputError? Error) Parse(string line)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException e)
        {
            return (null, new RecapInputError(null, $"The line is not valid JSON: {e.Message}"));
        }
        if (node is not JsonObject json)
        {
            return (null, new RecapInputError(null, "Each line must be one JSON object."));
        }
        var (intake, error) = TicketPlanRequestMapper.Parse(json);
        return error is null ? (new RecapTicketLine(json, intake!), null) : (null, new RecapInputError(error.Field, error.Error));
    }

    /// <summary>Items as points: bullets ("-", "•", "*") and blank lines dropped.</summary>
    public static IReadOnlyList<string> PointList(IEnumerable<string> items) =>
        [.. items.Select(i => i.Trim().TrimStart('-', '•', '*').Trim()).Where(i => i.Length > 0)];

    /// <summary>A master note's point-form text (one item per line) as points.</summary>
    public static IReadOnlyList<string> PointList(string? text) => PointList((text ?? "").Split('\n'));
}
