using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>Server-side checks of the Step 1 / 1B cards (the cleaner card and later run the ticket rules' own validation).</summary>
public static class IntakeChecks
{
    public static IReadOnlyDictionary<string, string> Review(IReadOnlyDictionary<string, string> values)
    {
        var form = new FormReader(values);
        form.Required(Client, "Client name");
        form.Required(Building, "Building name");
        form.Required(City, "City");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(form.Required(BuildingZone, "Time zone"), out _) && form.Text(BuildingZone) is { } zone)
        {
            form.Fail(BuildingZone, $"'{zone}' is not a known time zone.");
        }
        return form.Errors;
    }

    public static IReadOnlyDictionary<string, string> Concern(IReadOnlyDictionary<string, string> values, DateTimeOffset now)
    {
        var form = new FormReader(values);
        form.Required(IntakeFields.Concern, "Type of concern");
        if (form.Text(IntakeFields.Concern) == Other && form.Text(ConcernOther) is null)
        {
            form.Fail(ConcernOther, "Say what the concern is.");
        }
        if (!IntakeNames.TryParseSource(form.Text(Source), out _))
        {
            form.Fail(Source, "Choose Email, Form or Phone.");
        }
        var serviceDate = form.Date(ServiceDate, "Date of service affected", required: true);
        var received = IntakeForm.ReceivedAt(form, IntakeForm.Zone(values));
        if (received > now.AddMinutes(5))
        {
            form.Fail(ReceivedTime, "The received time is in the future.");
        }
        if (received is { } r && serviceDate > DateOnly.FromDateTime(r.DateTime))
        {
            form.Fail(ServiceDate, "The service affected cannot be after the day the ticket was received.");
        }
        return form.Errors;
    }

    public static IReadOnlyDictionary<string, string> Category(IReadOnlyDictionary<string, string> values)
    {
        var form = new FormReader(values);
        var category = IntakeForm.Category(values);
        if (category is null)
        {
            form.Fail(IntakeFields.Category, "Choose what this request is.");
        }
        var rating = form.Int(SurveyRating, "Survey rating", min: 1);
        if (category == IntakeCategory.Survey && rating is null && form.Ok)
        {
            form.Fail(SurveyRating, "A survey ticket needs the client's rating.");
        }
        if (rating > TicketIntakeValidator.MaxSurveyRating)
        {
            form.Fail(SurveyRating, $"The rating must be between 1 and {TicketIntakeValidator.MaxSurveyRating}.");
        }
        return form.Errors;
    }

    public static IReadOnlyDictionary<string, string> Scope(IReadOnlyDictionary<string, string> values)
    {
        var form = new FormReader(values);
        form.YesNo(InScope, "Whether the complaint is in scope", required: true);
        return form.Errors;
    }

    public static IReadOnlyDictionary<string, string> OutOfScope(IReadOnlyDictionary<string, string> values)
    {
        var form = new FormReader(values);
        var rule = form.Text(Under15);
        if (rule is not (Courtesy or NeedsPricing))
        {
            form.Fail(Under15, "Apply the Under-15-Minute Rule: courtesy or pricing decision.");
        }
        if (rule == NeedsPricing && form.Text(Pricing) is not (OneTimeCharge or RecurringAddOn or ClientDeclined))
        {
            form.Fail(Pricing, "Record the client's choice: one-time charge or recurring add-on.");
        }
        return form.Errors;
    }
}
