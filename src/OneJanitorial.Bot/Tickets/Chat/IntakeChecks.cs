using OneJanitorial.Bot.Views.Forms;

using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// What each Step 1 / 1B card needs, checked on the draft after its submit was read (the reader already holds what
/// could not be read; the first message for an input stays). The cleaner card and later run the ticket rules' own validation.
/// </summary>
public static class IntakeChecks
{
    public static IReadOnlyDictionary<string, string> Review(IntakeDraft d, FormReader form)
    {
        form.Require(Client, d.Client, "Client name");
        form.Require(Building, d.Building, "Building name");
        form.Require(City, d.City, "City");
        form.Require(BuildingZone, d.TimeZone, "Time zone");
        if (d.TimeZone is { } zone && Conversation.TimeZones.Find(zone) is null)
        {
            form.Fail(BuildingZone, $"'{zone}' is not a known time zone.");
        }
        return form.Errors;
    }

    public static IReadOnlyDictionary<string, string> Concern(IntakeDraft d, FormReader form, DateTimeOffset now)
    {
        form.Require(IntakeFields.Concern, d.Concern, "Type of concern");
        if (d.Concern == Other && d.ConcernOther is null)
        {
            form.Fail(ConcernOther, "Say what the concern is.");
        }
        if (d.Source is null)
        {
            form.Fail(Source, "Choose Email, Form or Phone.");
        }
        form.Require(ServiceDate, d.ServiceDate, "Date of service affected");
        form.Require(ReceivedDate, d.ReceivedDate, "Received date");
        form.Require(ReceivedTime, d.ReceivedTime, "Received time");
        var received = IntakeForm.ReceivedAt(d);
        if (received is null && d.ReceivedDate is { } day && d.ReceivedTime is { } time)
        {
            form.Fail(ReceivedTime, MasterNoteForm.Skipped(day, time, IntakeForm.Zone(d)));
        }
        if (received > now.AddMinutes(5))
        {
            form.Fail(ReceivedTime, "The received time is in the future.");
        }
        if (received is { } r && d.ServiceDate > DateOnly.FromDateTime(r.DateTime))
        {
            form.Fail(ServiceDate, "The service affected cannot be after the day the ticket was received.");
        }
        return form.Errors;
    }

    public static IReadOnlyDictionary<string, string> Category(IntakeDraft d, FormReader form)
    {
        if (d.Category is null)
        {
            form.Fail(IntakeFields.Category, "Choose what this request is.");
        }
        if (d.Category == IntakeCategory.Survey && d.SurveyRating is null && form.Ok)
        {
            form.Fail(SurveyRating, "A survey ticket needs the client's rating.");
        }
        if (d.SurveyRating > TicketIntakeValidator.MaxSurveyRating)
        {
            form.Fail(SurveyRating, $"The rating must be between 1 and {TicketIntakeValidator.MaxSurveyRating}.");
        }
        return form.Errors;
    }

    public static IReadOnlyDictionary<string, string> Scope(IntakeDraft d, FormReader form)
    {
        form.Require(InScope, d.InScope, "Whether the complaint is in scope");
        return form.Errors;
    }

    public static IReadOnlyDictionary<string, string> OutOfScope(IntakeDraft d, FormReader form)
    {
        if (d.Under15 is null)
        {
            form.Fail(Under15, "Apply the Under-15-Minute Rule: courtesy or pricing decision.");
        }
        if (d.Under15 == Under15Rule.NeedsPricing && d.Pricing is null)
        {
            form.Fail(Pricing, "Record the client's choice: one-time charge or recurring add-on.");
        }
        return form.Errors;
    }

    /// <summary>The cleaner facts the rules cannot plan without (the rules check the rest).</summary>
    public static IReadOnlyDictionary<string, string> Cleaner(IntakeDraft d, FormReader form)
    {
        form.Require(CleanerStart, d.CleanerBuildingStart, "Cleaner's building start date");
        form.Require(ContractStart, d.ContractStart, "Contract start date");
        form.Require(InBco, d.CleanerInBco, "Already in BCO");
        form.Require(BillingPrice, d.BillingPrice, "Billing price");
        return form.Errors;
    }
}
