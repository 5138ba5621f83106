using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

/// <summary>Stored-ticket samples for store tests.</summary>
internal static class Tickets
{
    public static Ticket Sample(string cleaner = "Jane Doe", TicketType type = TicketType.NewConcern, string create = "2026-11-02", string? crmId = null) => new()
    {
        CrmId = crmId,
        Type = type,
        Title = TicketTitle.Format(type, "Walmart", "Cleaning Issue", cleaner, 100m),
        Client = "Walmart",
        Building = "Walmart Store 12",
        City = "Toronto",
        Concern = "Cleaning Issue",
        Cleaner = cleaner,
        BillingPrice = 1250.5m,
        Priority = TicketPriority.Medium,
        Stage = TicketStages.Home(type),
        CreateDate = Intakes.Date(create),
        EstCloseDate = Intakes.Date(create).AddDays(7),
        StrikeNumber = 1,
        Owner = "Taylor",
        Csr = "una",
        Source = TicketSource.Email,
        CreatedAt = new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero),
    };
}
