using static System.FormattableString;

namespace OneJanitorial.Bot.Tickets;

/// <summary>A field the intake cannot be planned with, named as on the wire (camelCase).</summary>
public sealed record IntakeError(string Field, string Message);

/// <summary>Checks an intake before planning; the dialog shows the messages next to the inputs, the CLI reports the first.</summary>
public static class TicketIntakeValidator
{
    public const int MaxSurveyRating = 10;

    public static IReadOnlyList<IntakeError> Validate(TicketIntake intake)
    {
        var errors = new List<IntakeError>();
        Required(errors, "client", intake.Client);
        Required(errors, "building", intake.Building);
        Required(errors, "city", intake.City);
        Required(errors, "concern", intake.Concern);
        Required(errors, "cleaner", intake.Cleaner);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(intake.TimeZone ?? "", out var zone))
        {
            errors.Add(new("timeZone", $"'{intake.TimeZone}' is not a known time zone (use an IANA name such as America/Toronto)."));
        }
        if (intake.Category == IntakeCategory.Survey && intake.SurveyRating is null)
        {
            errors.Add(new("surveyRating", "A survey ticket needs the client's rating."));
        }
        if (intake.SurveyRating is < 1 or > MaxSurveyRating)
        {
            errors.Add(new("surveyRating", $"The rating must be between 1 and {MaxSurveyRating}."));
        }
        if (intake.BillingPrice < 0)
        {
            errors.Add(new("billingPrice", "The billing price cannot be negative."));
        }
        else if (!MoneyText.InRange(intake.BillingPrice))
        {
            errors.Add(new("billingPrice", $"The billing price must be {MoneyText.Format}."));
        }
        if (intake.PriorCleanerIssues < 0)
        {
            errors.Add(new("priorCleanerIssues", "The number of prior issues cannot be negative."));
        }
        else if (intake.PriorCleanerIssues > NumberText.RangeFor("priorCleanerIssues").Max)
        {
            errors.Add(new("priorCleanerIssues", $"The number of prior issues must be {NumberText.Describe(0, NumberText.RangeFor("priorCleanerIssues").Max)}."));
        }
        Lengths(errors, intake);
        Dates(errors, intake);
        if (CleanerEmails.Normalize(intake.CleanerEmail) is { } email && !CleanerEmails.IsValid(email))
        {
            errors.Add(new("cleanerEmail", CleanerEmails.Problem(email)));
        }
        if (zone is not null)
        {
            NotAfterReceived(errors, intake, zone);
        }
        return errors;
    }

    private static void NotAfterReceived(List<IntakeError> errors, TicketIntake intake, TimeZoneInfo zone)
    {
        var received = TicketDatesRule.ReceivedDate(intake.ReceivedAt, zone);
        if (intake.CleanerBuildingStart > received)
        {
            errors.Add(new("cleanerBuildingStart", Invariant($"The cleaner's start date is after the day received ({received:yyyy-MM-dd}).")));
        }
        if (intake.ContractStart > received)
        {
            errors.Add(new("contractStart", Invariant($"The contract start date is after the day received ({received:yyyy-MM-dd}).")));
        }
    }

    /// <summary>Every text within its <see cref="FieldLimits"/>, as on the intake cards.</summary>
    private static void Lengths(List<IntakeError> errors, TicketIntake intake)
    {
        (string Field, string? Text)[] texts =
        [
            ("client", intake.Client), ("building", intake.Building), ("city", intake.City), ("timeZone", intake.TimeZone),
            ("concern", intake.Concern), ("cleaner", intake.Cleaner), ("cleanerEmail", intake.CleanerEmail),
        ];
        foreach (var (field, text) in texts)
        {
            if (FieldLimits.Problem(field, text) is { } problem)
            {
                errors.Add(new(field, $"{field}: {problem}"));
            }
        }
    }

    /// <summary>Every date within <see cref="DateText"/>'s bounds (a start date of 0001-01-01 is a typo).</summary>
    private static void Dates(List<IntakeError> errors, TicketIntake intake)
    {
        (string Field, DateOnly? Date)[] dates =
        [
            ("cleanerBuildingStart", intake.CleanerBuildingStart), ("contractStart", intake.ContractStart),
            ("serviceDate", intake.ServiceDate), ("receivedAt", DateOnly.FromDateTime(intake.ReceivedAt.UtcDateTime)),
        ];
        foreach (var (field, date) in dates)
        {
            if (date is { } d && !DateText.InRange(d))
            {
                errors.Add(new(field, $"{field} must be {DateText.Format}."));
            }
        }
    }

    private static void Required(List<IntakeError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, $"{field} is required."));
        }
    }
}
