using System.Globalization;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>The last intake step (check and create) and the confirmation with the ticket number.</summary>
public static class IntakeConfirmCards
{
    public static View Confirm(IntakeState state, TicketPlan plan, MasterNote note)
    {
        var d = state.Draft;
        var source = IntakeFields.Sources.FirstOrDefault(s => s.Value == d.Source).Option?.Value;
        return IntakeCards.Card(10, "Check and create", state,
        [
            new Paragraph(plan.Title) { Style = TextStyle.Strong },
            new Facts(
            [
                new("Building", $"{d.Building}, {d.City}"),
                new("Received", $"{FormSpecs.IsoDate(d.ReceivedDate)} {d.ReceivedTime?.ToString("HH:mm", CultureInfo.InvariantCulture)} ({d.TimeZone}) by {source}"),
                new("Service affected", FormSpecs.IsoDate(d.ServiceDate) ?? "not set"),
                new("Attachments", d.AttachmentsReceived ? "Received" : "None — ask the client for details (Template B)"),
                new("Priority", plan.Priority.ToString()),
                new("Dates", $"create {PlanCards.Iso(plan.CreateDate)}, close by {PlanCards.Iso(plan.EstCloseDate)}"),
                new("Owner", plan.Owner),
                new("Bucket", (note.IssueBucket ?? plan.Bucket)?.Code() ?? "not set"),
                new("Issue", note.Issue ?? "not set"),
                new("Cleaner email", d.CleanerEmail ?? "not set (the recap needs it)"),
                new("Next clean", FormSpecs.IsoDate(note.NextClean) ?? "not set (the recap needs it)"),
            ]),
        ],
        [new VerbAction("Create", TicketVerbs.IntakeCreate) { Intent = Intent.Primary }]);
    }

    /// <summary>A card of an intake that already created its ticket was pressed.</summary>
    public static View AlreadyCreated(Ticket ticket) => new($"Ticket {ticket.Number} was already created — open it?")
    {
        Blocks = [new Paragraph($"Ticket {ticket.Number.ToString(CultureInfo.InvariantCulture)} was already created — open it?")],
        Actions = [TicketCard.ShowButton(ticket.Number, $"Open ticket {ticket.Number.ToString(CultureInfo.InvariantCulture)}") with { Intent = Intent.Primary }],
    };

    public static View Created(Ticket ticket) => new($"Ticket {ticket.Number} created: {ticket.Title}")
    {
        Blocks =
        [
            new Paragraph($"Ticket #{ticket.Number.ToString(CultureInfo.InvariantCulture)} created") { Style = TextStyle.Heading, Tone = Tone.Good },
            new Paragraph(ticket.Title),
            new Facts(
            [
                new("Stage", ticket.Stage.Name()),
                new("Priority", ticket.Priority.ToString()),
                new("Close by", PlanCards.Iso(ticket.EstCloseDate)),
                new("Owner", ticket.Owner),
            ]),
            new Paragraph("Pin the master note to the top of the CRM ticket and tag Edgar, Peter, Taylor and the handler.") { Style = TextStyle.Caption },
        ],
        Actions = [TicketCard.ShowButton(ticket.Number, "Open ticket"), new VerbAction("My tickets", TicketVerbs.Mine)],
    };
}
