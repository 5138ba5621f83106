namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// What a ticket gives a recap: its <see cref="Facts"/>; or, when it cannot be recapped yet, <see cref="NotReadyReason"/>
/// saying why, for the CSR; neither when there is no such ticket.
/// </summary>
public sealed record RecapFactsResult(RecapFacts? Facts, string? NotReadyReason)
{
    public static readonly RecapFactsResult NotFound = new(null, null);

    public static RecapFactsResult Found(RecapFacts facts) => new(facts, null);

    public static RecapFactsResult NotReady(string reason) => new(null, reason);
}
