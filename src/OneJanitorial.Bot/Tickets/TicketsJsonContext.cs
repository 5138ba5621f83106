using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Tickets;

/// <summary>JSON for the stored master note and closure columns, the event diffs and the intake pre-fill options.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Ticket))]
[JsonSerializable(typeof(MasterNote))]
[JsonSerializable(typeof(TicketClosure))]
[JsonSerializable(typeof(IntakePrefill))]
internal sealed partial class TicketsJsonContext : JsonSerializerContext;
