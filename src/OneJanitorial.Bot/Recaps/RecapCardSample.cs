using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Llm;

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
    public static RecapFacts Facts() => new()
    {
        Client = "Northwind Dental",
        Building = "Maple Street Clinic",
        Cleaner = "Maria Lopez",
        CleanerEmail = "maria@sparkle-cleaning.example",
        TicketType = "R1",
        StrikeNumber = 2,
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York"),
        ReceivedDate = new DateOnly(2026, 3, 9),
        Issue = ["Trash in the break room was not emptied", "Restroom mirrors left streaky"],
        Why = "Her new staff member skipped the break room and wiped the mirrors with a dry cloth.",
        Solution = "Clean the building herself on the next clean, retrain the staff member on the break room and mirror steps, and supervise the following clean.",
        WhoFixes = "Maria Lopez (partner) personally",
        NextCleanDate = new DateOnly(2026, 3, 10),
        FollowUpAt = new DateTimeOffset(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(-4)),
        ChecklistItems = ["Empty all trash bins and replace liners", "Clean mirrors streak-free"],
        ChecklistUrl = "https://onejanitorial.example/checklists/northwind-maple",
        CsrName = "Sam Carter",
        TicketKey = "ticket-42",
    };
}
