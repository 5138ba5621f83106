using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Tickets;

/// <summary>JSON for the stored master note and closure columns, and for the event diffs.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Ticket))]
[JsonSerializable(typeof(MasterNote))]
[JsonSerializable(typeof(TicketClosure))]
internal sealed partial class TicketsJsonContext : JsonSerializerContext;
