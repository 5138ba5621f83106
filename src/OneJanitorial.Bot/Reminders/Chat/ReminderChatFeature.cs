using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Reminders.Chat;

/// <summary>
/// The reminder card's buttons: Done (with the Yes/No question for <c>solved-first-attempt</c>) and Snooze, recorded
/// by <see cref="ReminderActions"/>; the pressed card is replaced by what happened, so it is not pressed twice by mistake.
/// Open ticket is the ticket chat's button, offered on the card.
/// </summary>
public sealed class ReminderChatFeature(ReminderActions actions, ReminderCards cards, ReminderSettings settings) : ChatFeature
{
    public override IReadOnlyCollection<Verb> Verbs => [ReminderVerbs.Done, ReminderVerbs.Snooze, ReminderVerbs.Answer];

    public override async Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (!Reminder.TryParseKey(turn.DataText(ReminderCards.ReminderKey), out var id))
        {
            await output.SendAsync(BotMessage.Plain("That reminder button does not say which reminder; nothing was recorded."), cancellationToken);
            return;
        }
        var actor = Actor(turn);
        var (ticket, kind, due) = id;
        ReminderActionResult result;
        if (turn.Is(ReminderVerbs.Snooze))
        {
            if (!SnoozeChoices.TryParse(turn.DataText(ReminderCards.SnoozeKey), out var choice))
            {
                await output.SendAsync(BotMessage.Plain("That snooze button does not say for how long; nothing was recorded."), cancellationToken);
                return;
            }
            result = await actions.SnoozeAsync(ticket, kind, due, choice, actor, cancellationToken);
        }
        else
        {
            var answer = turn.Is(ReminderVerbs.Answer) ? Answer(turn.DataText(ReminderCards.AnswerKey)) : null;
            result = await actions.DoneAsync(ticket, kind, due, answer, actor, cancellationToken);
        }
        await ReplyAsync(result, id, actor, output, cancellationToken);
    }

    private async Task ReplyAsync(
        ReminderActionResult result, (long Ticket, ReminderKind Kind, DateTimeOffset DueUtc) id, string actor, ITurnOutput output, CancellationToken cancellationToken)
    {
        var ticket = result.Ticket;
        switch (result.Outcome)
        {
            case ReminderActionOutcome.Recorded:
                await output.ReplaceCardAsync(cards.Acted(ticket!, id.Kind, Recorded(result, id.Kind, actor)), cancellationToken);
                break;
            case ReminderActionOutcome.NeedsAnswer:
                var zone = ReminderRules.ZoneOf(ticket!, settings);
                await output.ReplaceCardAsync(cards.Question(ticket!, Reminder.At(id.Ticket, id.Kind, id.DueUtc, zone, ReminderTarget.Owner)), cancellationToken);
                break;
            default:
                await output.SendAsync(BotMessage.Plain(NothingRecorded(result, id.Ticket)), cancellationToken);
                break;
        }
    }

    private static string Recorded(ReminderActionResult result, ReminderKind kind, string actor)
    {
        if (result.SnoozedTo is { } snoozed)
        {
            return $"💤 Snoozed by {actor} to {ReminderText.When(snoozed)}: it comes back then.";
        }
        return kind switch
        {
            ReminderKind.ClientResponse => $"✅ Done by {actor}: client response recorded now (the 90-minute KPI counts it).",
            ReminderKind.SolvedFirstAttempt => $"✅ Done by {actor}: solved on the first attempt — {(result.Ticket!.Note.SolvedOnFirstAttempt == true ? "Yes" : "No")}, saved in the master note.",
            _ => $"✅ Done by {actor}.",
        };
    }

    private static string NothingRecorded(ReminderActionResult result, long ticket) => result.Outcome switch
    {
        ReminderActionOutcome.AlreadyDone => "That reminder is already done; nothing was recorded twice.",
        ReminderActionOutcome.AlreadySnoozed => $"That reminder is already snoozed to {ReminderText.When(result.SnoozedTo!)}; nothing was recorded twice.",
        ReminderActionOutcome.TicketNotFound => $"I can't find ticket {ticket}.",
        _ => $"Ticket {ticket} kept changing while I recorded that; nothing was recorded. Press the button again.",
    };

    /// <summary>Who pressed, as ticket histories name people: the chat display name, else the user id (as the ticket chat records them).</summary>
    private static string Actor(IncomingTurn turn) => string.IsNullOrWhiteSpace(turn.User.Name) ? turn.User.Id : turn.User.Name.Trim();

    private static bool? Answer(string? value) => value switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };
}
