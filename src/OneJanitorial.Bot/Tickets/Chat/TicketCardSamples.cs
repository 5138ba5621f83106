using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;
using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>Every ticket chat view filled with sample data, for <c>cards export</c> and the card contract test.</summary>
public static class TicketCardSamples
{
    public static IReadOnlyList<ViewSample> All() =>
    [
        new("intake.review", () => IntakeCards.Review(At(IntakeStep.Review) with { Errors = Error(Client, "Client name is required.") })),
        new("intake.concern", () => IntakeCards.Concern(At(IntakeStep.Concern))),
        new("intake.category", () => IntakeCards.Category(At(IntakeStep.Category))),
        new("intake.scope", () => IntakeCards.Scope(At(IntakeStep.Scope))),
        new("intake.out-of-scope", () => IntakeCards.OutOfScope(At(IntakeStep.OutOfScope) with { Errors = Error(Pricing, "Record the client's choice.") })),
        new("intake.cleaner", () => IntakeCards.Cleaner(At(IntakeStep.Cleaner))),
        new("intake.plan", () => PlanCards.Plan(At(IntakeStep.Plan), Plan())),
        new("intake.override", () => PlanCards.Override(At(IntakeStep.Override), Plan())),
        new("intake.note-issue", () => IntakeDialog.NoteCard(At(IntakeStep.NoteIssue), 1)),
        new("intake.note-call", () => IntakeDialog.NoteCard(At(IntakeStep.NoteCall), 2)),
        new("intake.note-follow-up", () => IntakeDialog.NoteCard(At(IntakeStep.NoteFollowUp), 3)),
        new("intake.confirm", () => IntakeConfirmCards.Confirm(At(IntakeStep.Confirm), Plan(), Note())),
        new("intake.created", () => IntakeConfirmCards.Created(Ticket())),
        new("ticket.mine", () => MyTicketsCard.Build("Casey", [Ticket(), Ticket() with { Number = 43, Priority = TicketPriority.Urgent }])),
        new("ticket.closure", () => ClosureCards.Checklist(Ticket(), ClosureForm.ToValues(Ticket()), Error("notEligibleReason", "Not Eligible needs a reason."))),
        new("ticket.closure-refused", () => ClosureCards.Refusal(Ticket(), ClosureGate.Missing(Ticket().Type, Ticket().Note, Ticket().Closure))),
        new("ticket.note-edit", () => MasterNoteDialog.Card(new NoteEditState(42, TicketType.R1, 3, 1, "America/Toronto", NoteEditValues()))),
        new("ticket.new", NewTicketCard.Build),
        new("intake.quick-1", () => QuickIntakeCards.Render(At(IntakeStep.Review))),
        new("intake.quick-2", () => QuickIntakeCards.Render(At(IntakeStep.Concern))),
        new("intake.quick-3", () => QuickIntakeCards.Render(At(IntakeStep.Cleaner))),
    ];

    /// <summary>The ticket card, with the buttons other features offer on it.</summary>
    public static ViewSample Card(IEnumerable<OfferedAction> offered) =>
        new("ticket.card", () => TicketCard.Build(Ticket(), ClosureGate.Missing(Ticket().Type, Ticket().Note, Ticket().Closure), offered));

    /// <summary>The ticket card of a ticket the quick intake made: what is left for the desk is listed.</summary>
    public static ViewSample QuickCard(IEnumerable<OfferedAction> offered) => new("ticket.card-quick", () =>
    {
        var ticket = Ticket() with
        {
            IntakeKey = QuickIntakeDialog.KeyPrefix + "sample:3", CleanerEmail = null, ServiceDate = null, AttachmentsReceived = null,
            Note = QuickIntakeDialog.Note(IntakeState.FromTexts(IntakeStep.Cleaner, SampleValues).Draft with { Note = new MasterNote { Issue = "Lobby glass smudged, trash not emptied" } }, Plan()),
        };
        return TicketCard.Build(ticket, ClosureGate.Missing(ticket.Type, ticket.Note, ticket.Closure), offered);
    });

    /// <summary>The master note part of <see cref="SampleValues"/>, entered through the note's own form (follow-up call in UTC).</summary>
    private static readonly MasterNote SampleNote = new()
    {
        ChecklistVerified = true, Issue = "- Trash not emptied in kitchen", ChecklistItems = "Empty all trash bins\nMop kitchen floor",
        NextClean = new DateOnly(2026, 11, 25), CleanerDistanceMinutes = 50, FollowUpCallAt = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero),
    };

    public static IReadOnlyDictionary<string, string> SampleValues { get; } = new Dictionary<string, string>(MasterNoteForm.ToValues(SampleNote, TimeZoneInfo.Utc))
    {
        [Client] = "Walmart", [Building] = "Walmart Store 12", [City] = "Toronto", [BuildingZone] = "America/Toronto",
        [Concern] = "Cleaning Issue", [ServiceDate] = "2026-11-20", [Attachments] = "true", [Source] = "email",
        [ReceivedDate] = "2026-11-23", [ReceivedTime] = "10:00", [IntakeFields.Category] = "service-issue", [InScope] = "yes",
        [Cleaner] = "Jane Doe", [CleanerEmail] = "jane@cleaning.example", [CleanerStart] = "2026-01-05", [ContractStart] = "2025-06-01", [InBco] = "no", [BillingPrice] = "100",
    };

    private static Dictionary<string, string> NoteEditValues()
    {
        var values = MasterNoteForm.ToValues(Note(), TimeZoneInfo.Utc);
        values[CleanerEmail] = "jane@cleaning.example";
        return values;
    }

    private static IntakeState At(IntakeStep step) => IntakeState.FromTexts(step, SampleValues) with { Plan = Plan() };

    private static IReadOnlyDictionary<string, string> Error(string id, string message) => new Dictionary<string, string> { [id] = message };

    private static TicketIntake Intake() => IntakeForm.ToIntake(IntakeState.FromTexts(IntakeStep.Cleaner, SampleValues).Draft)!;

    private static TicketPlan Plan() => TicketRules.Plan(Intake(), 1,
        new TicketRuleSettings(new HashSet<DateOnly>(), new Dictionary<string, string> { ["Toronto"] = "Taylor" }, "Main Ticket Board", 5, 1));

    private static MasterNote Note() => MasterNoteForm.Read(new FormReader(SampleValues), TimeZoneInfo.Utc);

    private static Ticket Ticket()
    {
        var plan = Plan();
        var intake = Intake();
        return new Ticket
        {
            Number = 42, Type = plan.Type, Title = plan.Title, Client = intake.Client, Building = intake.Building, City = intake.City,
            Concern = intake.Concern, Cleaner = intake.Cleaner, BillingPrice = intake.BillingPrice, Priority = plan.Priority,
            Stage = TicketStage.OpenTicket, CreateDate = plan.CreateDate, EstCloseDate = plan.EstCloseDate, StrikeNumber = plan.StrikeNumber,
            Owner = plan.Owner, Csr = "Casey", Source = plan.Source, Note = Note(), Version = 3,
            TimeZone = intake.TimeZone, CleanerEmail = intake.CleanerEmail, ServiceDate = intake.ServiceDate, AttachmentsReceived = intake.AttachmentsReceived,
        };
    }
}
