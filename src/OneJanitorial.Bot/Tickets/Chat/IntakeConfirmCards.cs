using System.Globalization;
using OneJanitorial.Bot.Cards;
using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>The last intake card (check and create) and the confirmation with the ticket number.</summary>
public static class IntakeConfirmCards
{
    public static AdaptiveCard Confirm(IntakeState state, TicketPlan plan, MasterNote note)
    {
        var v = state.Values;
        var attachments = v.GetValueOrDefault(Attachments) == "true";
        return IntakeCards.Card(10, "Check and create", state,
        [
            new TextBlock(CardText.Escape(plan.Title)) { Weight = "Bolder" },
            new FactSet(
            [
                new("Building", CardText.Escape($"{v.GetValueOrDefault(Building)}, {v.GetValueOrDefault(City)}")),
                new("Received", $"{v.GetValueOrDefault(ReceivedDate)} {v.GetValueOrDefault(ReceivedTime)} ({v.GetValueOrDefault(BuildingZone)}) by {v.GetValueOrDefault(Source)}"),
                new("Service affected", v.GetValueOrDefault(ServiceDate) ?? "not set"),
                new("Attachments", attachments ? "Received" : "None — ask the client for details (Template B)"),
                new("Priority", plan.Priority.ToString()),
                new("Dates", $"create {PlanCards.Iso(plan.CreateDate)}, close by {PlanCards.Iso(plan.EstCloseDate)}"),
                new("Owner", CardText.Escape(plan.Owner)),
                new("Bucket", (note.IssueBucket ?? plan.Bucket)?.Code() ?? "not set"),
                new("Issue", CardText.Escape(note.Issue ?? "not set")),
                new("Cleaner email", CardText.Escape(state.Value(CleanerEmail) ?? "not set (the recap needs it)")),
                new("Next clean", MasterNoteForm.IsoDate(note.NextClean) ?? "not set (the recap needs it)"),
            ]),
        ],
        [new SubmitAction("Create", CardData.For(IntakeCards.CreateVerb))]);
    }

    public static AdaptiveCard Created(Ticket ticket) => new()
    {
        FallbackText = $"Ticket {ticket.Number} created: {ticket.Title}",
        Body =
        [
            new TextBlock($"Ticket #{ticket.Number.ToString(CultureInfo.InvariantCulture)} created") { Weight = "Bolder", Size = "Medium", Color = "Good" },
            new TextBlock(CardText.Escape(ticket.Title)) { Wrap = true },
            new FactSet(
            [
                new("Stage", ticket.Stage.Name()),
                new("Priority", ticket.Priority.ToString()),
                new("Close by", PlanCards.Iso(ticket.EstCloseDate)),
                new("Owner", CardText.Escape(ticket.Owner)),
            ]),
            new TextBlock("Pin the master note to the top of the CRM ticket and tag Edgar, Peter, Taylor and the handler.") { Size = "Small", IsSubtle = true },
        ],
        Actions = [TicketCard.ShowButton(ticket.Number, "Open ticket"), new SubmitAction("My tickets", CardData.For(TicketCard.MineVerb))],
    };
}
