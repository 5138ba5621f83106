namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>The client's choice for larger out-of-scope work (SOP Process 5A).</summary>
public enum PricingChoice
{
    OneTimeCharge,
    RecurringAddOn,
    ClientDeclined,
}
