using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// What another feature already knows when it opens the ticket intake (e.g. a survey call's Survey Correction): the
/// intake starts with these facts filled in and the CSR checks and completes the rest. It travels as the start options
/// of the dialog named <see cref="DialogId"/>; blank (null) facts are left for the CSR.
/// </summary>
public sealed record IntakePrefill
{
    /// <summary>The registered id of the full ticket intake, the dialog that takes these options.</summary>
    public const string DialogId = "ticket.intake";

    public string? Client { get; init; }
    public string? Building { get; init; }
    public string? City { get; init; }

    /// <summary>The building's IANA time zone; the CSR's (or the team's) when null.</summary>
    public string? TimeZone { get; init; }

    public string? Concern { get; init; }
    public DateOnly? ServiceDate { get; init; }
    public TicketSource? Source { get; init; }
    public IntakeCategory? Category { get; init; }
    public int? SurveyRating { get; init; }

    /// <summary>The master note's Issue (point form).</summary>
    public string? Issue { get; init; }

    /// <summary>The dialog start options carrying this pre-fill.</summary>
    public JsonObject ToOptions() => JsonSerializer.SerializeToNode(this, TicketsJsonContext.Default.IntakePrefill)!.AsObject();

    /// <summary>The pre-fill in start options, or null when the intake was opened without one.</summary>
    public static IntakePrefill? From(JsonObject? options) =>
        options is { Count: > 0 } ? options.Deserialize(TicketsJsonContext.Default.IntakePrefill) : null;
}
