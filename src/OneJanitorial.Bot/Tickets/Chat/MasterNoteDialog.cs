using System.Text.Json.Nodes;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>Editing a stored ticket's master note, in the intake's three note cards. <see cref="Version"/> guards against saving over someone else's change.</summary>
public sealed record NoteEditState(long Ticket, TicketType Type, int Version, int Part, string TimeZone, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string>? Errors = null);

/// <summary>"Master note" on the ticket card: the SOP Step 4 note is updated as the ticket is worked.</summary>
public sealed class MasterNoteDialog(TicketService tickets, IEnumerable<OfferedAction> offered) : Dialog<NoteEditState>(TicketChatJsonContext.Default.NoteEditState)
{
    public const string DialogId = "ticket.note";

    public override string Id => DialogId;

    public override IReadOnlyCollection<Verb> Verbs => [TicketVerbs.SaveNote];

    public override string Title => "the master note edit";

    protected override async Task<DialogStep> BeginAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken)
    {
        var number = TicketNumbers.Parse(options?["ticket"]?.ToString()) ?? 0;
        if (await tickets.GetAsync(number, cancellationToken) is not { } ticket)
        {
            await context.Output.SendAsync(BotMessage.Plain($"I can't find ticket {number}."), cancellationToken);
            return Complete();
        }
        var zone = EditZone(ticket.TimeZone, context.Turn.UserTimeZone);
        var values = MasterNoteForm.ToValues(ticket.Note, zone);
        if (ticket.CleanerEmail is { } email)
        {
            values[IntakeFields.CleanerEmail] = email;
        }
        return Next(new NoteEditState(number, ticket.Type, ticket.Version, 1, zone.Id, values));
    }

    /// <summary>
    /// Follow-up times are read and shown in the building's zone stored on the ticket; imported tickets have none,
    /// so the user's zone (when the channel gives it) or UTC, named on the card.
    /// </summary>
    public static TimeZoneInfo EditZone(string? ticketZone, TimeZoneInfo? userZone) =>
        TimeZones.Find(ticketZone) ?? userZone ?? TimeZoneInfo.Utc;

    protected override async Task<DialogStep> ContinueAsync(DialogContext context, NoteEditState state, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(state.Values, StringComparer.Ordinal);
        foreach (var id in ViewTree.Fields(Render(state)).Select(f => f.Id))
        {
            values[id] = context.Text(id) ?? "";
        }
        var (clipped, tooLong) = FieldLimits.Clip(values);
        if (tooLong.Count > 0)
        {
            return Stay(state with { Values = clipped, Errors = tooLong });
        }
        var s = state with { Values = values, Errors = null };
        var form = new FormReader(values);
        var note = MasterNoteForm.Read(form, TimeZoneInfo.FindSystemTimeZoneById(state.TimeZone));
        var rules = MasterNoteRules.Validate(note, state.Type, MasterNotePhase.Create).Select(p => (MasterNoteForm.InputFor(p.Field), p.Message));
        if (form.Text(IntakeFields.CleanerEmail) is { } email && !CleanerEmails.IsValid(email))
        {
            form.Fail(IntakeFields.CleanerEmail, CleanerEmails.Problem(email));
        }
        var errors = IntakeErrors.Place(form.Errors.Select(e => (e.Key, e.Value)).Concat(rules), Render(s), toForm: false);
        if (errors.Count > 0)
        {
            return Stay(s with { Errors = errors });
        }
        return s.Part < MasterNoteCards.Parts ? Next(s with { Part = s.Part + 1 }) : await SaveAsync(context, s, note, cancellationToken);
    }

    protected override NoteEditState Back(NoteEditState current, NoteEditState previous) => previous with { Values = current.Values, Errors = null };

    protected override View Render(NoteEditState state) => Card(state);

    public static View Card(NoteEditState state)
    {
        var title = $"Ticket #{TicketCard.Id(state.Ticket)} · {MasterNoteCards.Title(state.Part)}";
        var last = state.Part == MasterNoteCards.Parts;
        var f = new CardFields(state.Values, state.Errors);
        return new View(title)
        {
            Blocks = [new Paragraph(title) { Style = TextStyle.Strong }, .. f.FormError(), .. CleanerEmail(state.Part, f), .. MasterNoteCards.Body(state.Part, f, TimeZoneInfo.FindSystemTimeZoneById(state.TimeZone))],
            Actions = [new VerbAction(last ? "Save note" : "Next", TicketVerbs.SaveNote) { Intent = Intent.Primary }, DialogActions.Back(), DialogActions.Cancel()],
        };
    }

    /// <summary>The recap goes to this address, so it is kept up to date with the note (imported tickets start without one).</summary>
    private static IEnumerable<Block> CleanerEmail(int part, CardFields f) =>
        part == 1 ? [f.Text(IntakeFields.CleanerEmail, "Cleaner's email (the recap goes here)", placeholder: "name@example.com")] : [];

    private async Task<DialogStep> SaveAsync(DialogContext context, NoteEditState state, MasterNote note, CancellationToken cancellationToken)
    {
        var current = await tickets.GetAsync(state.Ticket, cancellationToken);
        if (current is null || current.Version != state.Version)
        {
            return Stay(state with { Errors = new Dictionary<string, string> { [IntakeFields.FormError] = "The ticket changed since you opened the note; cancel and open it again." } });
        }
        var email = new FormReader(state.Values).Text(IntakeFields.CleanerEmail);
        var result = await tickets.UpdateNoteAsync(state.Ticket, note, email, TurnActor.Name(context.Turn), cancellationToken);
        if (!result.Succeeded)
        {
            return Stay(state with { Errors = new Dictionary<string, string> { [IntakeFields.FormError] = string.Join(" ", result.Problems) } });
        }
        var ticket = result.Ticket!;
        var card = TicketCard.Build(ticket, ClosureGate.Missing(ticket.Type, ticket.Note, ticket.Closure), offered);
        await context.Output.SendAsync(BotMessage.WithView(card, $"Master note of ticket {ticket.Number} saved."), cancellationToken);
        return Complete();
    }
}
