using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>A field of a ticket line that could not be read.</summary>
public sealed class RecapInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>
/// Reads one ticket line: the <c>ticket-plan</c> input (read by <see cref="TicketPlanRequestMapper"/>, so both
/// commands accept and refuse the same things) plus the master-note fields (issue, why, solution, whoFixes,
/// nextCleanDate, followUpAt, checklistItems, cleanerEmail; optional checklistUrl, csrName, ticketId).
/// </summary>
public static partial class RecapTicketInput
{
    public static RecapTicketLine Parse(string line) => Parse(ParseObject(line));

    /// <summary>The line as a JSON object (commands that read more fields from it parse it once).</summary>
    public static JsonObject ParseObject(string line)
    {
        try
        {
            return JsonNode.Parse(line) as JsonObject ?? throw new RecapInputException("", "Each line must be one JSON object.");
        }
        catch (JsonException e)
        {
            throw new RecapInputException("", $"The line is not valid JSON: {e.Message}");
        }
    }

    public static RecapTicketLine Parse(JsonObject json)
    {
        var (intake, error) = TicketPlanRequestMapper.Parse(json);
        if (error is not null)
        {
            throw new RecapInputException(error.Field ?? "", error.Error);
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(intake!.TimeZone);
        return new RecapTicketLine(intake, zone)
        {
            CleanerEmail = Email(json),
            Issue = Lines(json, "issue"),
            Why = OptionalText(json, "why") ?? "",
            Solution = Text(json, "solution"),
            WhoFixes = Text(json, "whoFixes"),
            NextCleanDate = Date(json, "nextCleanDate"),
            FollowUpAt = LocalDateTime(json, "followUpAt", zone),
            ChecklistItems = Lines(json, "checklistItems"),
            ChecklistUrl = OptionalText(json, "checklistUrl"),
            CsrName = OptionalText(json, "csrName"),
            TicketKey = OptionalText(json, "ticketId"),
        };
    }

    private static string Text(JsonObject json, string field) =>
        OptionalText(json, field) ?? throw new RecapInputException(field, $"\"{field}\" is required.");

    private static string? OptionalText(JsonObject json, string field) => json[field] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : Bounded(field, s.Trim()),
        _ => throw new RecapInputException(field, $"\"{field}\" must be text."),
    };

    /// <summary>The same <see cref="FieldLimits"/> as the master note cards.</summary>
    private static string Bounded(string field, string text) =>
        FieldLimits.Problem(field, text) is { } problem ? throw new RecapInputException(field, $"\"{field}\": {problem}") : text;

    private static IReadOnlyList<string> Lines(JsonObject json, string field)
    {
        IEnumerable<string> items = json[field] switch
        {
            JsonArray a => a.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new RecapInputException(field, $"\"{field}\" must hold text items.")),
            JsonValue v when v.TryGetValue<string>(out var s) => s.Split('\n'),
            _ => [],
        };
        var lines = PointList(items);
        Bounded(field, string.Join('\n', lines));
        return lines.Count > 0 ? lines : throw new RecapInputException(field, $"\"{field}\" needs at least one item (a list, or text with one item per line).");
    }

    /// <summary>Items as points: bullets ("-", "•", "*") and blank lines dropped.</summary>
    public static IReadOnlyList<string> PointList(IEnumerable<string> items) =>
        [.. items.Select(i => i.Trim().TrimStart('-', '•', '*').Trim()).Where(i => i.Length > 0)];

    private static string Email(JsonObject json)
    {
        var email = Text(json, "cleanerEmail");
        return CleanerEmails.IsValid(email) ? email : throw new RecapInputException("cleanerEmail", "\"cleanerEmail\" is not an email address.");
    }

    private static DateOnly Date(JsonObject json, string field) =>
        DateText.Parse(Text(json, field)) is { } date
            ? date
            : throw new RecapInputException(field, $"\"{field}\" must be a date like 2026-03-10, from 1980-01-01 to 2099-12-31.");

    /// <summary>An ISO date-time; without an offset it is the wall-clock time in the client's zone.</summary>
    internal static DateTimeOffset LocalDateTime(JsonObject json, string field, TimeZoneInfo zone)
    {
        var text = Text(json, field);
        if (HasOffset().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return TimeZoneInfo.ConvertTime(exact, zone);
        }
        if (!DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new RecapInputException(field, $"\"{field}\" must be a date-time like 2026-03-11T10:00 (client's time zone) or with an offset.");
        }
        return zone.IsInvalidTime(local)
            ? throw new RecapInputException(field, $"\"{field}\" does not exist in {zone.Id} (the clocks skip it).")
            : new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
