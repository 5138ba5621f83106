namespace OneJanitorial.Bot.Tickets;

/// <summary>The review status every closed ticket needs (SOP Google Review Process).</summary>
public enum ReviewStatus
{
    ReviewRequested,
    NotEligible,
    PendingConfirmation,
}
