using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Surveys;

/// <summary>The SOP's survey call rules (Survey Calls): every client every 2 months, 4 calls per rep per day, a Survey Correction at 5 or below.</summary>
public static class SurveyRules
{
    public const int EveryMonths = 2;
    public const int PerRepPerDay = 4;
    public const int CorrectionMaxRating = TicketTypeRule.SurveyCorrectionMaxRating;
}
