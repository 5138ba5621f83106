namespace OneJanitorial.Bot.Surveys;

/// <summary>
/// A client building the CSRs call for the SOP's survey every 2 months: who owns the calls, where it is (its IANA
/// zone) and when it was last surveyed (null: never). One row per (company, building).
/// </summary>
public sealed record Client(string Company, string Building, string City, string TimeZone, string Owner, DateOnly? LastSurveyDate)
{
    /// <summary>The day the next survey call is due: 2 months after the last one, or at once when there was none.</summary>
    public DateOnly DueOn(DateOnly today) => LastSurveyDate?.AddMonths(SurveyRules.EveryMonths) ?? today;
}
