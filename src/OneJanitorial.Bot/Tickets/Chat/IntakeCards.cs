using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Dialogs;
using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>The Step 1 / 1B intake views: initial review, service issue or update, checklist verification, the 3A path, cleaner facts.</summary>
public static class IntakeCards
{
    private const int StepCount = 10;

    public static View Review(IntakeState state)
    {
        var f = Fields(state);
        return Card(1, "Step 1 — Initial review", state,
        [
            new Paragraph("Client and building from the ticket on the Main Ticket Board.") { Style = TextStyle.Muted },
            f.Text(Client, "Client (company) name", required: true),
            f.Text(Building, "Building name", required: true),
            f.Text(City, "City (company profile)", required: true),
            f.Choice(BuildingZone, "Building time zone", TimeZoneChoices(f.Value(BuildingZone)), required: true),
        ]);
    }

    public static View Concern(IntakeState state)
    {
        var f = Fields(state);
        return Card(2, "Step 1 — The concern", state,
        [
            f.Choice(IntakeFields.Concern, "Type of concern", [.. Concerns.Select(c => new Option(c, c))], required: true),
            f.Text(ConcernOther, "If Other: what is it?"),
            f.Date(ServiceDate, "Date of service affected", required: true),
            f.Toggle(Attachments, "Supporting attachments", "Attachments received (photos, emails)"),
            f.Choice(Source, "Source", Sources, required: true),
            f.Date(ReceivedDate, "Received on (building time)", required: true),
            f.Time(ReceivedTime, "Received at", required: true),
        ]);
    }

    public static View Category(IntakeState state)
    {
        var f = Fields(state);
        return Card(3, "Service issue or client update?", state,
        [
            new Paragraph("Service issue: something wrong with our service and the client had to reach out. Client update: news about their services (not a complaint).") { Style = TextStyle.Caption },
            f.Choice(IntakeFields.Category, "This request is a", Categories, required: true),
            f.Number(SurveyRating, "Survey rating (surveys only, 1–10)", min: 1),
            f.Toggle(VeryUpset, "Client mood", "The client is very upset"),
        ]);
    }

    public static View Scope(IntakeState state)
    {
        var f = Fields(state);
        return Card(4, "Step 1B — Verify against the checklist", state,
        [
            new Paragraph("Before calling the cleaner: pull the client's checklist / scope of work.") { Style = TextStyle.Strong },
            f.YesNo(InScope, "Is the complaint in scope?", required: true),
        ]);
    }

    public static View OutOfScope(IntakeState state)
    {
        var f = Fields(state);
        return Card(4, "Not in scope — Bucket 3A", state,
        [
            new Paragraph("Do NOT call the cleaner yet.") { Style = TextStyle.Heading, Tone = Tone.Attention },
            new Paragraph("Go back to the client: confirm the task is not on their checklist (Process 5A)."),
            f.Choice(Under15, "Under-15-Minute Rule", Under15Choices, required: true),
            f.Choice(Pricing, "Larger work: the client's choice", PricingChoices),
        ]);
    }

    public static View Cleaner(IntakeState state)
    {
        var f = Fields(state);
        return Card(5, "Cleaner facts (CRM)", state,
        [
            f.Text(IntakeFields.Cleaner, "Cleaner (Current Partner)", required: true),
            f.Text(CleanerEmail, "Cleaner's email (the recap goes here)", placeholder: "name@example.com"),
            f.Date(CleanerStart, "Cleaner started this building", required: true),
            f.Date(ContractStart, "Company contract start", required: true),
            f.YesNo(InBco, "Cleaner already in BCO?", required: true),
            f.Money(BillingPrice, "Billing price ($)", required: true),
            f.Number(PriorIssues, "Previous issues in 3 months (only if the bot has no history)", min: 0),
            f.Toggle(DailyCleaned, "Schedule", "Cleaned daily"),
            f.Toggle(WeekendOnly, "Weekends", "Weekend-only cleaning"),
        ]);
    }

    public static CardFields Fields(IntakeState state) => new(state.Values, state.Errors);

    /// <summary>A step: heading with progress, the form-level error, the inputs, then Next / Back / Cancel.</summary>
    public static View Card(int number, string title, IntakeState state, IEnumerable<Block> body, IReadOnlyList<ViewAction>? actions = null) => new($"New ticket: {title}")
    {
        Blocks =
        [
            new Paragraph($"New ticket · {number}/{StepCount}") { Style = TextStyle.Caption },
            new Paragraph(title) { Style = TextStyle.Heading },
            .. Fields(state).FormError(),
            .. body,
        ],
        Actions = [.. actions ?? [Next("Next")], DialogActions.Back(), DialogActions.Cancel()],
    };

    public static VerbAction Next(string title) => new(title, TicketVerbs.IntakeNext) { Intent = Intent.Primary };
}
