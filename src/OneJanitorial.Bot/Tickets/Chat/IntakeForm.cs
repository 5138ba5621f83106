using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>Turns the intake's entered values into the typed records the ticket rules take.</summary>
public static class IntakeForm
{
    /// <summary>The building's time zone (received time and follow-up call are read in it); UTC until one is chosen.</summary>
    public static TimeZoneInfo Zone(IReadOnlyDictionary<string, string> values) =>
        Conversation.TimeZones.Find(values.GetValueOrDefault(BuildingZone)) ?? TimeZoneInfo.Utc;

    public static IntakeCategory? Category(IReadOnlyDictionary<string, string> values) =>
        IntakeNames.TryParseCategory(values.GetValueOrDefault(IntakeFields.Category), out var c) ? c : null;

    /// <summary>The type of concern: the chosen one, or the CSR's words when "Other" was chosen.</summary>
    public static string? ConcernText(FormReader form) =>
        form.Text(Concern) == Other ? form.Text(ConcernOther) : form.Text(Concern);

    /// <summary>Step 1B asks about scope only where the SOP's scope check applies (not extra services or cancellations).</summary>
    public static bool AsksScope(IntakeCategory? category) => category is not (IntakeCategory.ExtraService or IntakeCategory.Cancelling);

    public static bool OutOfScope(IReadOnlyDictionary<string, string> values) =>
        AsksScope(Category(values)) && values.GetValueOrDefault(InScope) == "no";

    public static DateTimeOffset? ReceivedAt(FormReader form, TimeZoneInfo zone)
    {
        var date = form.Date(ReceivedDate, "Received date", required: true);
        var time = form.Time(ReceivedTime, "Received time", required: true);
        return date is { } d && time is { } t ? MasterNoteForm.At(d, t, zone) : null;
    }

    /// <summary>The intake, or null when an input cannot be read (the reader then names it).</summary>
    public static TicketIntake? ReadIntake(FormReader form, IReadOnlyDictionary<string, string> values)
    {
        var zone = Zone(values);
        var category = Category(values);
        var source = IntakeNames.TryParseSource(form.Text(Source), out var s) ? s : (TicketSource?)null;
        var receivedAt = ReceivedAt(form, zone);
        var cleanerStart = form.Date(CleanerStart, "Cleaner's building start date", required: true);
        var contractStart = form.Date(ContractStart, "Contract start date", required: true);
        var inBco = form.YesNo(InBco, "Already in BCO", required: true);
        var price = form.Money(BillingPrice, "Billing price", required: true);
        var prior = form.Int(PriorIssues, "Previous issues");
        var rating = form.Int(SurveyRating, "Survey rating", min: 1);
        var serviceDate = form.Date(ServiceDate, "Date of service affected");
        if (category is null || source is null || receivedAt is null || cleanerStart is null || contractStart is null || inBco is null || price is null || !form.Ok)
        {
            return null;
        }
        return new TicketIntake(
            form.Text(Client) ?? "", form.Text(Building) ?? "", form.Text(City) ?? "", form.Text(BuildingZone) ?? "",
            category.Value, ConcernText(form) ?? "", !OutOfScope(values), form.Text(Cleaner) ?? "",
            cleanerStart.Value, contractStart.Value, prior, inBco.Value, rating, price.Value, source.Value, receivedAt.Value)
        {
            DailyCleanedBuilding = form.Flag(DailyCleaned),
            WeekendOnlyCleaning = form.Flag(WeekendOnly),
            VeryUpsetClient = form.Flag(VeryUpset),
            CleanerEmail = form.Text(CleanerEmail),
            ServiceDate = serviceDate,
            AttachmentsReceived = form.Flag(Attachments),
        };
    }

    /// <summary>The CSR's overrides of the computed ticket; each needs the reason (checked by <see cref="PlanOverrides.Apply"/>).</summary>
    public static IReadOnlyList<PlanOverride> ReadOverrides(FormReader form, TicketPlan plan)
    {
        var reason = form.Text(OverrideReason) ?? "";
        var overrides = new List<PlanOverride>();
        void Add(OverrideField field, string? value, string computed)
        {
            if (value is not null && !string.Equals(value, computed, StringComparison.OrdinalIgnoreCase))
            {
                overrides.Add(new PlanOverride(field, value, reason));
            }
        }
        Add(OverrideField.TicketType, form.Text(OverrideType), plan.Type.ToString());
        Add(OverrideField.Priority, form.Text(OverridePriority), plan.Priority.ToString());
        Add(OverrideField.EstCloseDate, form.Text(OverrideEstClose), FormSpecs.IsoDate(plan.EstCloseDate)!);
        Add(OverrideField.Owner, form.Text(OverrideOwner), plan.Owner);
        return overrides;
    }

    /// <summary>What Step 1B's 3A path decided, written into the master note's solution (the SOP: "document client's choice").</summary>
    public static string? ScopeDecision(IReadOnlyDictionary<string, string> values)
    {
        if (!OutOfScope(values))
        {
            return null;
        }
        return values.GetValueOrDefault(Under15) == Courtesy
            ? "Not in scope (Bucket 3A): under 15 minutes, approved as a courtesy."
            : values.GetValueOrDefault(Pricing) switch
            {
                OneTimeCharge => "Not in scope (Bucket 3A): client chose a one-time extra charge.",
                RecurringAddOn => "Not in scope (Bucket 3A): client chose a recurring add-on (monthly price increase); update the scope/checklist.",
                _ => "Not in scope (Bucket 3A): client declined both pricing options.",
            };
    }
}
