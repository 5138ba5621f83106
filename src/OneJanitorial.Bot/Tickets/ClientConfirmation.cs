namespace OneJanitorial.Bot.Tickets;

/// <summary>How the resolution was confirmed (SOP Step 5 "Closed Client Ticket").</summary>
public enum ClientConfirmation
{
    None,
    ClientConfirmedResolved,
    ProofOfResolutionNoResponseAfterTwoAttempts,
}
