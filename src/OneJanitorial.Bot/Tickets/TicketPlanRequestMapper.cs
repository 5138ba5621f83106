using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Tickets;

/// <summary>Turns one input line of <c>ticket-plan --json</c> into an intake, or an error naming the field.</summary>
public static partial class TicketPlanRequestMapper
{
    public static (TicketIntake? Intake, TicketPlanError? Error) Parse(string line)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException e)
        {
            return (null, new TicketPlanError($"Not valid JSON: {e.Message}", null));
        }
        return node is JsonObject json ? Parse(json) : (null, new TicketPlanError("Each line must be one JSON object.", null));
    }

    /// <summary>The intake of an already parsed line (callers that read more fields from the same object parse it once).</summary>
    public static (TicketIntake? Intake, TicketPlanError? Error) Parse(JsonObject json)
    {
        try
        {
            // The line is well-formed JSON, so a failure here is a value of the wrong type at e.Path.
            return ToIntake(json.Deserialize(TicketPlanJsonContext.Default.TicketPlanRequest)!);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e);
            return (null, new TicketPlanError($"{field ?? "A value"} has the wrong type or format{Expected(field)}.", field));
        }
    }

    private static (TicketIntake?, TicketPlanError?) ToIntake(TicketPlanRequest r)
    {
        if (Missing(r) is { } missing)
        {
            return (null, new TicketPlanError($"{missing} is required.", missing));
        }
        if (!IntakeNames.TryParseCategory(r.Category, out var category))
        {
            return (null, new TicketPlanError($"Unknown category '{r.Category}'; use one of {string.Join(", ", IntakeNames.CategoryNames)}.", "category"));
        }
        if (!IntakeNames.TryParseSource(r.Source, out var source))
        {
            return (null, new TicketPlanError($"Unknown source '{r.Source}'; use email, form or phone.", "source"));
        }
        if (!OffsetSuffix().IsMatch(r.ReceivedAt!)
            || !DateTimeOffset.TryParse(r.ReceivedAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var receivedAt))
        {
            return (null, new TicketPlanError("receivedAt must be ISO 8601 with an offset, e.g. 2026-11-23T09:15:00-05:00.", "receivedAt"));
        }
        var intake = new TicketIntake(r.Client!, r.Building!, r.City!, r.TimeZone!, category, r.Concern!, r.InScope!.Value, r.Cleaner!,
            r.CleanerBuildingStart!.Value, r.ContractStart!.Value, r.PriorCleanerIssues, r.CleanerInBco!.Value, r.SurveyRating,
            r.BillingPrice!.Value, source, receivedAt);
        var errors = TicketIntakeValidator.Validate(intake);
        return errors.Count == 0 ? (intake, null) : (null, new TicketPlanError(errors[0].Message, errors[0].Field));
    }

    private static string? Missing(TicketPlanRequest r) =>
        r.Client is null ? "client"
        : r.Building is null ? "building"
        : r.City is null ? "city"
        : r.TimeZone is null ? "timeZone"
        : r.Category is null ? "category"
        : r.Concern is null ? "concern"
        : r.InScope is null ? "inScope"
        : r.Cleaner is null ? "cleaner"
        : r.CleanerBuildingStart is null ? "cleanerBuildingStart"
        : r.ContractStart is null ? "contractStart"
        : r.CleanerInBco is null ? "cleanerInBco"
        : r.BillingPrice is null ? "billingPrice"
        : r.Source is null ? "source"
        : r.ReceivedAt is null ? "receivedAt"
        : null;

    private static string Expected(string? field) => field switch
    {
        "cleanerBuildingStart" or "contractStart" => " (expected a date, yyyy-MM-dd)",
        "inScope" or "cleanerInBco" => " (expected true or false)",
        "priorCleanerIssues" or "surveyRating" => " (expected a whole number)",
        "billingPrice" => " (expected a number)",
        _ => " (expected a string)",
    };

    /// <summary>"$.surveyRating" → "surveyRating"; null when the error is not about one property.</summary>
    private static string? FieldOf(JsonException e) =>
        e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..].Split('.', '[')[0] : null;

    [GeneratedRegex(@"T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetSuffix();
}
