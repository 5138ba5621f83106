using System.Text.Json.Nodes;
using OneJanitorial.Bot.Llm;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Recaps;

/// <summary>An R1 ticket (the cleaner's 2nd issue in 3 months) and a model draft that states only its facts.</summary>
public static class RecapSamples
{
    public static readonly PromptLibrary Prompts = PromptLibrary.FromContentRoot(OneJanitorial.Bot.BotHost.ContentRoot());

    public static RecapFacts R1() => RecapCardSample.Facts();

    /// <summary>The R1 recap facts of the sample ticket as <paramref name="change"/> leaves it.</summary>
    public static RecapFacts R1(Func<Ticket, Ticket> change) => RecapFacts.From(change(RecapCardSample.Ticket())).Facts!;

    public static JsonObject ValidDraft() => new()
    {
        ["issue"] = "- Trash in the break room was not emptied.\n- Restroom mirrors were left streaky.\n- Northwind Dental reported this on Monday, March 9, 2026.",
        ["actionPlan"] = "- WHO: Maria Lopez, personally.\n- WHAT: clean the building yourself, retrain your staff member on the break room and mirror steps, and supervise the following clean.\n"
            + "- By WHEN: your next clean on Tuesday, March 10, 2026.\n- Right after that clean, do a final walkthrough and send an inspection report with at least 5 photos of each area, especially the break room and the restroom mirrors.\n"
            + "- Follow-up call: Wednesday, March 11, 2026 at 10:00 AM Eastern Daylight Time, to review the photos and confirm the issue is solved.",
        ["checklist"] = "- Empty all trash bins and replace liners\n- Clean mirrors streak-free\nFull checklist: https://onejanitorial.example/checklists/northwind-maple",
        ["threeStrikePolicy"] = "Our 3-strike policy applies within a 3-month period across all the buildings you service. This is your 2nd issue in 3 months, which means a formal review, with possible onsite supervision. A 3rd issue within 3 months results in removal from the building.",
    };

    public static JsonObject With(this JsonObject draft, string section, string text)
    {
        var copy = draft.DeepClone().AsObject();
        copy[section] = text;
        return copy;
    }
}
