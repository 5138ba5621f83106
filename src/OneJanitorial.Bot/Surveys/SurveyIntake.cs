using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Surveys;

/// <summary>
/// The intake pre-fill for a Survey Correction (a rating of 5 or below): the client, its city and zone when imported,
/// concern "Survey Rating" on the day of the call by phone, category survey with the rating, and the call's notes as
/// the Issue. The CSR checks and completes the rest.
/// </summary>
public static class SurveyIntake
{
    public static IntakePrefill Prefill(SurveyCall call, Client? client, DateOnly day) => new()
    {
        Client = call.Company,
        Building = call.Building,
        City = client?.City,
        TimeZone = client?.TimeZone,
        Concern = "Survey Rating",
        ServiceDate = day,
        Source = TicketSource.Phone,
        Category = IntakeCategory.Survey,
        SurveyRating = call.Rating,
        Issue = call.Notes is { } notes ? "- Survey call: " + notes.ReplaceLineEndings(" ") : null,
    };
}
