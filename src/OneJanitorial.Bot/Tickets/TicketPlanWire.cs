using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OneJanitorial.Bot.Tickets;

/// <summary>One line of <c>ticket-plan --json</c> input. Everything is nullable so a missing field is reported by name.</summary>
public sealed record TicketPlanRequest(
    string? Client,
    string? Building,
    string? City,
    string? TimeZone,
    string? Category,
    string? Concern,
    bool? InScope,
    string? Cleaner,
    DateOnly? CleanerBuildingStart,
    DateOnly? ContractStart,
    int? PriorCleanerIssues,
    bool? CleanerInBco,
    int? SurveyRating,
    decimal? BillingPrice,
    string? Source,
    string? ReceivedAt);

/// <summary>
/// One line of <c>ticket-plan --json</c> output. <see cref="Rules"/> names the SOP section each decision comes from,
/// as "section (rule): decision" strings.
/// </summary>
public sealed record TicketPlanResponse(
    string TicketType,
    string Badge,
    string Title,
    string Priority,
    DateOnly CreateDate,
    DateOnly EstCloseDate,
    bool NewInBuilding,
    bool StartedLast90Days,
    int StrikeNumber,
    string? Bucket,
    string Department,
    string Owner,
    IReadOnlyList<string> Rules)
{
    public static TicketPlanResponse From(TicketPlan plan) => new(
        plan.Type.Name(), plan.Badge, plan.Title, plan.Priority.ToString(), plan.CreateDate, plan.EstCloseDate, plan.NewInBuilding,
        plan.StartedLast90Days, plan.StrikeNumber, plan.Bucket?.Code(), plan.Department, plan.Owner,
        [.. plan.Rules.Select(r => $"{r.Sop} ({r.Rule}): {r.Decision}")]);
}

/// <summary>The output line for an intake that cannot be planned; <see cref="Field"/> is null when the line is not JSON at all.</summary>
public sealed record TicketPlanError(string Error, string? Field);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(TicketPlanRequest))]
[JsonSerializable(typeof(TicketPlanResponse))]
[JsonSerializable(typeof(TicketPlanError))]
internal sealed partial class TicketPlanJsonContext : JsonSerializerContext;

/// <summary>Output lines keep "—", "&amp;" and "+" readable: they go to a terminal or a pipe, never into HTML.</summary>
internal static class TicketPlanJson
{
    private static readonly JsonSerializerOptions Options =
        new(TicketPlanJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
}
