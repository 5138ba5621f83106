namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>SOP Process 5A, the Under-15-Minute Rule for work that is not in scope.</summary>
public enum Under15Rule
{
    /// <summary>Under 15 minutes: approved as a courtesy.</summary>
    Courtesy,

    /// <summary>Larger work: the client chooses a price (<see cref="PricingChoice"/>).</summary>
    NeedsPricing,
}
