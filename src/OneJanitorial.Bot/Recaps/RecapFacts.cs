namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// What a recap is written from: the ticket and its pinned master note. <see cref="StrikeNumber"/> is the
/// cleaner's issue count in the last 3 months including this one (the ticket rules engine computes it).
/// </summary>
public sealed record RecapFacts
{
    public required string Client { get; init; }
    public required string Building { get; init; }
    public required string Cleaner { get; init; }
    public required string CleanerEmail { get; init; }

    /// <summary>The SOP ticket type label (New Concern, R1, Move to BCO, …).</summary>
    public required string TicketType { get; init; }

    public required int StrikeNumber { get; init; }

    /// <summary>The client's time zone; the follow-up call is stated in it.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    public required DateOnly ReceivedDate { get; init; }

    /// <summary>Point-form summary of the client's listed issues (master note "Issue").</summary>
    public required IReadOnlyList<string> Issue { get; init; }

    public required string Why { get; init; }
    public required string Solution { get; init; }
    public required string WhoFixes { get; init; }
    public required DateOnly NextCleanDate { get; init; }
    public required DateTimeOffset FollowUpAt { get; init; }
    public required IReadOnlyList<string> ChecklistItems { get; init; }
    public string? ChecklistUrl { get; init; }

    /// <summary>The CSR signing the email; the team signs when unknown.</summary>
    public string? CsrName { get; init; }

    /// <summary>The key that makes sending this ticket's recap idempotent (the ticket id when there is one).</summary>
    public string? TicketKey { get; init; }
}
