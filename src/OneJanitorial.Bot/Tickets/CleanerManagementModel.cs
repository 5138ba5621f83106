namespace OneJanitorial.Bot.Tickets;

/// <summary>Do they have their own cleaners or clean themselves (SOP Step 4 "Cleaner Management Model").</summary>
public enum CleanerManagementModel
{
    OwnCleaners,
    CleansThemselves,
    Both,
}
