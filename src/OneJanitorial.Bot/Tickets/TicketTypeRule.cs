namespace OneJanitorial.Bot.Tickets;

/// <summary>SOP Step 2: the ticket type from the category, the scope check and the cleaner's 3-month history.</summary>
public static class TicketTypeRule
{
    /// <summary>"Cleaner started this building within 2 weeks": 0 to 14 days before the day received.</summary>
    public const int FirstTwoWeeksDays = 14;

    /// <summary>"Client rated 5 or below" — the definition wins over the "under 7" in the type's name.</summary>
    public const int SurveyCorrectionMaxRating = 5;

    public static (TicketType Type, RuleApplied Rule) Decide(TicketIntake intake, int priorServiceIssues, DateOnly receivedDate) =>
        intake.Category switch
        {
            IntakeCategory.Cancelling => Result(TicketType.CancellingClient, "client gave notice to cancel"),
            IntakeCategory.ExtraService => Result(TicketType.ExtraService, "billable service not in contract"),
            IntakeCategory.ClientUpdate => Result(TicketType.ClientUpdate, "non-service update, not a complaint"),
            _ when !intake.InScope => Result(TicketType.ClientUpdate, "not in checklist/scope (Step 1B) → Client Update, Bucket 3A"),
            IntakeCategory.Survey => Survey(intake.SurveyRating),
            IntakeCategory.Inspection => Result(TicketType.InspectionCorrection, "service team observed a cleaning issue on an inspection report"),
            _ => ByHistory(intake, priorServiceIssues, receivedDate),
        };

    public static bool StartedWithinTwoWeeks(DateOnly cleanerBuildingStart, DateOnly receivedDate)
    {
        var days = receivedDate.DayNumber - cleanerBuildingStart.DayNumber;
        return days is >= 0 and <= FirstTwoWeeksDays;
    }

    private static (TicketType, RuleApplied) Survey(int? rating) =>
        rating <= SurveyCorrectionMaxRating
            ? Result(TicketType.SurveyCorrection, $"survey rating {rating} is 5 or below")
            : Result(TicketType.ClientUpdate, $"survey rating {rating} is above 5: no Survey Correction, logged as Client Update");

    private static (TicketType, RuleApplied) ByHistory(TicketIntake intake, int prior, DateOnly receivedDate)
    {
        if (intake.CleanerInBco)
        {
            return Result(TicketType.AlreadyBco, "cleaner already in BCO process and a new service issue happened");
        }
        if (prior == 0 && StartedWithinTwoWeeks(intake.CleanerBuildingStart, receivedDate))
        {
            return Result(TicketType.FirstTwoWeeks, "no other issues in 3 months and cleaner started this building within 2 weeks");
        }
        return prior switch
        {
            0 => Result(TicketType.NewConcern, "no other service issues in 3 months: this is the 1st"),
            1 => Result(TicketType.R1, "1 previous service issue in 3 months: this is the 2nd"),
            _ => Result(TicketType.MoveToBco, $"{prior} previous service issues in 3 months: this is the 3rd+"),
        };
    }

    private static (TicketType, RuleApplied) Result(TicketType type, string why) =>
        (type, new RuleApplied("ticket-type", SopRef.Step2, $"{type.Name()} ({type.Badge()}): {why}"));
}
