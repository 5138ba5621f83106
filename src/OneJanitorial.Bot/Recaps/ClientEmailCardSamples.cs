using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Llm;

namespace OneJanitorial.Bot.Recaps;

/// <summary>The client email and review views for <c>cards export</c> and the card contract test.</summary>
public static class ClientEmailCardSamples
{
    public const string PickName = "recap.client-template-pick";
    public const string EmailName = "recap.client-email";
    public const string ReviewCheckName = "recap.review-check";
    public const string ReviewDecisionName = "recap.review-decision";

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(new ViewSample(PickName, () => ClientEmailCards.Pick(42, "Northwind Dental")));
        services.AddSingleton(sp => new ViewSample(EmailName, () => Email(sp.GetRequiredService<PromptLibrary>())));
        services.AddSingleton(new ViewSample(ReviewCheckName, () => ReviewCards.Check(42, "Northwind Dental")));
        services.AddSingleton(new ViewSample(ReviewDecisionName, ReviewDecision));
    }

    /// <summary>Template E for a Friday clean: Monday 8:00 AM in Toronto.</summary>
    public static View Email(PromptLibrary prompts)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
        var nextClean = new DateOnly(2026, 11, 20);
        var facts = new ClientEmailFacts(TicketClientEmail.FirstNamePlaceholder, "Maple Street Clinic") { CsrName = "Casey", NextCleanDate = nextClean };
        var email = new ClientTemplates(prompts).Render(ClientTemplate.E, facts);
        return ClientEmailCards.Preview(42, email, FeedbackCheckInSchedule.SendAt(nextClean, zone), zone.Id);
    }

    public static View ReviewDecision()
    {
        var context = new ReviewContext("All good now, thanks!", Resolved: true);
        return ReviewCards.Decision(42, context, ReviewRequestPolicy.Decide(context));
    }
}
