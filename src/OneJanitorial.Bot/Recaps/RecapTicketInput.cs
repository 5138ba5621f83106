using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Recaps;

/// <summary>A field of a ticket line that could not be read.</summary>
public sealed class RecapInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>
/// Reads one ticket in the <c>ticket-plan</c> input shape plus the master-note fields (issue, why, solution,
/// whoFixes, nextCleanDate, followUpAt, checklistItems, cleanerEmail) into <see cref="RecapFacts"/>.
/// </summary>
public static partial class RecapTicketInput
{
    public static RecapFacts Parse(string line)
    {
        JsonObject json;
        try
        {
            json = JsonNode.Parse(line) as JsonObject ?? throw new RecapInputException("", "Each line must be one JSON object.");
        }
        catch (JsonException e)
        {
            throw new RecapInputException("", $"The line is not valid JSON: {e.Message}");
        }
        var zone = TimeZone(json);
        var priorIssues = Int(json, "priorCleanerIssues");
        var inBco = json["cleanerInBco"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
        var strike = priorIssues + 1;
        return new RecapFacts
        {
            Client = Text(json, "client"),
            Building = Text(json, "building"),
            Cleaner = Text(json, "cleaner"),
            CleanerEmail = Email(json),
            StrikeNumber = strike,
            TicketType = TicketTypeFor(strike, inBco),
            TimeZone = zone,
            ReceivedDate = ReceivedDate(json, zone),
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

    /// <summary>
    /// The SOP ticket type for a strike count. Interim: the ticket rules engine owns this (First Two Weeks,
    /// survey and inspection corrections need more than the count).
    /// </summary>
    public static string TicketTypeFor(int strike, bool cleanerInBco) => (strike, cleanerInBco) switch
    {
        (_, true) => "Already BCO",
        (<= 1, _) => "New Concern",
        (2, _) => "R1",
        _ => "Move to BCO",
    };

    private static string Text(JsonObject json, string field) =>
        OptionalText(json, field) ?? throw new RecapInputException(field, $"\"{field}\" is required.");

    private static string? OptionalText(JsonObject json, string field) => json[field] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        _ => throw new RecapInputException(field, $"\"{field}\" must be text."),
    };

    private static int Int(JsonObject json, string field) =>
        json[field] is JsonValue v && v.TryGetValue<int>(out var n) && n >= 0
            ? n
            : throw new RecapInputException(field, $"\"{field}\" must be a whole number, 0 or more.");

    private static IReadOnlyList<string> Lines(JsonObject json, string field)
    {
        IEnumerable<string> items = json[field] switch
        {
            JsonArray a => a.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new RecapInputException(field, $"\"{field}\" must hold text items.")),
            JsonValue v when v.TryGetValue<string>(out var s) => s.Split('\n'),
            _ => [],
        };
        var lines = items.Select(i => i.Trim().TrimStart('-', '•', '*').Trim()).Where(i => i.Length > 0).ToList();
        return lines.Count > 0 ? lines : throw new RecapInputException(field, $"\"{field}\" needs at least one item (a list, or text with one item per line).");
    }

    private static string Email(JsonObject json)
    {
        var email = Text(json, "cleanerEmail");
        return EmailShape().IsMatch(email) ? email : throw new RecapInputException("cleanerEmail", "\"cleanerEmail\" is not an email address.");
    }

    private static TimeZoneInfo TimeZone(JsonObject json)
    {
        var id = Text(json, "timeZone");
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new RecapInputException("timeZone", $"\"timeZone\" must be an IANA time zone such as America/New_York, not \"{id}\".");
    }

    private static DateOnly Date(JsonObject json, string field) =>
        DateOnly.TryParseExact(Text(json, field), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new RecapInputException(field, $"\"{field}\" must be a date like 2026-03-10.");

    private static DateOnly ReceivedDate(JsonObject json, TimeZoneInfo zone)
    {
        var text = Text(json, "receivedAt");
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        return DateOnly.FromDateTime(LocalDateTime(json, "receivedAt", zone).DateTime);
    }

    /// <summary>An ISO date-time; without an offset it is the wall-clock time in the client's zone.</summary>
    private static DateTimeOffset LocalDateTime(JsonObject json, string field, TimeZoneInfo zone)
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

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();
}
