using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Llm;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>The recap preview for <c>cards export</c> and the card contract test: an R1 recap from the template.</summary>
public static class RecapCardSample
{
    public const string Name = "recap.preview";

    public static View Build(PromptLibrary prompts)
    {
        var sheet = RecapFactSheet.Create(Facts(), prompts);
        var recap = RecapComposer.Compose(sheet, RecapComposer.TemplateSections(sheet, prompts), RecapGenerator.Template, prompts);
        return RecapPreviewCard.Build(recap, "42");
    }

    /// <summary>An R1 ticket's recap facts (also the tests' reference recap).</summary>
    public static RecapFacts Facts() => RecapFacts.From(Ticket()).Facts!;

    /// <summary>The cleaner's 2nd issue in 3 months, with the master note a recap is written from.</summary>
    public static Ticket Ticket() => new()
    {
        CrmId = "ticket-42",
        Type = TicketType.R1,
        Title = TicketTitle.Format(TicketType.R1, "Northwind Dental", "Cleaning Issue", "Maria Lopez", 100),
        BillingPrice = 100,
        Client = "Northwind Dental",
        Building = "Maple Street Clinic",
        City = "Raleigh",
        Concern = "Cleaning Issue",
        Cleaner = "Maria Lopez",
        CleanerEmail = "maria@sparkle-cleaning.example",
        StrikeNumber = 2,
        Owner = "Sam Carter",
        Csr = "Sam Carter",
        TimeZone = "America/New_York",
        ReceivedAt = new DateTimeOffset(2026, 3, 9, 8, 42, 0, TimeSpan.FromHours(-4)),
        CreateDate = new DateOnly(2026, 3, 9),
        Note = new MasterNote
        {
            Issue = "Trash in the break room was not emptied\nRestroom mirrors left streaky",
            Why = "Her new staff member skipped the break room and wiped the mirrors with a dry cloth.",
            SolutionAndPrevention = "Clean the building herself on the next clean, retrain the staff member on the break room and mirror steps, and supervise the following clean.",
            WhoIsDoingTheFix = "Maria Lopez (partner) personally",
            NextClean = new DateOnly(2026, 3, 10),
            FollowUpCallAt = new DateTimeOffset(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(-4)),
            ChecklistItems = "Empty all trash bins and replace liners\nClean mirrors streak-free",
            ChecklistLink = "https://onejanitorial.example/checklists/northwind-maple",
        },
    };
}
