namespace OneJanitorial.Bot.Reminders;

/// <summary>What a send did: delivered (and where), or failed with a reason safe to log (never message text).</summary>
public sealed record DeliveryResult(bool Delivered, string Detail)
{
    public static DeliveryResult Sent(string where) => new(true, where);

    public static DeliveryResult Failed(string reason) => new(false, reason);
}
